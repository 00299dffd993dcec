package dev.digestbot.cli;

import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.DiscordTarget;
import dev.digestbot.config.WebConfig;
import dev.digestbot.discord.CommandRegistry;
import dev.digestbot.discord.EmailSignup;
import dev.digestbot.ingest.Ingester;
import dev.digestbot.schedule.Scheduling;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.web.RateLimit;
import dev.digestbot.web.WebServer;
import dev.digestbot.web.WebSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code digestbot run}: the service. Watches the inbox, stores digests, and publishes editions on
 * each destination's schedule until stopped; on SIGTERM or Ctrl-C it lets the delivery in flight
 * finish, stops the scheduler cleanly and closes the database.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Runs the bot: watches the inbox, digests new articles, publishes editions on schedule.")
final class RunCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    private ConfigOption configOption;

    private final Supplier<Summarizer> summarizer;
    private final Map<String, String> env;
    private final Clock clock;

    RunCommand(Supplier<Summarizer> summarizer, Map<String, String> env, Clock clock) {
        this.summarizer = summarizer;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run() {
        DigestbotConfig config = configOption.load(env);
        try (RunLock lock = RunLock.acquire(config.dataDir())) {
            serve(config);
        }
    }

    private void serve(DigestbotConfig config) {
        // the language models load while the database opens: each takes a good part of start-up
        CompletableFuture<Summarizer> models = CompletableFuture.supplyAsync(summarizer);
        App app = App.open(config, clock);
        Ingester ingester;
        Scheduling scheduling;
        try {
            startDiscord(app);
            ingester = app.ingester(models.join());
            scheduling = app.scheduling();
            ingester.start();
            scheduling.start();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        Optional<WebServer> web;
        try {
            web = startWeb(app, clock);
        } catch (RuntimeException e) {
            stop(app, ingester, scheduling);
            throw e;
        }
        // installed once everything runs, so a stop never races a start
        OrderlyStop stopping = new OrderlyStop(() -> {
                    web.ifPresent(WebServer::close);
                    stop(app, ingester, scheduling);
                })
                .install();
        LOG.info(
                "Ready in {} ms: watching {}, {} destination(s) {}",
                ManagementFactory.getRuntimeMXBean().getUptime(),
                config.content().inbox(),
                config.destinations().size(),
                config.destinations().keySet());
        scheduling.nextFirings().forEach((name, next) -> LOG.info("Next edition of {} at {}", name, next));
        stopping.await();
    }

    /**
     * Connects to Discord when a token is set, so that discord destinations are scheduled; says
     * once that Discord is off otherwise, and which destinations wait for it.
     */
    private static void startDiscord(App app) {
        if (app.config().discord().enabled()) {
            BotControls controls = new BotControls(app);
            app.connectDiscord(List.of(new CommandRegistry(
                    app.articles(),
                    replyZone(app),
                    controls,
                    controls,
                    app.signup().map(EmailSignup.class::cast))));
            return;
        }
        LOG.info("Discord is off (DISCORD_TOKEN is not set)");
        List<String> waiting = app.policies().keySet().stream()
                .filter(name -> !app.canSend(name))
                .toList();
        if (!waiting.isEmpty()) {
            LOG.warn("Discord destination(s) {} are not scheduled until DISCORD_TOKEN is set", waiting);
        }
    }

    /**
     * Starts the web server unless {@code web.enabled} is false; with no subscriptions wired it
     * serves {@code /health} only, and says so.
     */
    private static Optional<WebServer> startWeb(App app, Clock clock) {
        WebConfig web = app.config().web();
        if (!web.enabled()) {
            LOG.info("Web server is off (web.enabled is false)");
            return Optional.empty();
        }
        var subscriptions = app.subscriptions();
        if (subscriptions.isEmpty()) {
            LOG.info("Web server serves /health only: no email destination is configured");
        }
        WebServer server = new WebServer(
                new WebSettings(
                        web.host(), web.port(), app.config().templatesDir(), RateLimit.DEFAULT, web.behindProxy()),
                subscriptions,
                app::databaseAnswers,
                clock);
        server.start();
        return Optional.of(server);
    }

    /**
     * The zone slash command replies give dates in: that of the first discord destination, as the
     * community reading them is most likely there.
     */
    private static ZoneId replyZone(App app) {
        return app.config().destinations().values().stream()
                .filter(d -> d.target() instanceof DiscordTarget)
                .map(DestinationConfig::timezone)
                .findFirst()
                .orElse(ZoneId.systemDefault());
    }

    /**
     * Stops in the order that loses nothing: no new work, then the work in flight, then Discord
     * and the pool. The web server, when there is one, is closed before this, so no page reads
     * a closing store.
     */
    private static void stop(App app, Ingester ingester, Scheduling scheduling) {
        LOG.info("Stopping: finishing the work in flight");
        app.worker().stop();
        scheduling.close();
        ingester.close();
        app.close();
        LOG.info("Stopped");
    }
}
