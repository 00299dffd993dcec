package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figures of one sentence: numbers in digits ("£173", "A$458.4m", "25%", "3-1", "50th")
 * and, through {@link WordFigures}, in words. Numbers that are not figures are read and skipped.
 */
final class FigureFinder {
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> ATHLETICS_EVENTS = WordLists.set(
            "sprint hurdles race final freestyle butterfly backstroke breaststroke medley relay world indoor title "
                    + "heat heats semi-final event gold silver bronze champion");
    private static final Set<String> CLOCK_PREPOSITIONS = WordLists.set("at until till by from after before around");
    private static final Set<String> CALLS = WordLists.set("call called calling dial dialled dialed dialling rang");
    private static final Set<String> CLOCK_SUFFIXES = WordLists.set("am pm a p gmt bst hrs h");

    /** Words after "3-1" that still make it a score, not a range. */
    private static final Set<String> SCORE_NOUNS =
            WordLists.set("wins victories defeats losses draws scorelines thrashings votes verdicts");

    private FigureFinder() {}

    static List<Mention> find(Tokens t) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Mention m = at(t, i);
            if (m != null && m.isFigure()) {
                out.add(m);
            }
            i = m == null ? i + 1 : Math.max(i + 1, m.last() + 1);
        }
        return out;
    }

    private static Mention at(Tokens t, int i) {
        return switch (t.type(i)) {
            case CURRENCY -> t.isNumber(i + 1) ? digits(t, i, i + 1, true) : null;
            case NUMBER -> digits(t, i, i, false);
            case WORD -> WordFigures.at(t, i);
            case SYMBOL -> null;
        };
    }

    /** A number in digits at token {@code n}, after a currency sign at {@code first} if {@code money}. */
    private static Mention digits(Tokens t, int first, int n, boolean money) {
        double value = value(t.lower(n));
        boolean entity = t.is(n - 1, "#") && t.is(n - 2, "&"); // "&#191;" left by a careless scrape
        if ((!money && NotAFigure.isGluedToName(t, n)) || t.is(n - 1, "+") || isDecadeApostrophe(t, n) || entity) {
            return Mention.none(first, n);
        }
        boolean gluedPair = (t.is(n + 1, ":") || t.is(n + 1, "/")) && t.glued(n + 1) && t.glued(n + 2);
        if (gluedPair && t.isNumber(n + 2)) {
            return Mention.none(first, n + 2); // "14:00", "2001/2", "9/11"
        }
        if (t.isJoiner(n + 1) && t.isNumber(n + 2)) {
            return pair(t, first, n, money);
        }
        if (t.isWord(n + 1) && t.glued(n + 1)) {
            return suffixed(t, first, n, value, money);
        }
        if ((t.is(n + 1, "'") || t.is(n + 1, "’")) && t.glued(n + 1) && t.is(n + 2, "s") && t.glued(n + 2)) {
            return Mention.none(first, n + 2); // "the 1990's"
        }
        Mention m = Units.extend(t, new Mention(first, n, money ? Kind.MONEY : Kind.COUNT, value));
        if (m.kind() == Kind.DURATION) {
            return duration(t, m, n);
        }
        return m.kind() == Kind.COUNT && m.last() == n ? plain(t, WordFigures.ratio(t, m)) : m;
    }

    /** "on 75 minutes" is the match clock; "despite his 69 years" an age. */
    private static Mention duration(Tokens t, Mention m, int n) {
        boolean clock = t.is(n - 1, "on") || t.is(n - 1, "at");
        if (clock && t.lower(m.last()).startsWith("min")) {
            return Mention.none(m.first(), m.last());
        }
        boolean lifetime =
                (t.is(n - 1, "his") || t.is(n - 1, "her") || t.is(n - 1, "their")) && t.is(m.last(), "years");
        boolean aged = t.is(n - 1, "of") && t.is(n - 2, "age"); // "at the age of 122 years"
        boolean apposition =
                t.is(n - 1, ",") && t.isCapitalized(n - 2) && !t.isWord(m.last() + 1); // "Thomas, 11 months"
        return lifetime || aged || apposition ? m.withEnd(m.last(), Kind.AGE, m.number()) : m;
    }

    /** "14m", "1.5bn", "21st", "50p", "20km"; "1990s", "5pm" and "3G" are not figures. */
    private static Mention suffixed(Tokens t, int first, int n, double value, boolean money) {
        String suffix = t.lower(n + 1);
        Kind kind = money ? Kind.MONEY : Kind.COUNT;
        double scale = NumberWords.suffixScale(suffix);
        Mention notAScale = money ? null : notAScale(t, first, n, value);
        if (notAScale != null) {
            return notAScale;
        }
        if (scale > 0 && !t.isNumber(n + 2)) {
            return Units.extend(t, new Mention(first, n + 1, kind, value * scale));
        }
        if (ORDINAL_SUFFIXES.contains(suffix) && !money) {
            return Ordinals.digits(t, n, value);
        }
        if (suffix.equals("p")) {
            return new Mention(first, n + 1, Kind.MONEY, value);
        }
        if (suffix.equals("pc")) {
            return new Mention(first, n + 1, Kind.PERCENT, value);
        }
        if (suffix.equals("x") && !t.isNumber(n + 2)) {
            return new Mention(first, n + 1, Kind.MULTIPLE, value);
        }
        if (CLOCK_SUFFIXES.contains(suffix)) {
            return Mention.none(first, n + 1);
        }
        if (NumberWords.TIME_UNITS.contains(suffix)) {
            return new Mention(first, n + 1, Kind.DURATION, value);
        }
        if (NumberWords.MEASURE_UNITS.contains(suffix)) {
            return new Mention(first, n + 1, Kind.MEASURE, value);
        }
        return Mention.none(first, n + 1); // "1990s", "3G", "4x4"
    }

    /** "the men's 200m", "10,000m" and "4K" look like scaled numbers but are not. */
    private static Mention notAScale(Tokens t, int first, int n, double value) {
        String suffix = t.lower(n + 1);
        if (suffix.equals("m") && isAthleticsEvent(t, n)) {
            return Mention.none(first, n + 1); // "the men's 200m", "the 1500m world record"
        }
        if (suffix.equals("m") && t.lower(n).indexOf(',') > 0) {
            return new Mention(first, n + 1, Kind.MEASURE, value); // "10,000m" is metres, not ten billion
        }
        if (suffix.equals("k") && t.original(n + 1).equals("K") && value < 10) {
            return Mention.none(first, n + 1); // "4K" pictures
        }
        return null;
    }

    private static boolean isAthleticsEvent(Tokens t, int n) {
        String before = t.lower(n - 1);
        return ATHLETICS_EVENTS.contains(t.lower(n + 2)) || before.equals("men's") || before.equals("women's");
    }

    /** "3-1" is a score; "2003-04" a season; "10-15 people" and "$5-10m" ranges of two figures. */
    private static Mention pair(Tokens t, int first, int n, boolean money) {
        int second = n + 2;
        if (t.isJoiner(second + 1) && t.isNumber(second + 2)) {
            int end = second;
            while (t.isJoiner(end + 1) && t.isNumber(end + 2)) {
                end += 2;
            }
            return Mention.none(first, end); // "1-800-555-0100", "4-4-2"
        }
        String a = t.lower(n);
        String b = t.lower(second);
        if (NotAFigure.isYearLike(a) || NotAFigure.isGluedToName(t, n)) {
            return Mention.none(first, second);
        }
        boolean named = NotAFigure.followsName(t, n) && value(a) >= 100;
        if (named || NotAFigure.isClock(t, second + 1) || NotAFigure.isDayOfMonth(t, n, second)) {
            return Mention.none(first, second);
        }
        boolean suffix = t.isWord(second + 1) && t.glued(second + 1);
        if (suffix && NumberWords.suffixScale(t.lower(second + 1)) == 0) {
            return Mention.none(first, second + 1); // "3-4pm"
        }
        if (money || suffix || isRangeUnit(t, second + 1)) {
            return new Mention(first, n, money ? Kind.MONEY : Kind.COUNT, value(a));
        }
        return new Mention(first, second, Kind.SCORE, value(a) * 1000 + value(b));
    }

    private static boolean isRangeUnit(Tokens t, int i) {
        String word = t.lower(i);
        if (word.equals("%") || word.equals("per") || word.equals("percent") || NumberWords.isUnit(word)) {
            return true;
        }
        if (NumberWords.scale(word) > 0) {
            return true;
        }
        boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
        return t.isWord(i) && !t.isCapitalized(i) && plural && !SCORE_NOUNS.contains(word);
    }

    /** Checks on a bare number ("53", "1,200", "2004") that has no unit. */
    private static Mention plain(Tokens t, Mention m) {
        if (m.kind() != Kind.COUNT) {
            return m;
        }
        int n = m.first();
        String digits = t.lower(n);
        if (t.isNumber(n + 1) && !t.glued(n + 1)) {
            int end = n + 1;
            while (t.isNumber(end + 1) && !t.glued(end + 1)) {
                end++;
            }
            return Mention.none(n, end); // "0800 028 9276"
        }
        if (digits.length() > 1 && digits.startsWith("0") && !digits.startsWith("0.")) {
            return Mention.none(n, n); // a phone or reference number
        }
        if (isClockTime(t, n) || isListNumber(t, n) || CALLS.contains(t.lower(n - 1))) {
            return Mention.none(n, n); // "at 7.30", "1." opening a list, "called 911"
        }
        boolean grouped = digits.indexOf(',') > 0;
        if (!grouped && digits.length() >= 4 && digits.indexOf('.') < 0 && !countsNoun(t, n + 1)) {
            return Mention.none(n, n); // "the 3230 and 7710": model numbers; counts this big carry a comma
        }
        if (NotAFigure.isYear(t, n) || NotAFigure.isDayOrHour(t, n, n)) {
            return Mention.none(n, n);
        }
        if ((!grouped && NotAFigure.followsName(t, n)) || NotAFigure.isStreetNumber(t, n)) {
            return Mention.none(n, n); // "Channel 4", "10 Downing Street"
        }
        return WordFigures.age(t, m);
    }

    private static boolean countsNoun(Tokens t, int i) {
        String word = t.lower(i);
        return t.isWord(i) && !t.isCapitalized(i) && word.endsWith("s") && !NumberWords.TIME_UNITS.contains(word);
    }

    /** "at 7.30", "until 11.45": hours and minutes written with a point. */
    private static boolean isClockTime(Tokens t, int n) {
        String s = t.lower(n);
        int point = s.indexOf('.');
        if (point < 1 || point > 2 || s.length() - point != 3 || !CLOCK_PREPOSITIONS.contains(t.lower(n - 1))) {
            return false;
        }
        return Integer.parseInt(s.substring(0, point)) <= 24 && Integer.parseInt(s.substring(point + 1)) < 60;
    }

    /** "1." or "2)" numbering a list item, at the start of a sentence or run on after the last. */
    private static boolean isListNumber(Tokens t, int n) {
        boolean item = t.atStart(n) || t.is(n - 1, ".");
        return item && (t.is(n + 1, ".") || t.is(n + 1, ")")) && (n + 2 >= t.size() || t.isCapitalized(n + 2));
    }

    private static boolean isDecadeApostrophe(Tokens t, int n) {
        return (t.is(n - 1, "'") || t.is(n - 1, "’"))
                && t.glued(n)
                && t.lower(n).length() == 2;
    }

    /** The value of digits as written: "5,000" -> 5000, "8½" -> 8.5. */
    static double value(String digits) {
        double extra = 0;
        String s = digits;
        char last = s.charAt(s.length() - 1);
        if (last == '½' || last == '¼' || last == '¾') {
            extra = last == '½' ? 0.5 : last == '¼' ? 0.25 : 0.75;
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return extra;
        }
        s = s.replace(",", "");
        try {
            return Double.parseDouble(s) + extra;
        } catch (NumberFormatException e) {
            return extra; // "1.2.3": a section number, valued at nothing
        }
    }
}
