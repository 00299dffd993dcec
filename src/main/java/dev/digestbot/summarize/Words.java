package dev.digestbot.summarize;

/** Counts whitespace-separated words, the length measure summary, quote and figure rules share. */
public final class Words {
    private Words() {}

    /** The words of {@code text}. */
    public static int count(CharSequence text) {
        return count(text, 0, text.length(), Integer.MAX_VALUE);
    }

    /** The words of {@code text}, counted up to {@code atMost}: callers that only ask "at least n?" stop early. */
    public static int count(CharSequence text, int atMost) {
        return count(text, 0, text.length(), atMost);
    }

    /** The words of {@code text[from..to)}, counted up to {@code atMost}. */
    public static int count(CharSequence text, int from, int to, int atMost) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to && words < atMost; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
