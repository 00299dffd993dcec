package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Set;

/** The two sides of a vote: "backed the plan by nine votes to four" -> "votes for", "votes against". */
final class Votes {
    private static final Set<String> VOTES = WordLists.set("votes vote");

    private Votes() {}

    /** "votes for" or "votes against" for a count in "N votes to M", else null. */
    static String of(Tokens t, Mention m) {
        if (m.kind() != Kind.COUNT) {
            return null;
        }
        int k = m.last() + 1;
        if (VOTES.contains(t.lower(k)) && t.is(k + 1, "to") && isCount(t, k + 2)) {
            return "votes for"; // "nine votes to four"
        }
        int before = m.first() - 1;
        boolean against = t.is(before, "to") && VOTES.contains(t.lower(before - 1)) && isCount(t, before - 2);
        return against ? "votes against" : null;
    }

    private static boolean isCount(Tokens t, int k) {
        return t.isNumber(k) || NumberWords.cardinal(t.lower(k)) >= 0;
    }
}
