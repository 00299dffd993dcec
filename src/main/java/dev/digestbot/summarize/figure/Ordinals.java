package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Set;

/**
 * Ordinals that rank or count ("second most visited", "fifth-largest", "the third seed", "his
 * ninth Budget", "50th anniversary") as opposed to those naming a stage ("second round") or meaning
 * "initial" or "another" ("first time", "a second resolution").
 */
final class Ordinals {
    /** Words hyphenated onto an ordinal that make a rank: "fifth-largest", "seventh-seeded". */
    private static final Set<String> RANK_COMPOUNDS =
            WordLists.set("largest biggest best highest lowest most worst richest busiest placed seeded ranked "
                    + "fastest oldest youngest longest smallest strongest tallest heaviest poorest safest "
                    + "greatest leading rated seed place largest-selling highest-paid top");

    /** Words after an ordinal that make it rank or count occurrences. */
    private static final Set<String> RANK_NEXT =
            WordLists.set("most largest biggest best highest lowest worst richest busiest fastest oldest "
                    + "youngest longest smallest strongest greatest leading seed seeded placed ranked "
                    + "consecutive straight successive anniversary annual attempt title budget victory win "
                    + "trip visit album birthday place largest-selling");

    /** Words before an ordinal that make it a rank: "finished third". */
    private static final Set<String> RANKED_AFTER =
            WordLists.set("finished finishing came coming ranked rated placed ranks sits lies");

    private static final Set<String> POSSESSIVES = WordLists.set("his her its their our my your");
    private static final Set<String> CONTRACTIONS =
            WordLists.set("it's that's he's she's there's what's who's let's here's");

    private Ordinals() {}

    /** An ordinal word at {@code i} ("third", "fiftieth"). */
    static Mention word(Tokens t, int i) {
        if (t.isCapitalized(i) && (t.isWord(i - 1) || t.isNumber(i - 1))) {
            return Mention.none(i, i); // "the Second World War", "First Minister"
        }
        return inContext(t, i, i, NumberWords.ordinal(t.lower(i)), false);
    }

    /** An ordinal in digits: the number at {@code n}, its suffix at {@code n + 1} ("21st", "50th"). */
    static Mention digits(Tokens t, int n, double value) {
        int last = n + 1;
        if (NotAFigure.isDayOfMonth(t, n, last) || t.isCapitalized(last + 1)) {
            return Mention.none(n, last); // "October 7th", "42nd Street"
        }
        return inContext(t, n, last, value, true);
    }

    private static Mention inContext(Tokens t, int first, int last, double value, boolean digits) {
        String next = t.lower(last + 1);
        if (t.isJoiner(last + 1)) {
            boolean rank = RANK_COMPOUNDS.contains(t.lower(last + 2));
            return rank ? new Mention(first, last + 2, Kind.RANK, value) : Mention.none(first, last + 2);
        }
        Mention rank = new Mention(first, last, Kind.RANK, value);
        if (NotAFigure.STAGES.contains(next)) {
            return Mention.none(first, last);
        }
        String prev = t.lower(first - 1);
        if (prev.equals("a") || prev.equals("an")) {
            boolean counts = next.equals("consecutive") || next.equals("straight") || next.equals("successive");
            return counts ? rank : Mention.none(first, last);
        }
        if (value == 1) {
            boolean idiom = t.is(first - 1, "the") && t.is(first - 2, "in"); // "in the first place"
            return next.equals("place") && !idiom ? rank : Mention.none(first, last);
        }
        boolean counts = RANK_NEXT.contains(next) || RANKED_AFTER.contains(prev) || isPossessive(t, first - 1);
        return counts || digits ? rank : Mention.none(first, last);
    }

    private static boolean isPossessive(Tokens t, int i) {
        String word = t.lower(i);
        if (POSSESSIVES.contains(word)) {
            return true;
        }
        if (t.is(i, "'") || t.is(i, "’")) {
            return t.glued(i) && t.lower(i - 1).endsWith("s"); // "the players' fifth"
        }
        return t.isWord(i) && (word.endsWith("'s") || word.endsWith("’s")) && !CONTRACTIONS.contains(word);
    }
}
