package dev.digestbot.summarize;

/**
 * How long a digest is.
 *
 * @param sentences number of summary sentences
 * @param quotes maximum number of key quotes
 * @param figures maximum number of key figures
 */
public record SummaryOptions(int sentences, int quotes, int figures) {
    /** The digest length the bot uses unless told otherwise. */
    public static final SummaryOptions DEFAULT = new SummaryOptions(3, 2, 3);

    public SummaryOptions {
        if (sentences < 0 || quotes < 0 || figures < 0) {
            throw new IllegalArgumentException("digest lengths must not be negative");
        }
    }
}
