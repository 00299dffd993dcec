package dev.digestbot.cli;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.DiscordConfig;
import dev.digestbot.config.DiscordTarget;
import dev.digestbot.config.EmailTarget;
import dev.digestbot.config.FileTarget;
import dev.digestbot.config.IngestConfig;
import dev.digestbot.deliver.Backoff;
import dev.digestbot.deliver.OutboxWorker;
import dev.digestbot.deliver.PublishResult;
import dev.digestbot.deliver.Publisher;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.discord.DiscordSender;
import dev.digestbot.deliver.discord.EditionMessages;
import dev.digestbot.deliver.email.SmtpConnections;
import dev.digestbot.deliver.file.FileSender;
import dev.digestbot.discord.DiscordConnection;
import dev.digestbot.discord.DiscordConnectionException;
import dev.digestbot.discord.DiscordEndpoints;
import dev.digestbot.edition.EditionComposer;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.ingest.IngestSettings;
import dev.digestbot.ingest.Ingester;
import dev.digestbot.ingest.SummarizingDigester;
import dev.digestbot.schedule.Misfire;
import dev.digestbot.schedule.ScheduledDestination;
import dev.digestbot.schedule.Scheduling;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import dev.digestbot.web.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's parts, built from one configuration and wired by constructor. Commands open it,
 * use the parts they need and close it; only {@code run} starts the ingester and the scheduler.
 * Discord destinations get their senders once {@link #connectDiscord} has connected the client;
 * until then only file destinations can be sent.
 */
final class App implements AutoCloseable {
    /** How late a firing may be before it counts as missed and its misfire policy applies. */
    private static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final DigestbotConfig config;
    private final Clock clock;
    private final Database database;
    private final ArticleRepository articles;
    private final EditionRepository editions;
    private final DeliveryRepository deliveries;
    private final EditionRenderer renderer;
    private final Map<String, EditionPolicy> policies = new LinkedHashMap<>();
    // Replaced once when Discord connects, while slash commands may already read them from JDA's
    // threads: worker and publisher first, senders last, so a destination that can be sent
    // always has a publisher that sends it.
    private volatile OutboxWorker worker;
    private volatile Publisher publisher;
    private volatile Map<String, Sender> senders;
    private DiscordConnection discord;
    private final List<AutoCloseable> discordListeners = new ArrayList<>();
    private final SubscriberRepository subscribers;
    private final SubscriberAudience audience;
    private final Optional<SmtpConnections> smtp;
    private final Optional<NewsletterSignup> signup;

    private App(DigestbotConfig config, Clock clock, Database database) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.subscribers = new SubscriberRepository(database, clock);
        this.audience = new SubscriberAudience(
                subscribers, config.web().baseUrl(), config.smtp().bounceLimit(), clock);
        this.articles = new ArticleRepository(database, clock);
        this.editions = new EditionRepository(database, clock);
        this.deliveries = config.database().embedded()
                ? DeliveryRepository.journaled(database, clock, config.dataDir().resolve("journal"))
                : new DeliveryRepository(database, clock);
        this.renderer = new EditionRenderer(
                config.templatesDir(),
                destination -> Optional.ofNullable(config.destinations().get(destination))
                        .map(DestinationConfig::timezone)
                        .orElse(ZoneId.systemDefault()));
        config.destinations().values().forEach(d -> policies.put(d.name(), policy(d)));
        this.smtp = EmailSenders.connections(config.smtp(), clock);
        Map<String, Sender> senders = fileSenders(config);
        EmailSenders email = new EmailSenders(config, renderer, audience, clock);
        senders.putAll(email.senders(smtp));
        this.signup = email.confirmationMailer(smtp)
                .map(mailer -> new NewsletterSignup(
                        subscribers, mailer, config.web().baseUrl(), SubscriberAudience.offered(config)));
        wire(senders);
    }

    /** Builds the outbox worker and the publisher over {@code senders}, then makes them current. */
    private void wire(Map<String, Sender> senders) {
        var delivery = config.delivery();
        this.worker = new OutboxWorker(
                deliveries,
                editions,
                renderer,
                senders,
                // jitter: recipients that failed together do not all come back at the same moment
                Backoff.exponential(delivery.backoff(), delivery.maxBackoff(), delivery.maxAttempts())
                        .withJitter(0.2, System.nanoTime()),
                clock);
        this.publisher = new Publisher(new EditionComposer(editions, clock), editions, renderer, worker);
        this.senders = Map.copyOf(senders);
    }

    /** Opens the database (migrating it) and builds the parts; a broken template fails here. */
    static App open(DigestbotConfig config, Clock clock) {
        var db = config.database();
        Database database = Database.open(db.url(), db.user(), db.password().reveal());
        try {
            return new App(config, clock, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    DigestbotConfig config() {
        return config;
    }

    ArticleRepository articles() {
        return articles;
    }

    EditionRepository editions() {
        return editions;
    }

    DeliveryRepository deliveries() {
        return deliveries;
    }

    SubscriberRepository subscribers() {
        return subscribers;
    }

    /** Double opt-in with its confirmation mail; empty when no email destination is configured. */
    Optional<NewsletterSignup> signup() {
        return signup;
    }

    OutboxWorker worker() {
        return worker;
    }

    Publisher publisher() {
        return publisher;
    }

    /**
     * Connects to Discord with the configured token and endpoints, and gives every discord
     * destination its sender. Call it before the scheduler starts; {@link #close()} disconnects.
     *
     * @param listeners event listeners (slash commands) registered before login; those that are
     *     {@link AutoCloseable} are closed first on {@link #close()}, while Discord is still connected
     * @throws DiscordConnectionException when the token is rejected or the gateway is not ready in time
     */
    void connectDiscord(List<? extends EventListener> listeners) {
        DiscordConfig settings = config.discord();
        if (!settings.enabled()) {
            throw new IllegalStateException("Discord is off (DISCORD_TOKEN is not set)");
        }
        discord = new DiscordConnection(
                settings.token().reveal(),
                new DiscordEndpoints(settings.restUrl(), settings.gatewayUrl()),
                settings.readyTimeout(),
                listeners);
        listeners.stream()
                .filter(AutoCloseable.class::isInstance)
                .map(AutoCloseable.class::cast)
                .forEach(discordListeners::add);
        JDA jda = discord.connect();
        Map<String, Sender> all = new LinkedHashMap<>(senders);
        for (DestinationConfig d : config.destinations().values()) {
            if (d.target() instanceof DiscordTarget target) {
                EditionMessages layout = new EditionMessages(d.timezone(), target.header());
                all.put(d.name(), new DiscordSender(jda, layout, settings.adminChannel()));
            }
        }
        wire(all);
    }

    /** Whether editions of {@code destination} can go out now: it has a sender. */
    boolean canSend(String destination) {
        return senders.containsKey(destination);
    }

    /**
     * Publishes the next edition of {@code destination} to its recipients (a discord destination's
     * channels, a file destination's folder) and sends what is due for it: what the schedule, {@code
     * send --now} and {@code /digest now} do.
     */
    PublishResult publish(String destination) {
        EditionPolicy policy = Destinations.policy(this, destination);
        if (!canSend(destination)) {
            throw new UsageException(destination + " is a discord destination and Discord is off (set DISCORD_TOKEN)");
        }
        return publisher.publish(policy, recipients(destination));
    }

    /**
     * Who the configured {@code destination} sends to now: a discord destination's channels, an
     * email destination's subscribers, or {@link Publisher#SINGLE_TARGET}.
     */
    List<String> recipients(String destination) {
        DestinationConfig d = config.destinations().get(destination);
        if (d.target() instanceof DiscordTarget discord) {
            return discord.channels();
        }
        return d.target() instanceof EmailTarget email ? audience.recipients(email) : Publisher.SINGLE_TARGET;
    }

    /** Whether the database answers within two seconds: what {@code GET /health} reports. */
    boolean databaseAnswers() {
        return database.inTransaction(connection -> connection.isValid(2));
    }

    /**
     * What the web server's subscribe, confirm and unsubscribe pages act on; empty when no email
     * destination is configured, and the web server then serves {@code /health} only.
     */
    Optional<Subscriptions> subscriptions() {
        return signup.map(Subscriptions.class::cast);
    }

    /** The edition policy of each configured destination, by name, in the config file's order. */
    Map<String, EditionPolicy> policies() {
        return Collections.unmodifiableMap(policies);
    }

    /** The ingester of the configured inbox; not started. */
    Ingester ingester(Summarizer summarizer) {
        var summary = config.summary();
        SummarizingDigester digester = new SummarizingDigester(
                new ArticleReader(),
                summarizer,
                new SummaryOptions(summary.sentences(), summary.quotes(), summary.figures()));
        return new Ingester(
                config.content().inbox(),
                config.content().failed(),
                digester,
                articles,
                clock,
                ingestSettings(config.ingest()));
    }

    /** The scheduler of the destinations that can be sent; not started. */
    Scheduling scheduling() {
        List<ScheduledDestination> schedules = config.destinations().values().stream()
                .filter(d -> canSend(d.name()))
                .map(d -> new ScheduledDestination(d.name(), d.cron(), d.timezone(), misfire(d)))
                .toList();
        return new Scheduling(
                database.dataSource(),
                schedules,
                config.delivery().poll(),
                MISFIRE_THRESHOLD,
                this::publish,
                () -> worker.sendDue());
    }

    /**
     * Lets Discord's listeners finish what they were answering (and turn away late requests) while
     * the client can still send their answers, then disconnects from Discord, then closes the
     * database they read.
     */
    @Override
    public void close() {
        for (AutoCloseable listener : discordListeners) {
            try {
                listener.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", listener.getClass().getSimpleName(), e.toString());
            }
        }
        if (discord != null) {
            discord.close();
        }
        smtp.ifPresent(SmtpConnections::close);
        try {
            deliveries.close();
        } finally {
            database.close();
        }
    }

    /** The ingester's settings from the {@code ingest} section. */
    static IngestSettings ingestSettings(IngestConfig ingest) {
        return new IngestSettings(ingest.rescan(), ingest.stable());
    }

    private static EditionPolicy policy(DestinationConfig d) {
        return new EditionPolicy(d.name(), d.folders(), d.tags(), d.maxItems());
    }

    private static Misfire misfire(DestinationConfig d) {
        return switch (d.misfire()) {
            case FIRE_ONCE -> Misfire.FIRE_ONCE;
            case SKIP -> Misfire.SKIP;
        };
    }

    private static Map<String, Sender> fileSenders(DigestbotConfig config) {
        Map<String, Sender> senders = new LinkedHashMap<>();
        for (DestinationConfig d : config.destinations().values()) {
            if (d.target() instanceof FileTarget file) {
                senders.put(d.name(), new FileSender(file.dir(), d.timezone()));
            }
        }
        return senders;
    }
}
