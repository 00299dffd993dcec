package dev.digestbot.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole configuration, as loaded from {@code config/digestbot.yml} with environment overrides
 * applied and every value validated. Relative paths are relative to the working directory.
 *
 * @param summary digest lengths
 * @param content the inbox and the quarantine folder
 * @param dataDir the folder for the embedded database and written editions
 * @param templatesDir the folder of the Mustache templates editions are rendered with
 * @param database the JDBC connection
 * @param ingest inbox watching
 * @param delivery retries of failed deliveries
 * @param discord the Discord connection; off when no token is set
 * @param smtp the mail server; without a host, email is written as files
 * @param web the web server
 * @param destinations the destinations by name, in the order the file lists them
 */
public record DigestbotConfig(
        SummaryConfig summary,
        ContentConfig content,
        Path dataDir,
        Path templatesDir,
        DatabaseConfig database,
        IngestConfig ingest,
        DeliveryConfig delivery,
        DiscordConfig discord,
        SmtpConfig smtp,
        WebConfig web,
        Map<String, DestinationConfig> destinations) {
    /** The data folder when the config file does not set one. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    /** The templates folder when the config file does not set one. */
    public static final Path DEFAULT_TEMPLATES_DIR = Path.of("templates");

    /** The configuration of a bot run with no config file and no environment overrides. */
    public static final DigestbotConfig DEFAULTS = new DigestbotConfig(
            SummaryConfig.DEFAULTS,
            ContentConfig.DEFAULTS,
            DEFAULT_DATA_DIR,
            DEFAULT_TEMPLATES_DIR,
            DatabaseConfig.embedded(DEFAULT_DATA_DIR),
            IngestConfig.DEFAULTS,
            DeliveryConfig.DEFAULTS,
            DiscordConfig.DEFAULTS,
            SmtpConfig.DEFAULTS,
            WebConfig.DEFAULTS,
            Map.of());

    public DigestbotConfig {
        destinations = Collections.unmodifiableMap(new LinkedHashMap<>(destinations));
    }
}
