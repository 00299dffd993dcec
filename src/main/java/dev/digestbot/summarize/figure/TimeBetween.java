package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Set;

/**
 * Durations that separate two moments: "two years [ago]", "six minutes [later]", "four days [after]
 * the flood", "five days [prior to] her death", "16 minutes [into] the second half".
 */
final class TimeBetween {
    private static final int MAX_WORDS = FigureLabeler.MAX_WORDS;
    private static final Set<String> LINKS = WordLists.set("into after before since until");
    private static final Set<String> PRONOUNS = WordLists.set("he she they it we i you");
    /** Words between a subject and its verb: "they [had] got engaged", "Bamford [then] doubled". */
    private static final Set<String> AUXILIARIES =
            WordLists.set("had has have was were is are got get then also " + "finally eventually only just");

    private TimeBetween() {}

    /** "ago", "later", "prior to": the label these give the duration before them at {@code k}, or null. */
    static String after(Tokens t, Mention m, int k) {
        if (t.is(k, "ago")) {
            String since = since(t, m);
            return since != null ? since : "time elapsed";
        }
        if (t.is(k, "later") && !t.is(k + 1, "than")) {
            return until(t, m, k);
        }
        if (t.is(k, "prior") && t.is(k + 1, "to")) {
            return object(t, k + 2, "time before "); // "five days prior to her death"
        }
        return null;
    }

    /** "time into the game", "time after the incident", "time since that day". */
    static String link(Tokens t, int k) {
        String word = t.lower(k);
        return LINKS.contains(word) ? object(t, k + 1, "time " + word + " ") : null;
    }

    private static String object(Tokens t, int k, String text) {
        int start = Phrases.skipDeterminers(t, k);
        Span phrase = Phrases.nounAfter(t, start, 3);
        if (phrase.isEmpty() || PrecedingPhrase.isAuxiliary(t.lower(phrase.last() + 1))) {
            return null; // "until the chicken is cooked": a clause, not a moment
        }
        String determiner = start == k + 1 ? t.original(k) + " " : ""; // "time since that day"
        return text + determiner + Phrases.words(t, phrase);
    }

    /** "The four-piece met two years ago" -> "time since four-piece met". */
    private static String since(Tokens t, Mention m) {
        int verb = m.first() - 1;
        while (verb > 0 && PrecedingPhrase.SKIPPED.contains(t.lower(verb))) {
            verb--;
        }
        if (!PrecedingPhrase.isVerb(t, verb)) {
            return null;
        }
        String subject = PrecedingPhrase.subject(t, verb);
        String text = "time since " + (subject == null ? "" : subject + " ") + t.original(verb);
        return Words.count(text) <= MAX_WORDS ? text : "time since " + t.original(verb);
    }

    /**
     * "they got engaged two years later" -> "time until they got engaged"; "Three years later, he
     * presented the show" -> "time until he presented".
     */
    private static String until(Tokens t, Mention m, int later) {
        int verb = m.first() - 1;
        while (verb > 0 && PrecedingPhrase.SKIPPED.contains(t.lower(verb))) {
            verb--;
        }
        int object = verb;
        while (verb > object - 4 && verb > 0 && !isVerb(t, verb) && isObjectWord(t, verb)) {
            verb--; // "Bamford doubled the lead six minutes later"
        }
        if (isVerb(t, verb)) {
            int subject = subjectBefore(t, verb);
            return subject < 0 ? null : sized("time until " + Phrases.words(t, new Span(subject, object)));
        }
        if (!t.atStart(m.first())) {
            return null;
        }
        int k = t.is(later + 1, ",") ? later + 2 : later + 1;
        Span subject =
                PRONOUNS.contains(t.lower(k)) ? new Span(k, k) : Phrases.nounAfter(t, Phrases.skipDeterminers(t, k), 3);
        int after = subject.last() + 1;
        boolean verbAfter = !subject.isEmpty() && isVerb(t, after);
        return verbAfter ? sized("time until " + Phrases.words(t, new Span(subject.first(), after))) : null;
    }

    /** Where the subject of the verb at {@code verb} starts: a pronoun or a short noun phrase; else -1. */
    private static int subjectBefore(Tokens t, int verb) {
        int k = verb - 1;
        while (k > 0 && AUXILIARIES.contains(t.lower(k))) {
            k--;
        }
        if (PRONOUNS.contains(t.lower(k))) {
            return k;
        }
        Span noun = Phrases.nounBefore(t, k, 3);
        return noun.isEmpty() ? -1 : noun.first();
    }

    private static boolean isObjectWord(Tokens t, int k) {
        return Phrases.isContent(t, k) || WordClasses.NOUN_VERBS.contains(t.lower(k)) || t.is(k, "the");
    }

    private static boolean isVerb(Tokens t, int k) {
        String word = t.lower(k);
        boolean past = word.length() > 3 && word.endsWith("ed") && !WordClasses.isNoun(word);
        return t.isWord(k) && !t.isCapitalized(k) && (past || WordClasses.isPastTense(word));
    }

    private static String sized(String text) {
        return Words.count(text) <= MAX_WORDS ? text : null;
    }
}
