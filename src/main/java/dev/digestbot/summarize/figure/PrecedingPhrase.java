package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Phrase;
import java.util.Set;

/**
 * The words before a figure that say what it is: "the current total of [659]", "[net profit] rose
 * 28%", "[Lindqvist] was fined £5,000", and the verb and subject they hang on.
 */
final class PrecedingPhrase {
    /** Words skipped between a figure and the phrase before it: "cost about £2,000", "of almost 100". */
    static final Set<String> SKIPPED =
            WordLists.set("about around almost nearly roughly approximately some over under more less fewer "
                    + "than up down at least most just only little as many much estimated between from for "
                    + "closer close barely exactly another an extra additional further record a the ( - – — "
                    + "by to of within last past previous next first coming following final recent latest "
                    + "whopping mere staggering current region excess tune order again still now currently "
                    + "already even steady unchanged");

    /** Auxiliaries and adverbs between a subject and its verb: "profit will rise", "is cancelled or". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB =
            WordLists.set("will would could can may might should must shall is are was were be been has have "
                    + "had not also still or and now already then to");

    /** Verbs whose subject is what a sum is the price of: "rooms start at €850", "the mascaras are £2.39". */
    private static final Set<String> PRICED =
            WordLists.set("cost costs start starts range ranges sell sells retail retails priced");

    private static final Set<String> COPULAS = WordLists.set("is are was were");

    private static final Set<String> READY =
            WordLists.set("ready able unable willing set due likely unlikely keen eager prepared about going");

    private static final Set<String> PREPOSITIONS =
            WordLists.set("at in on of for from by with into about over under near among");

    private static final Set<String> NEAR_AUXILIARIES = WordLists.set("will would could can may might should must "
            + "shall is are was were be been has have had not also still now already then to agreed ordered");

    private static final Set<String> PRONOUNS = WordLists.set("he she it they we");
    private static final Set<String> PEOPLE = WordLists.set("people men women children police fans staff students");

    private PrecedingPhrase() {}

    /** The phrase before the figure: "the current total of [659]", "[net profit] rose 28%". */
    static String of(Tokens t, Mention m) {
        Skipped skipped = skip(t, m);
        int k = skipped.at();
        if (k < 0 || !t.isWord(k) || t.is(k + 1, "-") || t.is(k + 1, "–") || t.is(k + 1, "—")) {
            return null; // nothing before, or a dash: the words before it are another clause
        }
        String word = t.lower(k);
        String object = objectNoun(t, k, m.kind());
        boolean moved = m.kind() == Kind.MONEY && object != null && !t.is(k + 1, "by"); // "raised £1m", not a rise
        String change = moved ? null : WordClasses.CHANGE_NOUNS.get(word);
        boolean noun = change != null
                && !word.equals("worth")
                && (WordClasses.DETERMINERS.contains(t.lower(k - 1)) || isMainVerb(t, k - 1));
        if (noun) {
            return FollowingPhrase.withPrepositionalPhrase(t, m.last() + 1, Phrases.changeBefore(t, k));
        }
        boolean present = isPresentTense(t, k) && onlyArticlesBetween(t, k, m.first());
        if (change == null && object == null && !isVerb(t, k) && !present) {
            return Verbs.objectLabel(t, m, k, Phrases.phraseBefore(t, k));
        }
        if (m.kind() == Kind.DURATION && change == null) {
            return durationOf(t, k);
        }
        String movement = change != null ? change : skipped.direction();
        String purpose = object != null && m.kind() == Kind.MONEY ? Verbs.purpose(t, m, object) : null;
        if (purpose != null) {
            return purpose;
        }
        String subject = object != null && m.kind() == Kind.MONEY ? subjectJustBefore(t, k) : subject(t, k);
        String label = Verbs.label(t, k, subject, movement, object, skipped.target());
        boolean priced = m.kind() == Kind.MONEY
                && movement == null
                && object == null
                && (PRICED.contains(word) || COPULAS.contains(word) && Rates.isPerUnit(t, m))
                && subject != null
                && java.util.Arrays.stream(subject.split(" ")).noneMatch(Labels::isSum); // not "prices start at"
        return priced && label != null && label.equals(subject) ? "price of " + subject : label; // "rooms start at"
    }

    /** The noun for a verb whose object the figure is: "fined" -> "fine"; for money "paid out" -> "payout". */
    private static String objectNoun(Tokens t, int k, Kind kind) {
        String object = WordClasses.OBJECT_NOUNS.get(t.lower(k));
        if (object != null || kind != Kind.MONEY) {
            return object;
        }
        String phrasal = WordClasses.MONEY_NOUNS.get(t.lower(k - 1) + "_" + t.lower(k)); // "paid out"
        return phrasal != null ? phrasal : WordClasses.MONEY_NOUNS.get(t.lower(k));
    }

    /**
     * Where the words before a figure start once approximations and prepositions are passed over.
     *
     * @param at the index of the first word not skipped, or -1
     * @param target whether "to" or "from" was passed: "rose 28% to A$458.4m" names the result
     * @param direction "rise" or "fall" for "up by 10%", "down 3%"; else null
     */
    private record Skipped(int at, boolean target, String direction) {}

    private static Skipped skip(Tokens t, Mention m) {
        int k = m.first() - 1;
        boolean target = false;
        String direction = null;
        while (k >= 0 && k > m.first() - 12) {
            String word = t.lower(k);
            boolean upTo = word.equals("to") && t.is(k - 1, "up"); // "save up to £1,300" is a cap, not a result
            target |= (word.equals("to") || word.equals("from")) && !upTo;
            boolean moved = k + 1 == m.first() || t.is(k + 1, "by") || t.is(k + 1, "from");
            if ((word.equals("up") || word.equals("down")) && moved) {
                direction = word.equals("up") ? "rise" : "fall"; // "visits were up by 10%"
            }
            boolean earlierFigure = target && (t.isNumber(k) || t.is(k, "%") || t.isType(k, Tokens.Type.CURRENCY));
            if (word.equals("hold") && t.is(k - 1, "on")) {
                k -= 2; // "left rates on hold at 4.75%"
            } else if (SKIPPED.contains(word) || earlierFigure) {
                k--;
            } else {
                break;
            }
        }
        return new Skipped(k, target, direction);
    }

    /** "jailed for five years": "length of jail term"; "the talks lasted two hours": "length of talks". */
    private static String durationOf(Tokens t, int verb) {
        String period = Verbs.durationLabel(t.lower(verb));
        if (period != null) {
            return period;
        }
        String subject = subject(t, verb);
        boolean event = subject != null && Character.isLowerCase(subject.charAt(0)) && isEvent(subject);
        return event ? "length of " + subject : null;
    }

    /** The subject of the verb at {@code verb}: the phrase just before it, else the clause's first. */
    static String subject(Tokens t, int verb) {
        int k = verb - 1;
        while (k >= 0 && k > verb - 8 && (BETWEEN_SUBJECT_AND_VERB.contains(t.lower(k)) || isVerb(t, k))) {
            k--;
        }
        Phrase phrase = t.isNumber(k - 1) ? null : Phrases.phraseBefore(t, k);
        return phrase != null ? phrase.text() : Phrases.clauseSubject(t, verb - 1, verb);
    }

    /**
     * The phrase just before the verb at {@code verb}, past auxiliaries ("Mr Brown wanted to
     * provide"), or null: a sum is not put down to a subject found further back.
     */
    static String subjectJustBefore(Tokens t, int verb) {
        int k = verb - 1;
        while (k > 0 && k > verb - 6 && (NEAR_AUXILIARIES.contains(t.lower(k)) || t.is(k + 1, "to") && isVerb(t, k))) {
            k--;
        }
        if (t.is(k + 1, "to") && READY.contains(t.lower(k))) {
            return null; // "ready to raise £1.4bn": no subject here
        }
        Phrases.Span phrase = Phrases.nounBefore(t, k, 4);
        int before = Phrases.skipDeterminersBack(t, phrase.first() - 1);
        boolean object = PREPOSITIONS.contains(t.lower(before));
        return phrase.isEmpty() || object ? null : Phrases.words(t, phrase); // not "at home" in "food at home spend"
    }

    private static boolean onlyArticlesBetween(Tokens t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!t.is(k, "a") && !t.is(k, "an") && !t.is(k, "the")) {
                return false;
            }
        }
        return true;
    }

    /** A plural noun for something that happens ("talks", "discussions") rather than for people. */
    private static boolean isEvent(String noun) {
        boolean people = noun.endsWith("ers") || noun.endsWith("ists") || noun.endsWith("ans") || noun.endsWith("als");
        return noun.endsWith("s") && !people && !PEOPLE.contains(noun);
    }

    /** "OutKast's career spans 10 years": a word in -s between a noun and the figure is a verb. */
    private static boolean isPresentTense(Tokens t, int k) {
        String word = t.lower(k);
        boolean verbLike = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
        boolean pronoun = PRONOUNS.contains(t.lower(k - 1));
        return verbLike && !t.isCapitalized(k) && (Phrases.isContent(t, k - 1) || pronoun);
    }

    /** "will", "were", "has": a word that goes with a verb rather than being one. */
    static boolean isAuxiliary(String word) {
        return BETWEEN_SUBJECT_AND_VERB.contains(word);
    }

    /** A verb other than an auxiliary: "recorded" in "recorded increases of 10%". */
    private static boolean isMainVerb(Tokens t, int i) {
        return isVerb(t, i)
                && !BETWEEN_SUBJECT_AND_VERB.contains(t.lower(i))
                && !t.lower(i).endsWith("ly");
    }

    /** A verb, an adverb, or a participle ("expected", "forecasting"). */
    static boolean isVerb(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        String word = t.lower(i);
        return WordClasses.VERBS.contains(word)
                || word.endsWith("ly")
                || (word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing")) && !WordClasses.isNoun(word));
    }
}
