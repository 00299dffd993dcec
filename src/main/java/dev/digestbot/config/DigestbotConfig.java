package dev.digestbot.config;

/**
 * The whole configuration, as loaded from {@code config/digestbot.yml} with environment overrides
 * applied and every value validated.
 *
 * @param summary digest lengths
 */
public record DigestbotConfig(SummaryConfig summary) {
    /** The configuration of a bot run with no config file. */
    public static final DigestbotConfig DEFAULTS = new DigestbotConfig(SummaryConfig.DEFAULTS);
}
