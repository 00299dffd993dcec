package dev.digestbot.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the checked settings tree into the configuration records, with defaults for what is unset. */
final class SettingsReader {
    private final FieldReader fields;
    private final Map<String, String> env;
    private final Clock clock;

    SettingsReader(FieldReader fields, Map<String, String> env, Clock clock) {
        this.fields = fields;
        this.env = env;
        this.clock = clock;
    }

    DigestbotConfig read() {
        Path dataDir = folder("data.dir", DigestbotConfig.DEFAULT_DATA_DIR);
        SmtpConfig smtp = smtp();
        Map<String, DestinationConfig> destinations = new DestinationsReader(fields, dataDir, clock).read();
        if (smtp.enabled()) {
            checkSendersCanBeDelivered(destinations);
        }
        return new DigestbotConfig(
                summary(),
                content(),
                dataDir,
                templates(),
                database(dataDir),
                ingest(),
                delivery(),
                discord(),
                smtp,
                new WebReader(fields).read(),
                destinations);
    }

    /**
     * The shipped newsletter sends from {@code localhost}, which is fine for {@code .eml} files;
     * through a real server, mail from a domain that is not the operator's would be refused or
     * filed as spam.
     */
    private void checkSendersCanBeDelivered(Map<String, DestinationConfig> destinations) {
        for (DestinationConfig d : destinations.values()) {
            if (d.target() instanceof EmailTarget email
                    && d.name().indexOf('.') < 0
                    && !email.from().isEmpty()
                    && MailAddresses.domain(email.from()).equalsIgnoreCase("localhost")) {
                fields.problem(
                        ConfigKeys.DESTINATIONS + "." + d.name() + ".from",
                        "'" + email.from() + "' cannot be delivered through smtp.host; set an address of your"
                                + " own domain");
            }
        }
    }

    private SummaryConfig summary() {
        SummaryConfig defaults = SummaryConfig.DEFAULTS;
        return new SummaryConfig(
                fields.count("summary.sentences", defaults.sentences(), 1, 20),
                fields.count("summary.quotes", defaults.quotes(), 0, 50),
                fields.count("summary.figures", defaults.figures(), 0, 50));
    }

    private ContentConfig content() {
        Path inbox = folder("content.inbox", ContentConfig.DEFAULTS.inbox());
        Path failed = folder("content.failed", ContentConfig.DEFAULTS.failed());
        if (absolute(failed).startsWith(absolute(inbox))) {
            // Quarantined files inside the inbox would be picked up again on every rescan.
            fields.problem("content.failed", "must not be inside content.inbox (" + inbox + ")");
        }
        return new ContentConfig(inbox, failed);
    }

    /**
     * The templates folder. A folder set to anything but the default must exist; the default may be
     * missing here, and is checked when editions are rendered.
     */
    private Path templates() {
        Path dir = folder("templates.dir", DigestbotConfig.DEFAULT_TEMPLATES_DIR);
        if (!dir.equals(DigestbotConfig.DEFAULT_TEMPLATES_DIR) && !Files.exists(dir)) {
            fields.problem("templates.dir", "folder '" + dir + "' does not exist");
        }
        return dir;
    }

    private DatabaseConfig database(Path dataDir) {
        String url = fields.text("database.url").orElse(DatabaseConfig.defaultUrl(dataDir));
        if (!url.startsWith("jdbc:")) {
            fields.problem("database.url", "expected a JDBC URL starting with jdbc:");
        } else if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            fields.problem(
                    "database.url", "holds a password; set DIGESTBOT_DATABASE_PASSWORD in the environment instead");
        }
        String user = fields.text("database.user").orElse(DatabaseConfig.DEFAULT_USER);
        return new DatabaseConfig(url, user, new Secret(env.get(ConfigKeys.envName("database.password"))));
    }

    private IngestConfig ingest() {
        IngestConfig defaults = IngestConfig.DEFAULTS;
        return new IngestConfig(
                fields.duration("ingest.rescan", defaults.rescan()),
                fields.duration("ingest.stable", defaults.stable()));
    }

    private DeliveryConfig delivery() {
        DeliveryConfig defaults = DeliveryConfig.DEFAULTS;
        DeliveryConfig delivery = new DeliveryConfig(
                fields.duration("delivery.backoff", defaults.backoff()),
                fields.duration("delivery.max-backoff", defaults.maxBackoff()),
                fields.count("delivery.max-attempts", defaults.maxAttempts(), 1, 1000),
                fields.duration("delivery.poll", defaults.poll()));
        if (delivery.backoff().compareTo(delivery.maxBackoff()) > 0) {
            fields.problem(
                    "delivery.backoff",
                    Durations.format(delivery.backoff()) + " is longer than delivery.max-backoff ("
                            + Durations.format(delivery.maxBackoff()) + ")");
        }
        return delivery;
    }

    private DiscordConfig discord() {
        DiscordConfig defaults = DiscordConfig.DEFAULTS;
        Optional<String> adminChannel = fields.text("discord.admin-channel");
        if (adminChannel.isPresent() && !ChannelIds.valid(adminChannel.get())) {
            fields.problem(
                    "discord.admin-channel", "'" + adminChannel.get() + "' is not a channel id; " + ChannelIds.FORM);
        }
        return new DiscordConfig(
                fields.url("discord.rest-url", defaults.restUrl(), "http", "https"),
                fields.url("discord.gateway-url", defaults.gatewayUrl(), "ws", "wss"),
                discordToken(),
                adminChannel,
                fields.duration("discord.ready-timeout", defaults.readyTimeout()));
    }

    private SmtpConfig smtp() {
        SmtpConfig defaults = SmtpConfig.DEFAULTS;
        SmtpConfig smtp = new SmtpConfig(
                fields.text("smtp.host"),
                fields.count("smtp.port", defaults.port(), 1, 65535),
                fields.choice("smtp.security", SmtpSecurity.values(), SmtpSecurity::key, defaults.security()),
                fields.text("smtp.username"),
                new Secret(env.get(ConfigKeys.SECRETS.get("smtp.password"))),
                fields.count("smtp.connections", defaults.connections(), 1, 64),
                fields.count("smtp.rate", defaults.rate(), 0, 100_000),
                fields.duration("smtp.timeout", defaults.timeout()),
                fields.count("smtp.messages-per-connection", defaults.messagesPerConnection(), 1, 100_000),
                fields.count("smtp.bounce-limit", defaults.bounceLimit(), 1, 100));
        if (smtp.password().isSet() && smtp.username().isEmpty()) {
            fields.problem(
                    "smtp.username",
                    "missing; " + ConfigKeys.SECRETS.get("smtp.password")
                            + " is set, so the login it belongs to is needed");
        }
        return smtp;
    }

    /** {@code DISCORD_TOKEN}, or else the content of {@code discord.token-file}; none when neither is set. */
    private Secret discordToken() {
        String fromEnv =
                env.getOrDefault(ConfigKeys.SECRETS.get("discord.token"), "").strip();
        if (!fromEnv.isEmpty() || fields.text("discord.token-file").isEmpty()) {
            return new Secret(fromEnv);
        }
        Path file = fields.path("discord.token-file", null);
        if (file == null) {
            return Secret.NONE;
        }
        try {
            String token = Files.readString(file).strip();
            if (token.isEmpty()) {
                fields.problem("discord.token-file", "'" + file + "' is empty; it should hold the bot token");
            }
            return new Secret(token);
        } catch (NoSuchFileException e) {
            fields.problem("discord.token-file", "no such file '" + file + "'");
        } catch (AccessDeniedException e) {
            fields.problem("discord.token-file", "cannot read '" + file + "': permission denied");
        } catch (IOException e) {
            fields.problem("discord.token-file", "cannot read '" + file + "': " + e.getMessage());
        }
        return Secret.NONE;
    }

    /** A folder setting; the folder need not exist yet, but must not be a file. */
    private Path folder(String key, Path fallback) {
        Path dir = fields.path(key, fallback);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            fields.problem(key, "'" + dir + "' is a file, not a folder");
        }
        return dir;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
