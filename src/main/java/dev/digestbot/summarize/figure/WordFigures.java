package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Set;

/**
 * Figures written in words: "ten", "twenty-five", "Five million", "a third", "one-fifth", "three
 * quarters", "half", "top-five", "number three", "tenfold", and ordinals through {@link Ordinals}.
 */
final class WordFigures {
    /** Words before "one" that make it a count rather than a pronoun: "only one issue". */
    private static final Set<String> ONE_QUANTIFIERS =
            WordLists.set("only just exactly least than nearly almost roughly approximately barely");

    /** Words after "a third" that keep it a fraction ("a third of", "by a third in"). */
    private static final Set<String> AFTER_FRACTION =
            WordLists.set("of in on for to and or but than since from with at by while were was is are have had "
                    + "has will would could can may more less fewer last this over between compared year");

    /** Words after "half" that make it a fraction: "half of", "half the", "half that". */
    private static final Set<String> AFTER_HALF =
            WordLists.set("of the that its their his her our all those these them");

    private static final Set<String> PERSONAL_PRONOUNS = WordLists.set("he she i we they you");
    private static final Set<String> TURNING = WordLists.set("turn turns turned turning");
    private static final Set<String> AGE_ENDS = WordLists.set(", . but and when ; - –");
    private static final Set<String> APPOSITION_END = WordLists.set(", . ) ; said who was is has and - – —");

    private WordFigures() {}

    /** The figure in words that starts at token {@code i}, or null. */
    static Mention at(Tokens t, int i) {
        if (!t.mayStartFigure(i)) {
            return null;
        }
        String word = t.lower(i);
        switch (word) {
            case "a", "an" -> {
                return article(t, i);
            }
            case "top" -> {
                return top(t, i);
            }
            case "number", "no" -> {
                return numbered(t, i);
            }
            case "half" -> {
                return half(t, i);
            }
            case "million", "billion" -> {
                boolean milestone = NumberWords.ordinal(t.lower(i - 1)) > 0 || t.is(i - 1, "next");
                return milestone ? new Mention(i, i, Kind.COUNT, NumberWords.scale(word)) : null;
            }
            default -> {
                // a number word, handled below
            }
        }
        if (NumberWords.fold(word) > 0) {
            return new Mention(i, i, Kind.MULTIPLE, NumberWords.fold(word));
        }
        if (NumberWords.cardinal(word) > 0) {
            return cardinal(t, i);
        }
        return NumberWords.ordinal(word) > 0 ? Ordinals.word(t, i) : null;
    }

    private static Mention cardinal(Tokens t, int i) {
        if (isNotACount(t, i)) {
            return Mention.none(i, i);
        }
        int value = NumberWords.cardinal(t.lower(i));
        int last = i;
        int unit = NumberWords.cardinal(t.lower(i + 2));
        if (value >= 20 && value % 10 == 0 && t.isJoiner(i + 1) && unit >= 1 && unit <= 9) {
            value += unit;
            last = i + 2;
        }
        Mention fraction = fraction(t, i, last, value);
        if (fraction != null) {
            return fraction;
        }
        Mention m = ratio(t, Units.extend(t, andAHalf(t, new Mention(i, last, Kind.COUNT, value))));
        boolean bare = m.kind() == Kind.COUNT && m.last() == last;
        if (bare && NotAFigure.isDayOrHour(t, i, last)) {
            return Mention.none(i, last); // "three or four in the morning"
        }
        boolean oneDay = m.kind() == Kind.DURATION && (t.is(m.last(), "day") || t.is(m.last(), "night"));
        if (value == 1 && (bare || oneDay) && !oneCounts(t, i)) {
            return Mention.none(i, m.last()); // "one of the", "no one", "one day"
        }
        return m;
    }

    /** "Channel Four", "Five Live", "back-five", "the last eight": number words that name, not count. */
    private static boolean isNotACount(Tokens t, int i) {
        boolean named = t.isWord(i - 1) || t.isNumber(i - 1) || (!t.atStart(i) && t.isCapitalized(i + 1));
        boolean stage = t.is(i - 1, "last") && t.is(i - 2, "the") && !Phrases.isContent(t, i + 1);
        return (t.isCapitalized(i) && named) || (t.isJoiner(i - 1) && t.isWord(i - 2)) || stage;
    }

    /** "two and a half", "two-and-a-half". */
    private static Mention andAHalf(Tokens t, Mention m) {
        int last = m.last();
        if (t.is(last + 1, "and") && t.is(last + 2, "a") && t.is(last + 3, "half")) {
            return m.withEnd(last + 3, Kind.COUNT, m.number() + 0.5);
        }
        if (t.isJoiner(last + 1) && t.is(last + 2, "and") && t.is(last + 4, "a") && t.is(last + 6, "half")) {
            return m.withEnd(last + 6, Kind.COUNT, m.number() + 0.5);
        }
        return m;
    }

    /** "one-fifth", "two-thirds", "three quarters", "one third". */
    private static Mention fraction(Tokens t, int first, int last, int value) {
        boolean hyphen = t.isJoiner(last + 1);
        int at = hyphen ? last + 2 : last + 1;
        String word = t.lower(at);
        int denominator = NumberWords.denominator(word);
        if (denominator == 0 || t.isJoiner(at + 1) || (!hyphen && t.glued(at))) {
            return null;
        }
        boolean plural = word.endsWith("s");
        if (plural == (value == 1) || (denominator == 2 && !hyphen)) {
            return null;
        }
        return new Mention(first, at, Kind.FRACTION, (double) value / denominator);
    }

    /** "a million", "a dozen", "a third of"; "a year" and "a third term" are not figures. */
    private static Mention article(Tokens t, int i) {
        String next = t.lower(i + 1);
        double scale = NumberWords.scale(next);
        if (scale > 0 && !t.isJoiner(i + 2)) {
            return Units.extend(t, new Mention(i, i + 1, Kind.COUNT, scale));
        }
        int denominator = NumberWords.denominator(next);
        boolean singular = denominator > 2 && !next.endsWith("s");
        boolean fractionFollows = !t.isWord(i + 2) || AFTER_FRACTION.contains(t.lower(i + 2));
        if (singular && fractionFollows && !t.isJoiner(i + 2)) {
            return new Mention(i, i + 1, Kind.FRACTION, 1.0 / denominator);
        }
        return null;
    }

    /** "top 20", "top-five", "the top three". */
    private static Mention top(Tokens t, int i) {
        int at = t.isJoiner(i + 1) ? i + 2 : i + 1;
        String word = t.lower(at);
        boolean digits = t.isNumber(at) && !(t.isWord(at + 1) && t.glued(at + 1));
        double value = digits ? FigureFinder.value(word) : NumberWords.cardinal(word);
        boolean percent = t.is(at + 1, "%") || t.is(at + 1, "per") || t.is(at + 1, "percent");
        if (value <= 0 || percent || t.isJoiner(at + 1)) {
            return null;
        }
        return new Mention(i, at, Kind.RANK, value);
    }

    /** "number three", "world No 1"; not "number of", "No 10" (Downing Street) or a "number 10 shirt". */
    private static Mention numbered(Tokens t, int i) {
        int at = t.is(i + 1, ".") && t.glued(i + 1) ? i + 2 : i + 1;
        boolean digits = t.isNumber(at) && !(t.isWord(at + 1) && t.glued(at + 1));
        if (t.is(i, "no") && !(t.isCapitalized(i) && digits)) {
            return null;
        }
        double value = digits ? FigureFinder.value(t.lower(at)) : NumberWords.cardinal(t.lower(at));
        if (value <= 0 || t.isJoiner(at + 1)) {
            return null;
        }
        String after = t.lower(at + 1);
        boolean shirt = after.equals("shirt") || after.equals("jersey");
        if (shirt || (value == 10 && t.isCapitalized(i)) || t.isCapitalized(at + 1)) {
            return Mention.none(i, at); // "Number 10", "number eight Imanol Harinordoquy"
        }
        return new Mention(i, at, Kind.RANK, value);
    }

    /** "half of", "half that", "half a million", "half an hour"; not "first half" or "half-time". */
    private static Mention half(Tokens t, int i) {
        String prev = t.lower(i - 1);
        if (t.isJoiner(i + 1) || NumberWords.ordinal(prev) > 0 || prev.equals("the") || prev.equals("other")) {
            return null;
        }
        String next = t.lower(i + 1);
        boolean article = next.equals("a") || next.equals("an");
        double scale = NumberWords.scale(t.lower(i + 2));
        if (article && scale > 0) {
            return Units.extend(t, new Mention(i, i + 2, Kind.COUNT, scale / 2));
        }
        if (article && NumberWords.TIME_UNITS.contains(t.lower(i + 2))) {
            return new Mention(i, i + 2, Kind.DURATION, 0.5);
        }
        boolean fraction = AFTER_HALF.contains(next) || prev.equals("by");
        return fraction ? new Mention(i, i, Kind.FRACTION, 0.5) : null;
    }

    /** Extends a count into a ratio: "one in 10,000", "6 in 10", "nine out of 10". */
    static Mention ratio(Tokens t, Mention m) {
        int k = m.last() + 1;
        int at = t.is(k, "in") ? k + 1 : t.is(k, "out") && t.is(k + 1, "of") ? k + 2 : -1;
        if (m.kind() != Kind.COUNT || at < 0 || NumberWords.isUnit(t.lower(at + 1))) {
            return m;
        }
        String word = t.lower(at);
        boolean digits = t.isNumber(at) && !NotAFigure.isYearLike(word) && !t.glued(at + 1);
        double whole = digits ? FigureFinder.value(word) : NumberWords.cardinal(word);
        if (whole <= 1 || whole <= m.number() || t.is(at + 1, "%")) {
            return m;
        }
        return new Mention(m.first(), at, Kind.RATIO, m.number() / whole);
    }

    /** A bare number that gives someone's age: "Hynde, 53,", "aged 21", "at the age of 24". */
    static Mention age(Tokens t, Mention m) {
        int n = m.first();
        double value = m.number();
        if (value < 1 || value > 120 || value != Math.rint(value)) {
            return m;
        }
        String prev = t.lower(n - 1);
        boolean aged = prev.equals("aged") || prev.equals("age") || (prev.equals("of") && t.is(n - 2, "age"));
        int verb = ONE_QUANTIFIERS.contains(prev) ? n - 2 : n - 1;
        boolean person = (t.isCapitalized(verb - 1) && Phrases.isContent(t, verb - 1))
                || PERSONAL_PRONOUNS.contains(t.lower(verb - 1));
        boolean named = (t.is(verb, "is") || t.is(verb, "was")) && person;
        boolean ends = AGE_ENDS.contains(t.lower(n + 1)) || n + 1 >= t.size();
        aged |= (named || TURNING.contains(prev)) && ends; // "Charlie is only 11 but", "when they turn 18"
        aged |= prev.equals("now") && (t.is(n - 2, ",") || t.atStart(n - 1)) && ends; // "Michelle Knight, now 34,"
        int name = t.is(n - 2, ")") ? openingBracket(t, n - 2) - 1 : n - 2; // "Grant Allen (left), 38"
        boolean apposition = prev.equals(",")
                && t.isCapitalized(name)
                && (APPOSITION_END.contains(t.lower(n + 1)) || n + 1 >= t.size());
        return aged || apposition ? m.withEnd(m.last(), Kind.AGE, value) : m;
    }

    private static int openingBracket(Tokens t, int close) {
        for (int k = close - 1; k >= 0 && k > close - 6; k--) {
            if (t.is(k, "(")) {
                return k;
            }
        }
        return close;
    }

    private static boolean oneCounts(Tokens t, int i) {
        return ONE_QUANTIFIERS.contains(t.lower(i - 1)) && !t.is(i + 1, "of");
    }
}
