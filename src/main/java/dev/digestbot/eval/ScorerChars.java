package dev.digestbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Character classes and string helpers with the meaning that Python's {@code str} methods give
 * them ({@code isspace}, {@code isupper}, {@code isdigit}, {@code isalnum}, {@code splitlines},
 * {@code strip}, {@code split}). The reference scorers that published numbers come from are
 * written in Python; using the same classes keeps our scores equal to theirs on any input,
 * non-breaking spaces and odd line separators included.
 */
final class ScorerChars {
    /** A regex class of the characters {@link #isSpace} accepts. */
    static final String SPACE_CLASS =
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A" + "\\u2028\\u2029\\u202F\\u205F\\u3000]";

    private static final String WORD_CLASS = "[\\p{L}\\p{N}_]";
    private static final String WORD_EDGE =
            "(?:(?<=" + WORD_CLASS + ")(?!" + WORD_CLASS + ")|(?<!" + WORD_CLASS + ")(?=" + WORD_CLASS + "))";

    private ScorerChars() {}

    /**
     * Compiles a regex written with Python's meaning of {@code \b}, {@code \d}, {@code \s} and
     * {@code \w}: any script's decimal digits, and letters and every numeric character ("²")
     * as word characters.
     */
    static Pattern pythonRegex(String regex) {
        String java = regex.replace("\\b", WORD_EDGE)
                .replace("\\d", "\\p{Nd}")
                .replace("\\s", SPACE_CLASS)
                .replace("\\w", WORD_CLASS);
        return Pattern.compile(java);
    }

    /** Whitespace as Python sees it: Java's plus the no-break spaces and NEL. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }

    static boolean isUpper(char c) {
        return Character.isUpperCase(c);
    }

    /**
     * Non-decimal characters with a digit value: superscripts, subscripts, circled and
     * parenthesized digits, Ethiopic digits. Pairs of first and last character of each range.
     */
    private static final String OTHER_DIGITS = "\u00b2\u00b3\u00b9\u00b9\u1369\u1371\u19da\u19da\u2070\u2070"
            + "\u2074\u2079\u2080\u2089\u2460\u2468\u2474\u247c\u2488\u2490\u24ea\u24ea\u24f5\u24fd"
            + "\u24ff\u24ff\u2776\u277e\u2780\u2788\u278a\u2792";

    /** Decimal digits and the characters in {@link #OTHER_DIGITS}. */
    static boolean isDigit(char c) {
        if (Character.isDigit(c)) {
            return true;
        }
        for (int i = 0; i < OTHER_DIGITS.length(); i += 2) {
            if (c >= OTHER_DIGITS.charAt(i) && c <= OTHER_DIGITS.charAt(i + 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAlnum(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Line boundaries of {@code str.splitlines}; "\r\n" counts as one. */
    static boolean isLineBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000b'
                || c == '\u000c'
                || c == '\u001c'
                || c == '\u001d'
                || c == '\u001e'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Whitespace-separated words, as {@code str.split()} with no argument. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }
}
