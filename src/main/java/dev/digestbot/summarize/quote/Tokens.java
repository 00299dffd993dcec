package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text outside quotations as tokens, each quotation standing as one token, with the sentence
 * of every token. Sentences end at {@code . ! ?}, at paragraph breaks, and after a
 * quotation that ends a sentence and is followed by a new one.
 */
final class Tokens {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr", "sr",
            "inc", "co", "ltd", "corp", "no", "vs", "det", "supt", "insp", "rev", "hon", "maj", "adm", "cmdr", "ft",
            "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "etc");

    /** The ASCII marks that make a token, each as its token's text; null for other characters. */
    private static final String[] ASCII_MARKS = new String[128];

    static {
        for (char c : ",.:;!?()-".toCharArray()) {
            ASCII_MARKS[c] = String.valueOf(c);
        }
    }

    private static final String EM_DASH = "\u2014";
    private static final String EN_DASH = "\u2013";

    /** The tokens while they are read; then {@link #array}, which every lookup uses. */
    private final List<Token> tokens = new ArrayList<>();

    private final Token[] array;
    /** A word being read, in lower case, while it is all ASCII. */
    private char[] buffer = new char[32];
    /** The sentence of each token. */
    private int[] sentences;
    /** The first token of each sentence. */
    private int[] sentenceStarts;

    private final int[] quoteTokens;

    Tokens(String text, List<Quotation> quotations) {
        quoteTokens = new int[quotations.size()];
        read(text, quotations);
        array = tokens.toArray(new Token[0]);
        number();
    }

    int size() {
        return array.length;
    }

    Token get(int i) {
        return array[i];
    }

    int sentence(int i) {
        return sentences[i];
    }

    /**
     * Where the clause that token {@code i} ends in starts: the start of its sentence, but no more
     * than {@code window} tokens back, so that work around a quotation stays bounded in a very
     * long sentence.
     */
    int clauseStart(int i, int window) {
        return Math.max(sentenceStarts[sentences[i]], i - window);
    }

    /** The token that stands for quotation {@code q}. */
    int tokenOfQuote(int q) {
        return quoteTokens[q];
    }

    private void read(String text, List<Quotation> quotations) {
        int q = 0;
        int i = 0;
        int next = quotations.isEmpty() ? text.length() : quotations.get(0).open();
        while (i < text.length()) {
            if (i >= next && q < quotations.size()) {
                Quotation quotation = quotations.get(q);
                quoteTokens[q] = tokens.size();
                String last = String.valueOf(text.charAt(quotation.end() - 1));
                tokens.add(new Token(Token.Type.QUOTE, quotation.open(), quotation.after(), last, "", q, 0));
                i = Math.max(i, quotation.after());
                q++;
                next = q < quotations.size() ? quotations.get(q).open() : text.length();
                continue;
            }
            i = text.charAt(i) == ' '
                    ? i + 1
                    : readOne(text, i, next); // a space, the commonest character, makes no token
        }
    }

    /** Reads the token at {@code i}, not past {@code limit}; returns where the next one may start. */
    private int readOne(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c == '\n') {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != Token.Type.BREAK) {
                tokens.add(new Token(Token.Type.BREAK, i, i + 1, "", "", -1, 0));
            }
            return i + 1;
        }
        if (Character.isLetterOrDigit(c)) {
            return readWord(text, i, limit);
        }
        String mark = punctuation(c);
        if (mark != null) {
            tokens.add(new Token(Token.Type.PUNCT, i, i + 1, mark, mark, -1, 0));
        }
        return i + 1;
    }

    /** The mark as a token's text, or null when {@code c} makes no token. */
    private static String punctuation(char c) {
        if (c < ASCII_MARKS.length) {
            return ASCII_MARKS[c];
        }
        return c == '\u2014' ? EM_DASH : c == '\u2013' ? EN_DASH : null;
    }

    /** Whether {@code c} may join two runs of letters into one word: "don't", "U.S", "Al-Ansari", "AT&T". */
    private static boolean joiner(char c) {
        return c == '\'' || c == '\u2019' || c == '.' || c == '-' || c == '&';
    }

    private int readWord(String text, int start, int limit) {
        int j = start + 1;
        while (j < limit) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (joiner(c) && j + 1 < limit && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        String word = text.substring(start, j);
        if (j < limit && text.charAt(j) == '.' && abbreviation(word)) {
            j++;
            word = text.substring(start, j);
        }
        if (!addAscii(word, start, j)) {
            String lower = lower(word);
            tokens.add(Token.word(start, j, word, lower, Lexicon.flags(lower)));
        }
        return j;
    }

    /**
     * Adds the word as {@link #lower} would, but lower-casing an ASCII word in {@link #buffer} and
     * looking its flags up from there; false, adding nothing, when the word is not all ASCII.
     */
    private boolean addAscii(String word, int start, int end) {
        int n = word.length();
        if (n > buffer.length) {
            buffer = new char[Math.max(n, buffer.length * 2)];
        }
        boolean changed = false;
        int hash = 0;
        int hashBeforeLastTwo = 0;
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            if (c >= 0x80) {
                return false;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            buffer[k] = upper ? (char) (c + ('a' - 'A')) : c;
            changed |= upper;
            if (k == n - 2) {
                hashBeforeLastTwo = hash;
            }
            hash = WordTable.hash(hash, buffer[k]);
        }
        char last = n > 2 ? buffer[n - 1] : ' ';
        if ((last == 's' || last == 'd') && buffer[n - 2] == '\'') {
            n -= 2;
            hash = hashBeforeLastTwo;
            changed = true;
        }
        String lower = changed ? new String(buffer, 0, n) : word;
        tokens.add(Token.word(start, end, word, lower, Lexicon.flags(buffer, n, hash)));
        return true;
    }

    private static boolean abbreviation(String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.indexOf('.') > 0
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Lower case without a possessive or "'d" ending: "Qatar's" becomes "qatar", "he'd" "he". */
    private static String lower(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int n = lower.length();
        char last = n > 2 ? lower.charAt(n - 1) : ' ';
        if ((last == 's' || last == 'd') && (lower.charAt(n - 2) == '\'' || lower.charAt(n - 2) == '\u2019')) {
            return lower.substring(0, n - 2);
        }
        return lower;
    }

    private void number() {
        sentences = new int[array.length];
        sentenceStarts = new int[array.length];
        int sentence = 0;
        int started = 0;
        for (int i = 0; i < array.length; i++) {
            Token t = array[i];
            if (started == sentence) {
                sentenceStarts[started++] = i;
            }
            sentences[i] = sentence;
            if (t.type() == Token.Type.BREAK) {
                sentence++;
            } else if (t.isPunct('.') || t.isPunct('!') || t.isPunct('?')) {
                sentence++;
            } else if (t.quoteEndsSentence() && startsSentence(i + 1)) {
                sentence++;
            }
        }
    }

    private boolean startsSentence(int i) {
        if (i >= array.length) {
            return true;
        }
        Token next = array[i];
        return !(next.lowerCaseWord() || next.type() == Token.Type.PUNCT);
    }
}
