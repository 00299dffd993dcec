package dev.digestbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits reference and candidate summaries into sentences for ROUGE-Lsum: at line breaks, then at
 * sentence-final punctuation. This is deliberately not the product's splitter: the scorer must
 * split exactly as the reference ROUGE script does, including the BBC references whose sentences
 * are glued together without a space ("...$10.9bn.For the year...").
 *
 * <p>A boundary needs the next sentence to start with a capital (or, after a space, a digit),
 * possibly behind opening quotes or brackets. There is none after common abbreviations ("Mr.",
 * "Jan."), dotted ones ("U.S.") or initials ("J."). When a mark is glued to the next sentence,
 * straight double quotes after it close the earlier sentence only while that one has an odd
 * number of them; the rest open the next.
 */
final class RougeSentenceSplitter {
    /** Final marks, then closing quotes or brackets, then any space. */
    private static final Pattern BOUNDARY =
            Pattern.compile("([.!?]+)(['\"\u2019\u201d)\\]]*)(" + ScorerChars.SPACE_CLASS + "*)");

    private static final String OPENERS = "\"'\u2018\u201c([";
    private static final String QUOTES = "\"'\u2018\u2019\u201c\u201d";

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr",
            "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft", "no", "nos", "vs", "v",
            "etc", "inc", "ltd", "co", "corp", "plc", "bros", "dept", "est", "approx", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private RougeSentenceSplitter() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String rawLine : ScorerChars.splitLines(text)) {
            String line = ScorerChars.strip(rawLine);
            if (!line.isEmpty()) {
                splitLine(line, sentences);
            }
        }
        return sentences;
    }

    private static void splitLine(String line, List<String> out) {
        QuoteCount quotes = new QuoteCount(line);
        Matcher m = BOUNDARY.matcher(line);
        while (m.find()) {
            int cut = boundary(line, quotes, m);
            if (cut >= 0) {
                add(line.substring(quotes.start, cut), out);
                quotes.restartAt(cut);
            }
        }
        add(line.substring(quotes.start), out);
    }

    private static void add(String sentence, List<String> out) {
        String stripped = ScorerChars.strip(sentence);
        if (!stripped.isEmpty()) {
            out.add(stripped);
        }
    }

    /** Where the next sentence starts if {@code m} ends the current one, else -1. */
    private static int boundary(String line, QuoteCount quotes, Matcher m) {
        int end = m.end();
        if (end >= line.length()) {
            return -1;
        }
        int cut = end;
        if (!m.group(3).isEmpty()) {
            int i = skipOpeners(line, end);
            if (i >= line.length() || !(ScorerChars.isUpper(line.charAt(i)) || ScorerChars.isDigit(line.charAt(i)))) {
                return -1;
            }
        } else {
            if (!gluedMarkFollowsWord(line, m.start())) {
                return -1;
            }
            char next = line.charAt(end);
            int opening = openingQuotes(quotes.upTo(m.start()), m);
            if (opening > 0) {
                cut = end - opening;
                next = '"';
            }
            if (!ScorerChars.isUpper(next)) {
                int i = skipOpeners(line, end);
                if (OPENERS.indexOf(next) < 0 || i >= line.length() || !ScorerChars.isUpper(line.charAt(i))) {
                    return -1;
                }
            }
        }
        return line.charAt(m.start()) == '.' && abbreviationBefore(line, quotes.start, m.start()) ? -1 : cut;
    }

    private static int skipOpeners(String line, int from) {
        int i = from;
        while (i < line.length() && OPENERS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** A glued mark ends a sentence only after a word, a number, "%", ")" or a quote. */
    private static boolean gluedMarkFollowsWord(String line, int mark) {
        if (mark == 0) {
            return false;
        }
        char before = line.charAt(mark - 1);
        return ScorerChars.isAlnum(before) || before == '%' || before == ')' || QUOTES.indexOf(before) >= 0;
    }

    /**
     * How many of the straight double quotes glued after the mark open the next sentence, given
     * how many the sentence already has.
     */
    private static int openingQuotes(int inSentence, Matcher m) {
        String closers = m.group(2);
        int trailing = 0;
        while (trailing < closers.length() && closers.charAt(closers.length() - 1 - trailing) == '"') {
            trailing++;
        }
        return trailing == 0 ? 0 : Math.max(0, trailing - inSentence % 2);
    }

    /**
     * Whether the word before a full stop is an abbreviation, a dotted abbreviation or an initial.
     * The word is the run of ASCII letters and dots before the stop, from its first letter on.
     */
    private static boolean abbreviationBefore(String line, int start, int stop) {
        int i = stop;
        boolean dotSeen = false;
        while (i > start && isLetterOrDot(line.charAt(i - 1))) {
            i--;
            if (line.charAt(i) == '.') {
                dotSeen = true;
            } else if (dotSeen) {
                return true; // a dot with a letter before it: a dotted abbreviation such as "U.S"
            }
        }
        int first = i;
        while (first < stop && line.charAt(first) == '.') {
            first++;
        }
        String word = line.substring(first, stop);
        return !word.isEmpty()
                && (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                        || word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    /** Counts the straight double quotes of the current sentence up to a position, incrementally. */
    private static final class QuoteCount {
        private final String line;
        private int start;
        private int counted;
        private int quotes;

        QuoteCount(String line) {
            this.line = line;
        }

        /** The quotes between the sentence start and {@code position}, which never moves back. */
        int upTo(int position) {
            for (; counted < position; counted++) {
                if (line.charAt(counted) == '"') {
                    quotes++;
                }
            }
            return quotes;
        }

        void restartAt(int position) {
            start = position;
            counted = position;
            quotes = 0;
        }
    }

    private static boolean isLetterOrDot(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.';
    }
}
