package dev.digestbot.article;

/**
 * Normalises decoded text: every line break becomes {@code \n}, unusual spaces become plain
 * spaces, and invisible characters (zero-width, bidi marks, soft hyphens, controls) are removed.
 * Typographic quotes and dashes stay as they are; the summarizer understands them.
 */
final class TextCleaner {
    private static final int KEEP = 0;
    private static final int DROP = 1;
    private static final int SPACE = 2;
    private static final int NEWLINE = 3;
    private static final int CARRIAGE_RETURN = 4;
    private static final int PARAGRAPH = 5;

    private TextCleaner() {}

    static String clean(String text) {
        int first = firstToChange(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (kind(c)) {
                case KEEP -> out.append(c);
                case SPACE -> out.append(' ');
                case NEWLINE -> out.append('\n');
                case PARAGRAPH -> out.append("\n\n");
                case CARRIAGE_RETURN -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    // dropped
                }
            }
        }
        return out.toString();
    }

    /** Collapses runs of whitespace into single spaces and strips the ends. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (kind(text.charAt(i)) != KEEP) {
                return i;
            }
        }
        return -1;
    }

    private static int kind(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return KEEP;
        }
        if (c < 0x20) {
            return switch (c) {
                case '\n' -> KEEP;
                case '\r' -> CARRIAGE_RETURN;
                case '\t' -> SPACE;
                case '\u000B', '\f' -> NEWLINE;
                default -> DROP;
            };
        }
        return kindAboveAscii(c);
    }

    private static int kindAboveAscii(char c) {
        if (c == '\u0085' || c == '\u2028') {
            return NEWLINE;
        }
        if (c == '\u2029') {
            return PARAGRAPH;
        }
        if (c <= 0x9F || c == '\u00AD' || c == '\uFEFF') {
            return DROP;
        }
        if (c == '\u00A0' || c == '\u1680' || c == '\u202F' || c == '\u205F' || c == '\u3000') {
            return SPACE;
        }
        if (c >= '\u2000' && c <= '\u200A') {
            return SPACE;
        }
        boolean invisible = (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069');
        return invisible ? DROP : KEEP;
    }
}
