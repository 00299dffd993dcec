package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Map;
import java.util.Set;

/**
 * Labels for figures that measure something the sentence names around them rather than after them:
 * a dimension ("a strip of land 300 metres wide" -> "width of land") or a margin ("held the seat
 * with a majority of 2,920" -> "size of majority").
 */
final class Measures {
    private static final Map<String, String> DIMENSIONS = WordLists.map(
            "long:length wide:width tall:height " + "high:height deep:depth thick:thickness across:width");
    private static final Set<String> IN = WordLists.set("length width height depth diameter circumference");
    private static final Set<String> MARGINS =
            WordLists.set("majority margin lead deficit shortfall surplus gap advantage");
    private static final Set<String> BETWEEN = WordLists.set("just only about some nearly almost around is are was "
            + "were stands measures measured measuring roughly");

    private Measures() {}

    /** The label of a measure or margin, or null. */
    static String of(Tokens t, Mention m) {
        if (m.kind() == Kind.MEASURE) {
            return dimension(t, m);
        }
        int of = m.first() - 1;
        boolean margin = t.is(of, "of") && MARGINS.contains(t.lower(of - 1));
        return margin ? "size of " + t.lower(of - 1) : null;
    }

    /** "300 metres wide" -> "width of land"; "1.5 miles in length" -> "length of island". */
    private static String dimension(Tokens t, Mention m) {
        int k = m.last() + 1;
        String dimension = DIMENSIONS.get(t.lower(k));
        if (dimension == null && t.is(k, "in") && IN.contains(t.lower(k + 1))) {
            dimension = t.lower(k + 1);
        }
        if (dimension == null) {
            return null;
        }
        Span after = DIMENSIONS.containsKey(t.lower(k)) ? Phrases.nounAfter(t, k + 1, 1) : new Span(0, -1);
        if (!after.isEmpty()) {
            return dimension + " of " + Phrases.words(t, after); // "a three-metre high bridge"
        }
        int before = m.first() - 1;
        while (BETWEEN.contains(t.lower(before)) || t.is(before, "and") && t.isWord(before - 1)) {
            before -= t.is(before, "and") ? skipMeasure(t, before - 1) : 1; // "300 metres wide and 1.5 miles long"
        }
        Span what = Phrases.nounBefore(t, before, 2);
        return what.isEmpty() ? "measured " + dimension : dimension + " of " + Phrases.words(t, what);
    }

    /** How many tokens back from {@code k} an earlier "300 metres wide" reaches, or 1. */
    private static int skipMeasure(Tokens t, int k) {
        int back = 1;
        while (back < 6 && !t.isNumber(k - back + 1) && k - back >= 0) {
            back++;
        }
        return t.isNumber(k - back + 1) ? back + 1 : 1;
    }
}
