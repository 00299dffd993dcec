package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Set;

/**
 * Shares of people described by what they said or are, as polls report them: "55 per cent [are
 * couples]", "48% [were pessimistic]", "a third [said] they would", "Labour [on] 34 per cent".
 */
final class Shares {
    private static final Set<String> BE = WordLists.set("are were is was");
    /** Verbs of opinion: "43 per cent believe he should", "62% say they should be able". */
    private static final Set<String> OPINIONS = WordLists.set("said say says think thought believe believed "
            + "believes feel felt agree agreed disagree disagreed expect expected");
    /** Verbs of choice, whose object a label keeps: "3 per cent backed Camilla". */
    private static final Set<String> CHOICES = WordLists.set("want wanted support supported oppose opposed backed "
            + "back favour favor favoured favored prefer preferred chose choose");

    private static final Set<String> PLURAL_BE = WordLists.set("are were");

    private static final Set<String> ADVERBS = WordLists.set("also still now already currently only just even");

    private Shares() {}

    /** The label of a share followed by what its people are or said, or in a poll; else null. */
    static String of(Tokens t, Mention m) {
        if (m.kind() != Kind.PERCENT && m.kind() != Kind.FRACTION) {
            return null;
        }
        String poll = poll(t, m);
        if (poll != null) {
            return poll;
        }
        int k = m.last() + 1;
        while (ADVERBS.contains(t.lower(k))) {
            k++;
        }
        if (CHOICES.contains(t.lower(k))) {
            Span object = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k + 1), 3);
            boolean whole = !object.isEmpty() && !Phrases.isContent(t, object.last() + 1);
            return whole ? "share who " + t.original(k) + " " + Phrases.words(t, object) : "share of respondents";
        }
        if (OPINIONS.contains(t.lower(k))) {
            return "share of respondents"; // "43 per cent believe he should"
        }
        return BE.contains(t.lower(k)) ? being(t, k) : null;
    }

    /** "are couples" -> "share who are couples"; "were happy with" -> "share who were happy". */
    private static String being(Tokens t, int be) {
        int k = be + 1;
        while (ADVERBS.contains(t.lower(k))) {
            k++;
        }
        boolean against = t.is(k, "against") || t.is(k, "in"); // "are against the plan", "are in favour"
        int start = Phrases.skipDeterminers(t, against ? k + 1 : k);
        Span what = Phrases.nounAfter(t, start, 3);
        boolean participle = what.isEmpty() && t.isWord(k) && t.lower(k).endsWith("ing");
        boolean people = PLURAL_BE.contains(t.lower(be));
        if (participle || !people && t.lower(k).endsWith("ed")) {
            String share = "share " + t.original(k); // "25% were planning to buy", "90 per cent is derived from"
            return FollowingPhrase.withPrepositionalPhrase(t, k + 1, share);
        }
        if (what.isEmpty() || Phrases.isContent(t, what.last() + 1)) {
            return null;
        }
        String link = against ? t.original(k) + " " : "";
        String verb = people ? "who " + t.original(be) + " " : ""; // "another 25 per cent is in drought"
        if (!people && link.isEmpty()) {
            return null;
        }
        String text = "share " + verb + link + Phrases.words(t, what);
        return Words.count(text) <= FigureLabeler.MAX_WORDS ? text : null;
    }

    /** "Camilla on 12 per cent", "Labour trailing on 30 per cent" -> "share for Labour". */
    private static String poll(Tokens t, Mention m) {
        int k = m.first() - 1;
        if (!t.is(k, "on")) {
            return null;
        }
        k--;
        if (t.is(k, ",")) {
            k--;
        }
        if (t.isWord(k) && (t.lower(k).endsWith("ing") || BE.contains(t.lower(k)))) {
            k--; // "trailing on", "is on"
        }
        Span name = Labels.capitalizedBefore(t, k);
        return name.isEmpty() ? null : "share for " + Phrases.words(t, name);
    }
}
