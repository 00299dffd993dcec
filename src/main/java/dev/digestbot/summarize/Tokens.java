package dev.digestbot.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words, numbers and symbols of one sentence with their offsets. A hand-written scanner rather
 * than a regex: it runs once per sentence of every article, so it must be linear and cheap.
 */
final class Tokens {
    enum Type {
        WORD,
        NUMBER,
        CURRENCY,
        SYMBOL
    }

    /**
     * One token.
     *
     * @param glued whether it follows the previous token with no space between ("14" "m", "60" "-")
     */
    record Token(int start, int end, Type type, String lower, boolean glued) {}

    private final String text;
    private final List<Token> tokens;
    private final int firstWord;

    private Tokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        int k = 0;
        while (k < tokens.size()
                && tokens.get(k).type() != Type.WORD
                && tokens.get(k).type() != Type.NUMBER) {
            k++;
        }
        this.firstWord = k;
    }

    static Tokens of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int prevEnd = -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            Type type;
            if (isDigit(c) || isVulgarFraction(c)) {
                end = scanNumber(text, i);
                type = Type.NUMBER;
            } else if (Character.isLetter(c)) {
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
            String lower = text.substring(i, end).toLowerCase(Locale.ROOT);
            out.add(new Token(i, end, type, lower, i == prevEnd));
            prevEnd = end;
            i = end;
        }
        return new Tokens(text, out);
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
        while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
            boolean apostrophe = j + 1 < n && (text.charAt(j) == '\'' || text.charAt(j) == '’');
            if (apostrophe && Character.isLetter(text.charAt(j + 1))) {
                j++;
            }
        }
        return j;
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
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The lower-cased token at {@code i}, or "" outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    boolean is(int i, String lower) {
        return lower(i).equals(lower);
    }

    boolean isType(int i, Type type) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == type;
    }

    boolean isWord(int i) {
        return isType(i, Type.WORD);
    }

    boolean isNumber(int i) {
        return isType(i, Type.NUMBER);
    }

    /** Whether token {@code i} directly follows token {@code i - 1}, with no space. */
    boolean glued(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i).glued();
    }

    /** A glued hyphen or dash joining tokens {@code i - 1} and {@code i + 1}: "60-day", "3-1". */
    boolean isJoiner(int i) {
        String s = lower(i);
        return (s.equals("-") || s.equals("–") || s.equals("‑")) && glued(i) && glued(i + 1);
    }

    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }

    /** The original text from token {@code first} to token {@code last}, inclusive. */
    String text(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
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
