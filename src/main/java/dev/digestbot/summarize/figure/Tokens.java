package dev.digestbot.summarize.figure;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words, numbers and symbols of one sentence with their offsets. A hand-written scanner into
 * plain arrays rather than a regex and token objects: it runs on every sentence that may hold a
 * figure, so it must be linear and cheap. Lower-cased forms are made only for the tokens asked about.
 */
final class Tokens {
    enum Type {
        WORD,
        NUMBER,
        CURRENCY,
        SYMBOL
    }

    private static final Type[] TYPES = Type.values();

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    private String[] lowers;
    private int firstWord = -1;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(8, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else {
                i = tokens.scan(i, c);
            }
        }
        tokens.lowers = new String[tokens.size];
        tokens.firstWord = tokens.size;
        for (int k = 0; k < tokens.size; k++) {
            if (tokens.isWord(k) || tokens.isNumber(k)) {
                tokens.firstWord = k;
                break;
            }
        }
        return tokens;
    }

    /** Reads the token starting with {@code c} at {@code i}; returns where it ends. */
    private int scan(int i, char c) {
        int end;
        Type type;
        if (isDigit(c) || isVulgarFraction(c)) {
            end = scanNumber(text, i);
            type = Type.NUMBER;
        } else if (isLetter(c)) {
            end = scanWord(text, i);
            type = Type.WORD;
            if (end < text.length() && text.charAt(end) == '$' && end - i <= 2 && isUpper(text, i, end)) {
                end++; // "A$", "US$"
                type = Type.CURRENCY;
            }
        } else {
            end = i + Character.charCount(text.codePointAt(i));
            type = "$£€¥₹".indexOf(c) >= 0 ? Type.CURRENCY : Type.SYMBOL;
        }
        add(i, end, type);
        return end;
    }

    private void add(int start, int end, Type type) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            types = Arrays.copyOf(types, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = (byte) type.ordinal();
        size++;
    }

    private static int scanNumber(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && isDigit(text.charAt(j))) {
            j++;
        }
        while (j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ',') && isDigit(text.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
        }
        if (j < n && isVulgarFraction(text.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static int scanWord(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && isLetter(text.charAt(j))) {
            j++;
            boolean apostrophe = j + 1 < n && (text.charAt(j) == '\'' || text.charAt(j) == '’');
            if (apostrophe && isLetter(text.charAt(j + 1))) {
                j++;
            }
        }
        return j;
    }

    /** {@link Character#isLetter} with a fast path for ASCII, which is nearly all of the text. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isVulgarFraction(char c) {
        return c == '½' || c == '¼' || c == '¾';
    }

    private static boolean isUpper(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    /** The lower-cased token at {@code i}, or "" outside the sentence. */
    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        String lower = lowers[i];
        if (lower == null) {
            lower = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
            lowers[i] = lower;
        }
        return lower;
    }

    /** Whether the word at {@code i} may start a figure in words; asks without lower-casing it. */
    boolean mayStartFigure(int i) {
        return isWord(i) && FigureTriggers.isStarter(FigureTriggers.key(text, starts[i], ends[i]), ends[i] - starts[i]);
    }

    /** Whether token {@code i} is {@code lower}, compared without making its lower-case form. */
    boolean is(int i, String lower) {
        if (i < 0 || i >= size || ends[i] - starts[i] != lower.length()) {
            return false;
        }
        return lowers[i] != null
                ? lowers[i].equals(lower)
                : text.regionMatches(true, starts[i], lower, 0, lower.length());
    }

    Type type(int i) {
        return TYPES[types[i]];
    }

    boolean isType(int i, Type type) {
        return i >= 0 && i < size && types[i] == type.ordinal();
    }

    boolean isWord(int i) {
        return isType(i, Type.WORD);
    }

    boolean isNumber(int i) {
        return isType(i, Type.NUMBER);
    }

    /** Whether token {@code i} directly follows token {@code i - 1}, with no space. */
    boolean glued(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /** A glued hyphen or dash joining tokens {@code i - 1} and {@code i + 1}: "60-day", "3-1". */
    boolean isJoiner(int i) {
        return (is(i, "-") || is(i, "–") || is(i, "‑")) && glued(i) && glued(i + 1);
    }

    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** The original text from token {@code first} to token {@code last}, inclusive. */
    String text(int first, int last) {
        return text.substring(starts[first], ends[last]);
    }

    String original(int i) {
        return text(i, i);
    }

    /** The index of the first word or number: what follows opening quotes and brackets. */
    int firstWord() {
        return firstWord;
    }

    /** Whether nothing but punctuation comes before token {@code i}. */
    boolean atStart(int i) {
        return i <= firstWord;
    }

    String sentence() {
        return text;
    }
}
