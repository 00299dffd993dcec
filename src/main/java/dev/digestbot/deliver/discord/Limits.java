package dev.digestbot.deliver.discord;

/** Discord's limits on messages and embeds, in characters unless said otherwise. */
public final class Limits {
    static final int CONTENT = 2000;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FIELDS = 25;
    static final int FOOTER = 2048;
    /** Embeds in one message. */
    static final int EMBEDS = 10;
    /** All embeds of one message together. */
    static final int EMBED_TOTAL = 6000;

    private Limits() {}

    /**
     * {@code text} in at most {@code max} characters: whole when it fits, otherwise cut at the last
     * space that leaves room for an ellipsis, so no word is cut in half without one.
     */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max < 2) {
            return "";
        }
        int room = max - 1;
        int cut = text.lastIndexOf(' ', room);
        String kept = cut > room / 2 ? text.substring(0, cut) : text.substring(0, room);
        // an escape or a surrogate pair must not be split from what it belongs to
        while (!kept.isEmpty() && (kept.endsWith("\\") || Character.isHighSurrogate(kept.charAt(kept.length() - 1)))) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.stripTrailing() + "…";
    }
}
