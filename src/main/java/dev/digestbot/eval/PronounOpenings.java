package dev.digestbot.eval;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts summary sentences that open with a pronoun ("He said...", "This was...") while the
 * article sentence just before them, where the pronoun's antecedent usually is, was left out of
 * the summary. Such a summary reads as if something were missing. The article's first sentence
 * is never counted, as nothing before it was left out; a summary sentence that is not an article
 * sentence is counted when it opens with a pronoun, as its context is unknown.
 */
public final class PronounOpenings {
    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "it", "they", "him", "her", "his", "hers", "its", "their", "theirs", "them", "this", "that",
            "these", "those");

    /** After "this" or "these", words that point at the calendar, not back at the text. */
    private static final Set<String> DEICTIC_TIMES = Set.of(
            "week",
            "weekend",
            "month",
            "year",
            "morning",
            "afternoon",
            "evening",
            "season",
            "summer",
            "winter",
            "spring",
            "autumn",
            "days",
            "weeks",
            "months",
            "years");

    private PronounOpenings() {}

    /** Dangling pronoun openings out of all summary sentences. */
    public static Ratio count(ArticleText article, List<String> summary) {
        List<Sentence> sentences = article.sentences();
        int flagged = 0;
        int previous = -1;
        int next = 0;
        for (String text : summary) {
            int index = indexOf(sentences, text, next);
            if (opensWithPronoun(text) && (index < 0 || index > 0 && index - 1 != previous)) {
                flagged++;
            }
            if (index >= 0) {
                previous = index;
                next = index + 1;
            }
        }
        return new Ratio(flagged, summary.size());
    }

    /** The index of the first sentence at or after {@code from} with this text, else -1. */
    private static int indexOf(List<Sentence> sentences, String text, int from) {
        for (int i = from; i < sentences.size(); i++) {
            if (sentences.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the first word is a personal, possessive or demonstrative pronoun. */
    static boolean opensWithPronoun(String sentence) {
        int start = skipSpaces(sentence, 0);
        int end = skipLetters(sentence, start);
        String first = sentence.substring(start, end).toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(first)) {
            return false;
        }
        if (!first.equals("this") && !first.equals("these")) {
            return true;
        }
        int next = skipSpaces(sentence, end);
        return !DEICTIC_TIMES.contains(
                sentence.substring(next, skipLetters(sentence, next)).toLowerCase(Locale.ROOT));
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipLetters(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
