package dev.digestbot.summarize.figure;

import java.util.Set;

/**
 * The contexts in which a number is not a figure: dates, years, times of day, names ("Channel 4",
 * "G8", "Windows 95"), phone numbers, and ordinals that name a stage ("second round").
 */
final class NotAFigure {
    private static final Set<String> MONTHS =
            WordLists.set("january february march april may june july august september october november "
                    + "december jan feb mar apr jun jul aug sep sept oct nov dec");

    private static final Set<String> STREETS =
            WordLists.set("street road avenue lane square place drive way terrace crescent gardens row close");
    private static final Set<String> PARTS_OF_DAY = WordLists.set("morning afternoon evening night");
    private static final Set<String> RANGE_WORDS = WordLists.set("to - – and or until till");

    private static final Set<String> CLOCK = WordLists.set(
            "am pm gmt bst est edt cst cdt mst mdt pst pdt et pt utc cet cest hrs o'clock o’clock " + "h local");

    /** Words before a year ("in 2004", "since 1997", "the 2004 season"). */
    private static final Set<String> BEFORE_YEAR =
            WordLists.set("in since of by from to until till between and during before after early late mid the "
                    + "around circa through throughout for than or spring summer autumn winter fall year "
                    + "its their his her our this that a an - – ,");

    /** Nouns that a number identifies rather than counts ("flight 370", "chapter 11"). */
    private static final Set<String> IDENTIFIED =
            WordLists.set("version chapter article section clause page room flight route platform gate bus line "
                    + "level channel radio episode series season part phase stage round game track studio "
                    + "grade junction exit terminal model category division type vol volume issue "
                    + "proposition amendment paragraph rule figure table highway interstate apartment suite "
                    + "unit lot box pier ward block no year week day match test");

    /** Capitalized words that may come straight before a figure: sentence openers, not names. */
    private static final Set<String> OPENERS =
            WordLists.set("about around some only just nearly almost more over under up all the in at on by for "
                    + "from with since after before and but of to roughly approximately exactly another "
                    + "those these its his her their our my your last fewer less than between among during "
                    + "until each every while when if as so yet barely fully least most already now still "
                    + "then also even both however a an they we it he she you there that this what which "
                    + "who where why how");

    /** Nouns after an ordinal that make it name a stage or period, not a rank or a count. */
    static final Set<String> STAGES =
            WordLists.set("half halves round rounds leg set quarter period innings inning day minute hour stage "
                    + "phase week game match tier reading world floor grade year generation division class "
                    + "team time test semester wave string lap hole over series person hand thought "
                    + "thoughts opinion nature language rate city home cousin degree row line league choice "
                    + "officer aid party sector instance century centuries amendment night month session "
                    + "step heat draft batch part chapter episode level gear base estate lieutenant "
                    + "secretary minister mate name grader graders semi resolution chance look");

    private NotAFigure() {}

    static boolean isMonth(Tokens t, int i) {
        return t.isCapitalized(i) && MONTHS.contains(t.lower(i));
    }

    /** A day of the month: "15 March", "October 7", "the 5th of May". */
    static boolean isDayOfMonth(Tokens t, int first, int last) {
        return isMonth(t, first - 1)
                || isMonth(t, last + 1)
                || (t.is(last + 1, "of") && isMonth(t, last + 2))
                || (t.is(first - 1, ".") && isMonth(t, first - 2));
    }

    /** A time of day: the token after the number is "GMT", "pm", "a.m.", "in the morning" and so on. */
    static boolean isClock(Tokens t, int next) {
        String word = t.lower(next);
        if (CLOCK.contains(word)) {
            return true;
        }
        if (word.equals("in") && t.is(next + 1, "the") && PARTS_OF_DAY.contains(t.lower(next + 2))) {
            return true;
        }
        return (word.equals("a") || word.equals("p")) && t.is(next + 1, ".") && t.is(next + 2, "m");
    }

    /** A bare number that is a day or an hour, alone or as the first of a range: "6 to 9 January", "three or four pm". */
    static boolean isDayOrHour(Tokens t, int first, int last) {
        if (isDayOfMonth(t, first, last) || isClock(t, last + 1)) {
            return true;
        }
        boolean range = RANGE_WORDS.contains(t.lower(last + 1))
                && (t.isNumber(last + 2) || NumberWords.cardinal(t.lower(last + 2)) > 0);
        return range && (isMonth(t, last + 3) || isClock(t, last + 3));
    }

    /** Four digits that read as a year. */
    static boolean isYearLike(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= 1000 && value <= 2099;
    }

    /** A year, unless it counts the plural noun after it ("1500 jobs"). */
    static boolean isYear(Tokens t, int i) {
        if (!isYearLike(t.lower(i))) {
            return false;
        }
        String next = t.lower(i + 1);
        boolean countsNoun = t.isWord(i + 1)
                && !t.isCapitalized(i + 1)
                && next.endsWith("s")
                && !NumberWords.TIME_UNITS.contains(next);
        return !countsNoun || !t.isWord(i - 1) || BEFORE_YEAR.contains(t.lower(i - 1)) || isMonth(t, i - 1);
    }

    /** Digits glued to letters ("G8", "MP3") or hyphenated onto a name ("MPEG-4", "COVID-19"). */
    static boolean isGluedToName(Tokens t, int i) {
        if (t.glued(i) && t.isWord(i - 1)) {
            return true;
        }
        boolean hyphenated = t.glued(i) && (t.is(i - 1, "-") || t.is(i - 1, "–")) && t.glued(i - 1);
        return hyphenated && t.isWord(i - 2) && !t.is(i - 2, "top");
    }

    /** A number after a name or an identifying noun: "Channel 4", "Windows 95", "flight 370". */
    static boolean followsName(Tokens t, int i) {
        if (t.glued(i) || !t.isWord(i - 1)) {
            return false;
        }
        if (IDENTIFIED.contains(t.lower(i - 1))) {
            return true;
        }
        return t.isCapitalized(i - 1) && !OPENERS.contains(t.lower(i - 1)) && !isMonth(t, i - 1);
    }

    /** "10 Downing Street", "221 Baker Street": a house number. */
    static boolean isStreetNumber(Tokens t, int i) {
        for (int k = i + 1; k <= i + 3 && t.isCapitalized(k); k++) {
            if (STREETS.contains(t.lower(k))) {
                return k > i + 1;
            }
        }
        return false;
    }
}
