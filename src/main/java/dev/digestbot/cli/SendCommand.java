package dev.digestbot.cli;

import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.deliver.OutboxResult;
import dev.digestbot.deliver.PublishResult;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.store.Requeued;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot send --now [DESTINATION]}: composes the pending edition and sends it at once,
 * outside the schedule; {@code --retry-failed} queues deliveries that failed for good again, to
 * the channels configured now (an edition that failed for a channel since removed from the config
 * goes to the ones that replaced it). Safe beside a running bot: the outbox sends each edition once.
 */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        description = "Composes and sends the next edition of one destination, or of all, now.")
final class SendCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOption configOption;

    @ArgGroup(multiplicity = "1")
    private Mode mode;

    /** What to send: exactly one of the two. */
    static final class Mode {
        @Option(names = "--now", description = "Compose the next edition and send it now rather than on the schedule.")
        boolean now;

        @Option(
                names = "--retry-failed",
                description = "Queue the deliveries that failed for good again, and send them now.")
        boolean retryFailed;
    }

    @Parameters(
            paramLabel = "DESTINATION",
            arity = "0..1",
            description = "A destination named in the config file (default: every destination).")
    private String destination;

    private final Map<String, String> env;
    private final Clock clock;

    SendCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run() {
        DigestbotConfig config = configOption.load(env);
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(config, clock)) {
            List<EditionPolicy> policies = destination == null
                    ? List.copyOf(app.policies().values())
                    : List.of(Destinations.policy(app, destination));
            if (policies.isEmpty()) {
                throw new UsageException("no destinations are configured in " + configOption.path());
            }
            connectDiscordIfNeeded(app, policies);
            boolean failed = false;
            for (EditionPolicy policy : policies) {
                OutboxResult sent = mode.retryFailed ? retry(app, policy, out) : publish(app, policy, out);
                failed |= sent.failed() > 0 || sent.retrying() > 0;
            }
            out.flush();
            if (failed) {
                throw new IllegalStateException("some deliveries did not go out; see 'digestbot status'");
            }
        }
    }

    /** Discord destinations need the client: connected when a token is set, a usage error otherwise. */
    private static void connectDiscordIfNeeded(App app, List<EditionPolicy> policies) {
        List<String> discord = policies.stream()
                .map(EditionPolicy::destination)
                .filter(name -> !app.canSend(name))
                .toList();
        if (discord.isEmpty()) {
            return;
        }
        if (!app.config().discord().enabled()) {
            throw new UsageException(String.join(", ", discord)
                    + ": a discord destination needs the bot token; set DISCORD_TOKEN (or discord.token-file)");
        }
        app.connectDiscord(List.of());
    }

    private static OutboxResult publish(App app, EditionPolicy policy, PrintWriter out) {
        PublishResult result = app.publish(policy.destination());
        out.println(describe(policy.destination(), result));
        return result.deliveries();
    }

    private static OutboxResult retry(App app, EditionPolicy policy, PrintWriter out) {
        String name = policy.destination();
        Requeued requeued = app.deliveries().requeueFailed(name, app.recipients(name));
        OutboxResult sent = app.worker().sendDue(name);
        out.println(name + ": " + requeued.requeued() + " failed deliveries queued again" + newDeliveries(requeued)
                + " (" + describe(sent) + ")");
        if (!requeued.staleRecipients().isEmpty()) {
            out.println(name + ": " + noLongerConfigured(requeued.staleRecipients()));
        }
        return sent;
    }

    /** The deliveries queued for configured channels in place of ones that went to stale channels. */
    private static String newDeliveries(Requeued requeued) {
        int created = requeued.created();
        if (created == 0) {
            return "";
        }
        List<Integer> editions = requeued.editionNumbers();
        return "; " + created + (created == 1 ? " new delivery" : " new deliveries") + " of edition"
                + (editions.size() == 1 ? " " : "s ")
                + editions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " to the configured channels";
    }

    private static String noLongerConfigured(List<String> stale) {
        boolean one = stale.size() == 1;
        return (one ? "channel " : "channels ") + String.join(", ", stale) + (one ? " is" : " are")
                + " no longer configured; " + (one ? "its" : "their") + " failed deliveries stay failed";
    }

    private static String describe(OutboxResult sent) {
        return sent.sent() + " sent, " + sent.retrying() + " to retry, " + sent.failed() + " failed";
    }

    private static String describe(String destination, PublishResult result) {
        String deliveries = describe(result.deliveries());
        if (result.edition().isEmpty()) {
            return destination + ": nothing new (" + deliveries + ")";
        }
        Edition e = result.edition().get();
        return destination + ": edition " + e.number() + " with " + e.items().size() + " article(s)"
                + (e.folded().isEmpty() ? "" : " and " + e.folded().size() + " more") + " (" + deliveries + ")";
    }
}
