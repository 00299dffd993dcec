package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Set;

/**
 * Sums paid per unit: "£9.15 an hour", "£64 a ticket", "€850 per night", "£2.39 each", "£14.95 for
 * 100ml". The unit goes into the label: "living wage per hour", "price per ticket".
 */
final class Rates {
    private static final Set<String> PER = WordLists.set("a an per each every");
    private static final Set<String> PERIODS = WordLists.set("hour day night week month year annum season");

    private Rates() {}

    /** The label with the unit the sum is paid per, or the label unchanged. */
    static String perUnit(Tokens t, Mention m, String label) {
        if (m.kind() != Kind.MONEY || label.contains(" per ") || label.contains(" each")) {
            return label;
        }
        int k = FollowingPhrase.skipConversion(t, m, m.last() + 1);
        boolean unknown = label.equals(Labels.fallback(Kind.MONEY, ""));
        if (t.is(k, "each")) {
            return unknown ? "price each" : label;
        }
        if (t.is(k, "for") && t.isNumber(k + 1) && t.glued(k + 2) && unknown) {
            return "price for " + t.text(k + 1, k + 2); // "£14.95 for 100ml"
        }
        if (!PER.contains(t.lower(k)) || !t.isWord(k + 1) || !Phrases.isContent(t, k + 1) && !isPeriod(t, k + 1)) {
            return label;
        }
        String unit = t.lower(k + 1);
        if (unknown) {
            return (isPeriod(t, k + 1) ? "amount per " : "price per ") + unit; // "£64 a ticket"
        }
        if (label.contains(unit)) {
            return label; // "amount of year"
        }
        String per = label + " per " + unit;
        return Words.count(per) <= FigureLabeler.MAX_WORDS ? per : label;
    }

    /** "£2.39 each", "£64 a ticket": a sum followed by the unit it is paid per. */
    static boolean isPerUnit(Tokens t, Mention m) {
        int k = FollowingPhrase.skipConversion(t, m, m.last() + 1);
        return t.is(k, "each") || PER.contains(t.lower(k)) && Phrases.isContent(t, k + 1);
    }

    private static boolean isPeriod(Tokens t, int k) {
        return PERIODS.contains(t.lower(k));
    }
}
