package dev.digestbot.summarize.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotations in double marks ({@code "} {@code “ ”}) and, where they are clearly marks and
 * not apostrophes, in single marks ({@code '} {@code ‘ ’}). Marks are told apart as opening or
 * closing by what stands on either side, so unbalanced marks never pair up across the article: a
 * quotation ends at its closing mark, at the next opening mark or at the end of its paragraph. One
 * pass over the text, no regular expressions.
 */
final class QuotationFinder {
    private enum Mark {
        OPEN,
        CLOSE,
        /** A close after "s" or "-in" that is more likely a possessive or a dropped g. */
        WEAK_CLOSE,
        EITHER,
        NONE
    }

    /** Words that take a leading apostrophe for a dropped letter: 'n', 'em, 'til. */
    private static final Set<String> ELISIONS =
            Set.of("n", "em", "til", "cos", "cause", "tis", "twas", "bout", "round", "ere", "im", "ave", "appen");

    /** Words after a closing mark that show a quotation, not a possessive, ended: {@code players' he said}. */
    private static final Set<String> TAGS = Set.of(
            "he",
            "she",
            "they",
            "it",
            "i",
            "we",
            "said",
            "says",
            "added",
            "told",
            "according",
            "explained",
            "insisted",
            "admitted",
            "wrote",
            "claimed",
            "warned",
            "continued",
            "stated",
            "replied",
            "asked");

    private QuotationFinder() {}

    /** Every quotation in {@code text}, in order of its opening mark. */
    static List<Quotation> find(String text) {
        int[] marks = marks(text);
        List<Quotation> doubles = scan(text, marks, false);
        List<Quotation> singles = scan(text, marks, true);
        return combine(doubles, singles);
    }

    /**
     * Keeps double-mark quotations and the single-mark ones that do not collide with them. Copy
     * that quotes in single marks (Daily Mail style) nests titles in double marks: there a single
     * quotation that holds a double one wins.
     */
    private static List<Quotation> combine(List<Quotation> doubles, List<Quotation> singles) {
        if (singles.isEmpty()) {
            return doubles;
        }
        List<Quotation> kept = singles.size() > doubles.size() ? outside(doubles, singles) : doubles;
        List<Quotation> out = new ArrayList<>(kept);
        int k = 0;
        for (Quotation s : singles) {
            while (k < kept.size() && kept.get(k).after() <= s.open()) {
                k++;
            }
            if (k >= kept.size() || !kept.get(k).overlaps(s)) {
                out.add(s);
            }
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    /** The double-mark quotations not nested inside a closed single-mark one. Both lists are in order. */
    private static List<Quotation> outside(List<Quotation> doubles, List<Quotation> singles) {
        List<Quotation> out = new ArrayList<>();
        int k = 0;
        for (Quotation d : doubles) {
            while (k < singles.size() && singles.get(k).after() <= d.open()) {
                k++;
            }
            boolean nested = k < singles.size()
                    && singles.get(k).closed()
                    && singles.get(k).contains(d);
            if (!nested) {
                out.add(d);
            }
        }
        return out;
    }

    /** The characters that may be quotation marks, and the line break. */
    private static final char[] MARKS = {'\n', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '\u201E'};

    /**
     * The offsets of the characters that may be quotation marks or line breaks, ended by -1: the
     * scans visit only these, as every other character leaves their state as it is. Found with
     * {@link String#indexOf(int, int)} for each kind of mark, which is fast, and merged in order.
     */
    private static int[] marks(String text) {
        int[] next = new int[MARKS.length];
        for (int k = 0; k < MARKS.length; k++) {
            next[k] = text.indexOf(MARKS[k]);
        }
        int[] marks = new int[32];
        int n = 0;
        while (true) {
            int first = -1;
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] >= 0 && (first < 0 || next[k] < next[first])) {
                    first = k;
                }
            }
            if (first < 0) {
                marks[n] = -1;
                return marks;
            }
            if (n + 1 == marks.length) {
                marks = Arrays.copyOf(marks, n * 2);
            }
            marks[n++] = next[first];
            next[first] = text.indexOf(MARKS[first], next[first] + 1);
        }
    }

    private static List<Quotation> scan(String text, int[] marks, boolean single) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        int weak = -1;
        for (int m = 0; marks[m] >= 0; m++) {
            int i = marks[m];
            char c = text.charAt(i);
            Mark mark = c == '\n' ? Mark.NONE : single ? singleMark(text, i) : doubleMark(text, i);
            if (mark == Mark.EITHER) {
                mark = open >= 0 ? Mark.CLOSE : Mark.OPEN;
            }
            if (c == '\n' || mark == Mark.OPEN) {
                // an unclosed run: end it at a possessive-looking close inside it, if any ("the
                // 'end of days' group"), else here, as for a long quote's paragraph
                open = weak >= 0 ? emit(text, open, weak, weak, single, out) : emit(text, open, i, -1, single, out);
                open = mark == Mark.OPEN ? i : -1;
                weak = -1;
            } else if (mark == Mark.CLOSE && open >= 0) {
                open = emit(text, open, i, i, single, out);
                weak = -1;
            } else if (mark == Mark.WEAK_CLOSE && open >= 0 && weak < 0) {
                weak = i;
            }
        }
        if (weak >= 0) {
            emit(text, open, weak, weak, single, out);
        } else {
            emit(text, open, text.length(), -1, single, out);
        }
        return out;
    }

    /** Records the quotation opened at {@code open} and ending at {@code end}; returns -1. */
    private static int emit(String text, int open, int end, int close, boolean single, List<Quotation> out) {
        if (open < 0) {
            return -1;
        }
        int s = open + 1;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (hasLetterOrDigit(text, s, e)) {
            out.add(new Quotation(open, s, e, close, single));
        }
        return -1;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Mark doubleMark(String text, int i) {
        char c = text.charAt(i);
        if (c != '"' && c != '\u201C' && c != '\u201D' && c != '\u201E') {
            return Mark.NONE;
        }
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        boolean openSide = opensBefore(prev) && !Character.isWhitespace(next);
        boolean closeSide = !Character.isWhitespace(prev) && closesBefore(next);
        if (openSide != closeSide) {
            return openSide ? Mark.OPEN : Mark.CLOSE;
        }
        if (c == '\u201C' || c == '\u201E') {
            return Mark.OPEN;
        }
        return c == '\u201D' ? Mark.CLOSE : Mark.EITHER;
    }

    private static Mark singleMark(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2018' && c != '\u2019') {
            return Mark.NONE;
        }
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return Mark.NONE; // an apostrophe: don't, Scotland's, O'Neill
        }
        if (opensBefore(prev) && (Character.isLetterOrDigit(next) || isDoubleMark(next))) {
            return elided(text, i + 1) ? Mark.NONE : Mark.OPEN;
        }
        if (!Character.isWhitespace(prev) && !opensBefore(prev) && closesBefore(next)) {
            return possessive(text, i, prev, next) ? Mark.WEAK_CLOSE : Mark.CLOSE;
        }
        return Mark.NONE;
    }

    /** Whether the word after an opening apostrophe is an elision ('n', 'em) or a decade ('90s). */
    private static boolean elided(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 8 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(from, end).toLowerCase(Locale.ROOT);
        if (ELISIONS.contains(word)) {
            return true;
        }
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) && (word.length() <= 2 || word.endsWith("s"));
    }

    /**
     * A mark after "s" or "-in" followed by a lower-case word is a possessive ("players' union") or
     * a dropped g ("havin' a laugh"), not a closing mark, unless an attribution follows.
     */
    private static boolean possessive(String text, int i, char prev, char next) {
        boolean droppedG = prev == 'n' && i >= 2 && text.charAt(i - 2) == 'i';
        if (prev != 's' && !droppedG || next != ' ') {
            return false;
        }
        int from = i + 2;
        int end = from;
        while (end < text.length() && end - from < 12 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == from || Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        return !TAGS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    private static boolean opensBefore(char prev) {
        return Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0 || isDoubleMark(prev);
    }

    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next)
                || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(next) >= 0
                || isDoubleMark(next)
                || next == '\''
                || next == '\u2019';
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
