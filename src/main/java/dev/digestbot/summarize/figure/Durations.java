package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says what a length of time is the time of, from the words around it: "nine years [to rack up its
 * first million customers]", "[every] 20 minutes", "[is expected to take] 18 months", "[buried for]
 * 60 hours", "two years [in prison]", "three days [a week]".
 */
final class Durations {
    private static final int MAX_WORDS = FigureLabeler.MAX_WORDS;

    /** Words that hedge a duration: "about every two hours", "for more than 60 hours". */
    private static final Set<String> HEDGES = WordLists.set("about around almost nearly some just only up to more "
            + "than over under at least roughly approximately another further less fewer a whole full");

    private static final Set<String> BOUNDS = WordLists.set("minimum maximum total");
    private static final Set<String> TAKES = WordLists.set("take takes took taking taken lasted lasts lasting");
    /** Places and states time is spent in, where "in" does not mean "within": not "three years in a row". */
    private static final Set<String> NOT_PLACES = WordLists.set("total length row time advance succession all "
            + "a an one which what this that those these his her their its my our your");

    private static final Set<String> PLACE_LINKS = WordLists.set("in at with as on behind");
    private static final Set<String> SPENT = WordLists.set("spent spend spends spending");
    private static final Set<String> PERIODS = WordLists.set("second minute hour day night week month year season");
    private static final Set<String> PER = WordLists.set("a an per each every");
    private static final Map<String, String> PARTNERS = WordLists.map("wife:marriage husband:marriage "
            + "partner:relationship girlfriend:relationship boyfriend:relationship fiancee:engagement "
            + "fiance:engagement spouse:marriage");
    private static final Set<String> ENDING = WordLists.set("ending ended to through");
    /** States one spends time in: "I've been sick for three days". */
    private static final Set<String> STATES = WordLists.set("sick ill unwell asleep awake alive single married "
            + "pregnant homeless unemployed injured unconscious away");

    private static final Set<String> BEEN = WordLists.set("been was were is are be");
    private static final Set<String> ENDS = WordLists.set("end full-time whistle");

    /** Endings of common nouns, so that a word opening a sentence ("Construction") is not taken for a name. */
    private static final Pattern COMMON_ENDINGS =
            Pattern.compile("(?:tion|sion|ment|ing|ance|ence|ure|ery|al|ney|[^s]s)$");
    /** Words before a duration that make it a span of the calendar, not a stay: "over the next three days". */
    private static final Set<String> FRAMES = WordLists.set("in next past last first previous coming over during");
    /** Words that make "within" a deadline rather than a span: "must be repaid within 30 days". */
    private static final Set<String> DEADLINES =
            WordLists.set("must should to will would have has need needs required");

    private Durations() {}

    /** The label of a duration such as "two years", or null when its words say nothing particular. */
    static String label(Tokens t, Mention m) {
        int k = m.last() + 1;
        String after = afterCue(t, m, k);
        if (after != null) {
            return after;
        }
        int before = hedgedStart(t, m);
        if (t.is(before, "aged")) {
            return "age in " + plural(t.lower(m.last())); // "a baby aged seven months"
        }
        String spent = SPENT.contains(t.lower(before)) ? spentOn(t, before, k) : null;
        if (spent != null) {
            return spent; // "spent two years in prison": "time spent in prison"
        }
        String cue = beforeCue(t, before);
        if (cue != null) {
            return cue;
        }
        String time = TimeBetween.link(t, k);
        return time != null ? time : place(t, before, k);
    }

    /** "to rack up", "ago", "left", "from time", "a week", "of record-keeping". */
    private static String afterCue(Tokens t, Mention m, int k) {
        String word = t.lower(k);
        if (word.equals("to") && !t.is(k + 1, "play") && !t.is(k + 1, "go")) {
            return purpose(t, k + 1);
        }
        String between = TimeBetween.after(t, m, k);
        if (between != null) {
            return between; // "two years ago", "six minutes later", "five days prior to her death"
        }
        boolean fromEnd = word.equals("from") && (t.is(k + 1, "time") || ENDS.contains(t.lower(k + 2)));
        if (word.equals("left") || word.equals("remaining") || word.equals("to") || fromEnd) {
            return "time remaining"; // "with five minutes left", "three minutes to play", "11 minutes from time"
        }
        if (word.equals("old")) {
            return "age in " + plural(t.lower(m.last())); // "died at just nine days old"
        }
        if (word.equals("out") && !t.is(k + 1, "of")) {
            return "time out"; // "facing two weeks out"
        }
        if (ENDING.contains(word) && (t.isNumber(k + 1) || NotAFigure.isMonth(t, k + 1))) {
            return "reporting period"; // "the six months ending 31 December", "three months to September"
        }
        if (PER.contains(word) && PERIODS.contains(t.lower(k + 1))) {
            return plural(t.lower(m.last())) + " per " + t.lower(k + 1); // "three days a week": "days per week"
        }
        if ((word.equals("earlier") || word.equals("later")) && t.is(k + 1, "than")) {
            Span than = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k + 2), 2);
            return than.isEmpty() ? null : "time " + word + " than " + Phrases.words(t, than); // "than normal"
        }
        boolean article = t.is(k + 1, "a") || t.is(k + 1, "an"); // "five months of a horrible ordeal"
        boolean of = word.equals("of") && (article || !WordClasses.DETERMINERS.contains(t.lower(k + 1)));
        Span phrase = of ? Phrases.nounAfter(t, article ? k + 2 : k + 1, 3) : new Span(0, -1);
        return phrase.isEmpty() ? null : "length of " + Phrases.words(t, phrase); // "65 years of record-keeping"
    }

    /** "every 20 minutes", "within 30 days", "jailed for two years", "is expected to take 18 months". */
    private static String beforeCue(Tokens t, int k) {
        String word = t.lower(k);
        if (word.equals("every")) {
            return interval(t, k - 1);
        }
        if (word.equals("of") && PARTNERS.containsKey(t.lower(k - 1))) {
            return "length of " + PARTNERS.get(t.lower(k - 1)); // "his wife of ten years"
        }
        if (word.equals("within")) {
            return isDeadline(t, k) ? "time limit" : "time frame";
        }
        boolean by = word.equals("by")
                && t.lower(k - 1).endsWith("ed")
                && !WordClasses.CHANGE_NOUNS.containsKey(t.lower(k - 1));
        if (by && t.isWord(k - 1) && !t.isCapitalized(k - 1)) {
            return "time " + t.original(k - 1); // "overstayed by 56 minutes"
        }
        int verb = word.equals("for") || word.equals("to") ? k - 1 : k; // "jailed for", "sentenced to"
        String period = Verbs.durationLabel(t.lower(verb));
        if (period != null) {
            return period; // "jailed for two years": "length of jail term"
        }
        if (TAKES.contains(t.lower(verb))) {
            String subject = nominal(t, PrecedingPhrase.subjectJustBefore(t, verb));
            return subject == null ? null : "duration of " + subject;
        }
        return word.equals("for") ? whileDoing(t, k - 1) : null;
    }

    /** "buried for 60 hours": "time buried"; "working for 25 years": "time spent working"; "on sale for". */
    private static String whileDoing(Tokens t, int k) {
        String word = t.lower(k);
        boolean lower =
                t.isWord(k) && !t.isCapitalized(k) && word.length() > 4 && !WordClasses.CHANGE_NOUNS.containsKey(word);
        if (lower && word.endsWith("ed") && !WordClasses.isNoun(word)) {
            return "time " + t.original(k);
        }
        if (lower && word.endsWith("ing") && !WordClasses.isNoun(word)) {
            return "time spent " + t.original(k);
        }
        if (t.is(k, "home")) {
            return "time at home"; // "he would come home for two or three days"
        }
        if (t.is(k, "out") && (BEEN.contains(t.lower(k - 1)) || t.is(k - 1, "ruled"))) {
            return "time out"; // "he will be out for six weeks"
        }
        if (BEEN.contains(t.lower(k - 1)) && STATES.contains(word)) {
            return "time spent " + t.original(k); // "I've been sick for three days"
        }
        Span state = Phrases.nounBefore(t, k, 2);
        int link = Phrases.skipDeterminersBack(t, state.first() - 1);
        if (state.isEmpty() || !PLACE_LINKS.contains(t.lower(link)) || t.isCapitalized(state.first())) {
            return null;
        }
        return "time " + t.text(link, state.last()); // "in the business for 25 years": "time in the business"
    }

    /** "a ferry will run every 20 minutes": "time between ferries". */
    private static String interval(Tokens t, int verb) {
        boolean passive = t.lower(verb).endsWith("ed") && PrecedingPhrase.isAuxiliary(t.lower(verb - 1));
        boolean present = t.lower(verb).endsWith("s") && Phrases.isContent(t, verb - 1); // "a bus leaves every"
        boolean isVerb = PrecedingPhrase.isVerb(t, verb) || present || PrecedingPhrase.isAuxiliary(t.lower(verb - 1));
        String subject = passive || !isVerb ? null : PrecedingPhrase.subjectJustBefore(t, verb);
        subject = nominal(t, subject);
        if (subject == null || Words.count(subject) > 3) {
            return "repeat interval";
        }
        int last = subject.lastIndexOf(' ') + 1;
        return "time between " + subject.substring(0, last) + plural(subject.substring(last));
    }

    /** "two years in prison": "time in prison"; "spent four months in Japan": "time spent in Japan". */
    private static String place(Tokens t, int before, int k) {
        boolean frame = FRAMES.contains(t.lower(before)); // "the best score in four years in the second round"
        if (frame || !PLACE_LINKS.contains(t.lower(k)) || NOT_PLACES.contains(t.lower(k + 1))) {
            return null;
        }
        int start = t.is(k + 1, "the") ? k + 2 : k + 1;
        Span phrase = Phrases.nounAfter(t, start, 3);
        int next = phrase.last() + 1;
        boolean cut = Phrases.isContent(t, next) && !t.lower(next).endsWith("ing") || t.isNumber(next);
        boolean possessive =
                t.lower(phrase.last()).endsWith("'s") || t.lower(phrase.last()).endsWith("’s");
        if (phrase.isEmpty()
                || cut
                || possessive
                || Clauses.isTime(t.lower(phrase.first()))
                || NotAFigure.isMonth(t, phrase.first())) {
            return null;
        }
        String time = SPENT.contains(t.lower(before)) ? "time spent " : "time ";
        String text = time + Phrases.words(t, new Span(k, phrase.last()));
        return Words.count(text) <= MAX_WORDS ? text : null;
    }

    /** "spent two years in prison": "time spent in prison"; "spent three years preparing": "time spent preparing". */
    private static String spentOn(Tokens t, int before, int k) {
        String word = t.lower(k);
        boolean doing = t.isWord(k) && word.length() > 4 && word.endsWith("ing") && !WordClasses.isNoun(word);
        return doing ? "time spent " + t.original(k) : place(t, before, k);
    }

    /** "must be repaid within 30 days": a modal or "to" in the words before "within". */
    private static boolean isDeadline(Tokens t, int within) {
        for (int k = within - 1; k >= 0 && k > within - 8; k--) {
            if (DEADLINES.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word before the duration and the hedges in front of it: "for [more than] 60 hours". */
    private static int hedgedStart(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (k > 0 && (HEDGES.contains(t.lower(k)) || t.is(k, "of") && BOUNDS.contains(t.lower(k - 1)))) {
            k -= t.is(k, "of") ? 2 : 1; // "for a minimum of 32 years", "to a total of eight years"
        }
        return k;
    }

    /** "nine years to rack up its first million customers" -> "time to rack up first million customers". */
    private static String purpose(Tokens t, int verb) {
        if (!t.isWord(verb) || t.isCapitalized(verb) || WordClasses.FUNCTION.contains(t.lower(verb))) {
            return null;
        }
        int k = verb + 1;
        String text = "time to " + t.original(verb);
        if (t.is(k, "up") || t.is(k, "out") || t.is(k, "off") || t.is(k, "down")) {
            text += " " + t.original(k++);
        }
        Span object = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k), MAX_WORDS - Words.count(text));
        return object.isEmpty() ? text : text + " " + Phrases.words(t, object);
    }

    /**
     * The phrase if it names a thing rather than someone by name, in lower case: "the journey",
     * "Construction" opening a sentence; null for "Mr Okafor" or "Portbury".
     */
    private static String nominal(Tokens t, String phrase) {
        if (phrase == null || Character.isLowerCase(phrase.charAt(0))) {
            return phrase;
        }
        boolean opening = phrase.indexOf(' ') < 0 && phrase.equals(t.original(t.firstWord()));
        return opening && COMMON_ENDINGS.matcher(phrase).find() ? phrase.toLowerCase(Locale.ROOT) : null;
    }

    /** "ferry" -> "ferries", "bus" -> "buses", "hour" -> "hours"; a plural stays as it is. */
    static String plural(String noun) {
        if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us")) {
            return noun;
        }
        boolean consonantY =
                noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0;
        if (consonantY) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        boolean sibilant = noun.endsWith("s")
                || noun.endsWith("x")
                || noun.endsWith("z")
                || noun.endsWith("ch")
                || noun.endsWith("sh");
        return noun + (sibilant ? "es" : "s");
    }
}
