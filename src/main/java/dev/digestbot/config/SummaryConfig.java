package dev.digestbot.config;

/**
 * The {@code summary} section: how long each article digest is.
 *
 * @param sentences summary sentences per digest
 * @param quotes key quotes per digest
 * @param figures key figures per digest
 */
public record SummaryConfig(int sentences, int quotes, int figures) {
    /** The lengths used when the config file does not set them. */
    public static final SummaryConfig DEFAULTS = new SummaryConfig(3, 2, 3);
}
