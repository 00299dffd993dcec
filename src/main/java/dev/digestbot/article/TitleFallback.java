package dev.digestbot.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a title for an article that has none (wire copy, CNN/Daily Mail style one-line files):
 * its first sentence without a dateline, cut at a word boundary when it is long. The file name
 * is the last resort. The body is never touched: the title is derived, not taken out.
 */
final class TitleFallback {
    static final int MAX_CHARS = 90;

    /** "(CNN)", "Washington (CNN) --", "(The Hollywood Reporter)" at the very start. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'-]{0,30}(?:,? \\p{Lu}[\\p{L}.'-]{0,30}){0,4},? )?"
                    + "\\((?:\\p{Lu}[^()\\n]{0,40})\\)(?:\\s{0,3}(?:--|[\u2013\u2014-])\\s{0,3}|(?=[\\p{Lu}\"'\u201C\u2018]))");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "no", "vs", "inc", "ltd", "co", "corp", "rev", "hon", "mt", "ft", "jan", "feb", "aug", "sept", "oct", "nov",
            "dec");

    private static final Set<String> DANGLING_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
            "his", "her", "its", "their", "our", "my", "your", "that", "who", "which", "was", "is", "were", "are");

    private TitleFallback() {}

    static String derive(String firstParagraph, String source) {
        Matcher dateline = DATELINE.matcher(firstParagraph);
        String text = dateline.lookingAt() ? firstParagraph.substring(dateline.end()) : firstParagraph;
        String title = withoutFinalPeriod(shorten(firstSentence(text.strip()), MAX_CHARS));
        return hasLetter(title) ? title : fromFileName(source);
    }

    private static String firstSentence(String text) {
        int limit = Math.min(text.length(), MAX_CHARS + 1);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentenceAt(text, i)) {
                int end = i + 1;
                while (end < text.length() && isClosingQuote(text.charAt(end))) {
                    end++;
                }
                return text.substring(0, end);
            }
        }
        return text;
    }

    private static boolean endsSentenceAt(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && isClosingQuote(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) != ' ') {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean dotted = wordStart > 0 && text.charAt(wordStart - 1) == '.';
        return !initial && !dotted && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The text cut at a word boundary to at most {@code maxChars}, with an ellipsis when cut. */
    static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        if (cut <= maxChars / 2) {
            cut = Character.isHighSurrogate(text.charAt(maxChars - 2)) ? maxChars - 2 : maxChars - 1;
        }
        return withoutDanglingEnd(text.substring(0, cut)) + "\u2026";
    }

    private static String withoutFinalPeriod(String title) {
        boolean period = title.endsWith(".") && !title.endsWith("..");
        return period ? title.substring(0, title.length() - 1) : title;
    }

    /** Drops trailing punctuation and short function words: "…killed by a" reads badly. */
    private static String withoutDanglingEnd(String text) {
        String head = stripTrailingPunctuation(text);
        int space = head.lastIndexOf(' ');
        while (space > 0 && DANGLING_WORDS.contains(head.substring(space + 1).toLowerCase(Locale.ROOT))) {
            head = stripTrailingPunctuation(head.substring(0, space));
            space = head.lastIndexOf(' ');
        }
        return head;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:-\u2013\u2014 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')';
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** "gaza-ceasefire_talks.txt" becomes "gaza ceasefire talks". */
    static String fromFileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String title = stem.replace('-', ' ').replace('_', ' ').strip();
        return title.isEmpty() ? "Untitled" : title;
    }
}
