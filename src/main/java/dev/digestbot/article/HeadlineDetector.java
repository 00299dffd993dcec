package dev.digestbot.article;

import java.util.List;

/**
 * Finds the headline among the first lines of a plain-text article. Scraped pages put it in
 * different places: first and set apart by a blank line, first and directly over the body, after
 * a lede sentence, or repeated (page title, then visible headline). A line counts as a headline
 * only when it is short and does not read like the end of a sentence.
 */
final class HeadlineDetector {
    /** How many lines at the top can belong to the header (lede, headline, repeats, subhead). */
    static final int HEADER_LINES = 6;

    private static final int MAX_TITLE_CHARS = 150;
    private static final int MAX_TITLE_WORDS = 20;
    /** Longer lines that end with a full stop are lede sentences, not headlines. */
    private static final int MAX_TITLE_WORDS_WITH_PERIOD = 10;

    private static final int UNWRAPPED_LINE_CHARS = 100;

    private HeadlineDetector() {}

    /** The index of the headline line, or -1 when the text does not start with one. */
    static int find(List<TextLine> lines) {
        if (lines.size() < 2) {
            return -1;
        }
        int repeated = repeatedHeadline(lines);
        if (repeated >= 0) {
            return repeated;
        }
        if (isHeadlineOverBody(lines)) {
            return 0;
        }
        return headlineAfterLede(lines);
    }

    private static int repeatedHeadline(List<TextLine> lines) {
        int window = Math.min(lines.size(), HEADER_LINES);
        for (int i = 0; i < window; i++) {
            String text = lines.get(i).text();
            if (!looksLikeHeadline(text)) {
                continue;
            }
            for (int j = i + 1; j < window; j++) {
                if (text.equalsIgnoreCase(lines.get(j).text())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A short first line set apart by a blank line, or a headline right over a long paragraph. */
    private static boolean isHeadlineOverBody(List<TextLine> lines) {
        TextLine first = lines.get(0);
        if (TextLine.blankAfter(lines, 0)) {
            return isShort(first.text());
        }
        int next = lines.get(1).length();
        return looksLikeHeadline(first.text()) && next > UNWRAPPED_LINE_CHARS && next > 2 * first.length();
    }

    /** A lede sentence or two, then the headline closing the first block. */
    private static int headlineAfterLede(List<TextLine> lines) {
        int last = Math.min(2, lines.size() - 2);
        for (int k = 1; k <= last && lines.get(k).block() == 0; k++) {
            if (looksLikeHeadline(lines.get(k - 1).text())) {
                return -1;
            }
            if (looksLikeHeadline(lines.get(k).text()) && TextLine.blankAfter(lines, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a line set apart by a blank line is short enough to be a title. */
    static boolean isShort(String line) {
        if (line.length() > MAX_TITLE_CHARS) {
            return false;
        }
        int words = wordCount(line);
        boolean sentence = line.endsWith(".") && words > MAX_TITLE_WORDS_WITH_PERIOD;
        return words <= MAX_TITLE_WORDS && !sentence;
    }

    static boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_TITLE_CHARS || wordCount(line) > MAX_TITLE_WORDS) {
            return false;
        }
        char first = line.charAt(0);
        boolean opensWell = Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(first);
        char last = line.charAt(line.length() - 1);
        boolean endsLikeSentence = last == '.' || last == ',' || last == ';' || last == ':';
        return opensWell && !endsLikeSentence;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = line.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
