package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Set;

/** Reads the unit after a number ("two hours", "25 per cent", "1.5bn euros", "60-day") into its value. */
final class Units {
    /** Words after a hyphen that make "one-off"-style adjectives rather than quantities. */
    private static final Set<String> NOT_QUANTITY_COMPOUNDS =
            WordLists.set("way sided off state tier faced liner liners on up time piece");

    private static final Set<String> TIMES_FOLLOWERS =
            WordLists.set("as more higher larger bigger greater faster longer the that its their his her what");

    private static final Set<String> DIMENSIONS = WordLists.set("long tall high wide deep thick away old");

    private Units() {}

    /** Extends {@code m}, which ends on a bare number, over the scale words and unit that follow it. */
    static Mention extend(Tokens t, Mention m) {
        Mention scaled = scale(t, m);
        Mention unit = unit(t, scaled);
        return unit != null ? unit : scaled;
    }

    private static Mention scale(Tokens t, Mention m) {
        int last = m.last();
        double number = m.number();
        while (NumberWords.scale(t.lower(last + 1)) > 0 && !t.isJoiner(last + 2)) {
            number *= NumberWords.scale(t.lower(last + 1));
            last++;
        }
        return last == m.last() ? m : m.withEnd(last, m.kind(), number);
    }

    private static Mention unit(Tokens t, Mention m) {
        int next = m.last() + 1;
        String word = t.lower(next);
        if (t.isJoiner(next)) {
            return compound(t, m, next + 1);
        }
        Mention ratio = percentOrMoney(t, m, next);
        if (ratio != null) {
            return ratio;
        }
        if (t.isJoiner(next + 1) && !(t.is(next + 1, "-") && t.is(next + 2, "old"))) {
            return null; // "two second-half goals": the word belongs to the next compound
        }
        if (NumberWords.TIME_UNITS.contains(word)) {
            if (word.startsWith("year") && t.is(next + 1, "old")) {
                return m.withEnd(next + 1, Kind.AGE, m.number()); // "44 years old"
            }
            boolean ofAge = word.startsWith("year") && t.is(next + 1, "of") && t.is(next + 2, "age");
            return m.withEnd(ofAge ? next + 2 : next, ofAge ? Kind.AGE : Kind.DURATION, m.number());
        }
        if (word.equals("square") && NumberWords.MEASURE_UNITS.contains(t.lower(next + 1))) {
            return m.withEnd(next + 1, Kind.MEASURE, m.number());
        }
        if (NumberWords.MEASURE_UNITS.contains(word)) {
            return m.withEnd(next, Kind.MEASURE, m.number());
        }
        return null;
    }

    /** "25%", "25 per cent", "three times as many", "250 euros", "10 US dollars". */
    private static Mention percentOrMoney(Tokens t, Mention m, int next) {
        String word = t.lower(next);
        String after = t.lower(next + 1);
        if (word.equals("%") || word.equals("percent")) {
            return m.withEnd(next, Kind.PERCENT, m.number());
        }
        if ((word.equals("per") && after.equals("cent")) || (word.equals("percentage") && after.startsWith("point"))) {
            return m.withEnd(next + 1, Kind.PERCENT, m.number());
        }
        if (word.equals("times") && (TIMES_FOLLOWERS.contains(after) || after.endsWith("'s"))) {
            return m.withEnd(next, Kind.MULTIPLE, m.number()); // "three times as many", "2.5 times Labour's"
        }
        if (word.equals("us") && after.startsWith("dollar")) {
            return m.withEnd(next + 1, Kind.MONEY, m.number());
        }
        if (NumberWords.CURRENCY_WORDS.contains(word)) {
            return m.withEnd(next, Kind.MONEY, m.number()); // also "530 pence-a-share"
        }
        return null;
    }

    /** A unit used as an adjective: "60-day ceasefire", "a twenty year period", "a three-metre bridge". */
    static boolean isAdjectival(Tokens t, Mention m) {
        if (t.isJoiner(m.last() - 1)) {
            return true;
        }
        String unit = t.lower(m.last());
        boolean singular = NumberWords.TIME_UNITS.contains(unit) && !unit.endsWith("s") && m.number() != 1;
        boolean measure = NumberWords.MEASURE_UNITS.contains(unit) && m.kind() == Kind.MEASURE;
        String next = t.lower(m.last() + 1);
        boolean noun = Phrases.isContent(t, m.last() + 1)
                && !next.endsWith("ing")
                && !next.endsWith("ed")
                && !DIMENSIONS.contains(next); // "six inches long" is a measure, not "a six-inch long"
        return (singular || measure) && noun; // "25lb weight gain", "10km race"
    }

    /** "60-day", "36-year-old", "20-yard", "four-time", "10-fold"; null for "one-off" and the like. */
    private static Mention compound(Tokens t, Mention m, int at) {
        if (!t.isWord(at)) {
            return null;
        }
        String word = t.lower(at);
        boolean old = t.isJoiner(at + 1) && (t.is(at + 2, "old") || t.is(at + 2, "olds"));
        if (old && NumberWords.TIME_UNITS.contains(word)) {
            return m.withEnd(at + 2, Kind.AGE, m.number()); // "36-year-old", "six-month-old"
        }
        if (word.equals("fold")) {
            return m.withEnd(at, Kind.MULTIPLE, m.number());
        }
        if (NumberWords.TIME_UNITS.contains(word)) {
            return m.withEnd(at, Kind.DURATION, m.number());
        }
        if (NumberWords.MEASURE_UNITS.contains(word) || NumberWords.CURRENCY_WORDS.contains(word)) {
            return m.withEnd(at, Kind.MEASURE, m.number());
        }
        if (NOT_QUANTITY_COMPOUNDS.contains(word) || (m.number() == 1 && m.first() == m.last())) {
            return Mention.none(m.first(), at);
        }
        return m.withEnd(at, m.kind(), m.number());
    }
}
