package dev.digestbot.summarize;

import dev.digestbot.summarize.Mention.Kind;
import dev.digestbot.summarize.Phrases.Phrase;
import dev.digestbot.summarize.Phrases.Span;
import java.util.Locale;
import java.util.Set;

/**
 * Says in two to six words what a figure counts, from its sentence: the noun phrase the number
 * modifies ("ten living hostages"), the phrase it is "of" ("a battery life of 20 minutes"), or the
 * subject of a change ("net profit rose 28%" -> "rise in net profit").
 */
final class FigureLabeler {
    static final int MAX_WORDS = 6;

    /** Words skipped between a figure and the phrase before it: "cost about £2,000", "of almost 100". */
    private static final Set<String> SKIPPED_BEFORE =
            WordLists.set("about around almost nearly roughly approximately some over under more less fewer "
                    + "than up down at least most just only little as many much estimated between from for "
                    + "closer close barely exactly another an extra additional further record a the ( - – — "
                    + "by to of within last past previous next first coming following final recent latest "
                    + "whopping mere staggering current region excess tune order again still now currently "
                    + "already even steady unchanged");

    /** Words skipped after a figure before the noun it counts: "two very fine saves", "two other executives". */
    private static final Set<String> SKIPPED_AFTER =
            WordLists.set("very more other extra additional further fewer really so too quite");

    private static final Set<String> FINISHED = WordLists.set("finished finishing came coming ended placed");
    /** Nouns that say only that people are counted: "the average size was 70,000 people". */
    private static final Set<String> GENERIC_COUNTED = WordLists.set("people persons individuals residents");

    private static final Set<String> MEASURES = WordLists.set(
            "size population capacity attendance turnout crowd membership workforce length height weight");

    /** "father of four": what a parent is "of" is children. */
    private static final Set<String> PARENTS = WordLists.set(
            "father mother parent parents mum dad grandmother " + "grandfather grandparents mothers fathers");

    private static final Set<String> PRONOUNS = WordLists.set("he she it they we");
    private static final Set<String> PEOPLE = WordLists.set("people men women children police fans staff students");

    private static final Set<String> COPULAS =
            WordLists.set("is was are were be been being stood totalled totaled reached hit topped");

    private static final Set<String> PREPOSITIONS = WordLists.set("of in for from on per at with");

    /** Auxiliaries and adverbs between a subject and its verb: "profit will rise", "is cancelled or". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB =
            WordLists.set("will would could can may might should must shall is are was were be been has have "
                    + "had not also still or and now already then to");

    /** Nouns too vague on their own: "a figure closer to A$431m" becomes "expected figure". */
    static final Set<String> VAGUE = WordLists.set(
            "figure figures total number amount sum level rate mark part rest bulk majority average maximum minimum");

    private FigureLabeler() {}

    static String label(Tokens t, Mention m) {
        if (m.kind() == Kind.COUNT && t.is(m.first() - 1, "of") && PARENTS.contains(t.lower(m.first() - 2))) {
            return "number of children"; // "a father of four"
        }
        if (m.kind() == Kind.RANK && FINISHED.contains(t.lower(m.first() - 1))) {
            return "finishing position"; // "he finished 10th"
        }
        String label = switch (m.kind()) {
            case SCORE -> Labels.score(t, m);
            case AGE -> Labels.age(t, m);
            case RANK -> Labels.seeding(t, m);
            default -> Labels.milestone(t, m);
        };
        return label != null ? label : describe(t, m);
    }

    private static String describe(Tokens t, Mention m) {
        boolean unit = isUnitValue(t, m);
        String after = unit && isOfLinked(t, m) ? null : after(t, m);
        if (after != null && Phrases.wordCount(after) >= 2) {
            return after;
        }
        String before = before(t, m);
        boolean counted = m.kind() == Kind.COUNT || m.kind() == Kind.FRACTION || m.kind() == Kind.RATIO;
        boolean generic = after != null && GENERIC_COUNTED.contains(after.toLowerCase(Locale.ROOT))
                || before != null && isMeasureOf(before);
        boolean subjectValue = before != null && Phrases.wordCount(before) >= 2 && generic && isCopula(t, m);
        if (after != null && (counted || Units.isAdjectival(t, m)) && !subjectValue) {
            // "seven cases", "a 10km race", "a 14-goal swing": the noun after the figure is what it counts
            String adjectiveUnit = Units.isAdjectival(t, m) ? t.lower(m.last()) : "";
            return Labels.widenAfter(after, m.kind(), adjectiveUnit);
        }
        if (after != null && before != null && Labels.isChange(after)) {
            String joined = after + " for " + before; // "rival Nissan notched up a 10% increase"
            return Phrases.wordCount(joined) <= MAX_WORDS ? joined : after + " for " + lastWord(before);
        }
        if (before != null && Phrases.wordCount(before) >= 2) {
            return isName(t, before) ? Labels.forName(before, m.kind()) : before;
        }
        if (after != null && m.kind() == Kind.MONEY) {
            boolean in = t.is(skipConversion(t, m, m.last() + 1), "in"); // "£2m in compensation"
            return in ? Labels.widen(after, m.kind()) : Labels.widenAfter(after, m.kind(), t.lower(m.last()));
        }
        String word = after != null ? after : before;
        boolean timeOf = m.kind() == Kind.DURATION && after == null && before != null && !Labels.isChange(before);
        return word == null || timeOf ? Labels.fallback(m.kind(), t.lower(m.last())) : widen(t, m, word);
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    /** "average size of rural class": a phrase that names a quantity, so the figure after "was" is its value. */
    private static boolean isMeasureOf(String phrase) {
        for (String word : phrase.toLowerCase(Locale.ROOT).split(" ")) {
            if (VAGUE.contains(word) || MEASURES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Makes a label of one word: "figure for Wales", "anniversary of mobile phones", "amount of savings". */
    private static String widen(Tokens t, Mention m, String word) {
        if (isName(t, word)) {
            return Labels.forName(word, m.kind());
        }
        boolean ordinal = m.kind() == Kind.RANK && !t.is(m.first(), "top") && !t.is(m.first(), "number");
        String subject = ordinal ? Phrases.clauseSubject(t, 0, m.first()) : null;
        if (subject != null) {
            return word + " of " + subject; // "anniversary of mobile phones"
        }
        return ordinal ? word + " count" : Labels.widen(word, m.kind());
    }

    /** A proper name, all capitalized and not merely opening the sentence: "Wales", "North America". */
    private static boolean isName(Tokens t, String words) {
        String opening = t.original(t.firstWord());
        for (String word : words.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.equals(opening)) {
                return false;
            }
        }
        return true;
    }

    /** The phrase after the figure: "ten [living hostages]", "90% of [Britons]", "a 13.8% [rise in numbers]". */
    private static String after(Tokens t, Mention m) {
        int k = skipConversion(t, m, m.last() + 1);
        boolean unit = isUnitValue(t, m);
        if (unit && m.kind() == Kind.DURATION) {
            return t.is(k, "to") ? purpose(t, k + 1) : t.is(k, "ago") ? since(t, m) : null;
        }
        boolean of = t.is(k, "of");
        boolean in = m.kind() == Kind.MONEY && t.is(k, "in") && Phrases.isContent(t, k + 1) && !t.isCapitalized(k + 1);
        if (of || in) {
            k = of ? Phrases.skipDeterminers(t, k + 1) : k + 1; // "90% of Britons", "£2m in compensation"
        } else if (unit && m.kind() != Kind.MONEY && m.kind() != Kind.PERCENT) {
            return null;
        }
        if (m.kind() == Kind.RANK && (t.is(k, "most") || t.is(k, "least"))) {
            Span phrase = Phrases.nounAfter(t, k + 1, MAX_WORDS - 1);
            return phrase.isEmpty() ? null : t.original(k) + " " + Phrases.words(t, phrase);
        }
        while (SKIPPED_AFTER.contains(t.lower(k)) && !t.is(k + 1, "than")) {
            k++;
        }
        k = skipFigure(t, k); // "two 12-year-old girls", "four 12ft ladders"
        Span phrase = Phrases.nounAfter(t, k, 5);
        if (phrase.isEmpty() || (unit && phrase.size() == 1 && VAGUE.contains(t.lower(phrase.first())))) {
            return null;
        }
        String text = Phrases.words(t, phrase);
        if (Phrases.wordCount(text) == 1) {
            String owner = Phrases.possessiveBefore(t, m.first() - 1);
            text = owner != null ? owner + " " + text : withPrepositionalPhrase(t, phrase.last() + 1, text);
        }
        boolean share = of && (m.kind() == Kind.FRACTION || m.kind() == Kind.PERCENT || m.kind() == Kind.RATIO);
        return share && Phrases.wordCount(text) < MAX_WORDS ? "share of " + text : text;
    }

    private static int skipFigure(Tokens t, int k) {
        if (!t.isNumber(k)) {
            return k;
        }
        int end = k;
        while (t.isJoiner(end + 1) || (t.isWord(end + 1) && t.glued(end + 1))) {
            end += t.isJoiner(end + 1) ? 2 : 1;
        }
        return end > k ? end + 1 : k;
    }

    /** Past a conversion in brackets: "a $676m (£352m) loss" reads on to "loss". */
    static int skipConversion(Tokens t, Mention m, int k) {
        if (m.kind() != Kind.MONEY || !t.is(k, "(")) {
            return k;
        }
        for (int close = k + 1; close < k + 10 && close < t.size(); close++) {
            if (t.is(close, ")")) {
                return close + 1;
            }
        }
        return k;
    }

    /** "nine years to rack up its first million customers" -> "time to rack up first million customers". */
    private static String purpose(Tokens t, int verb) {
        if (!t.isWord(verb) || t.isCapitalized(verb) || Phrases.FUNCTION.contains(t.lower(verb))) {
            return null;
        }
        int k = verb + 1;
        String text = "time to " + t.original(verb);
        if (t.is(k, "up") || t.is(k, "out") || t.is(k, "off") || t.is(k, "down")) {
            text += " " + t.original(k++);
        }
        Span object = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k), MAX_WORDS - Phrases.wordCount(text));
        return object.isEmpty() ? text : text + " " + Phrases.words(t, object);
    }

    /** "The four-piece met two years ago" -> "time since four-piece met". */
    private static String since(Tokens t, Mention m) {
        int verb = m.first() - 1;
        while (verb > 0 && SKIPPED_BEFORE.contains(t.lower(verb))) {
            verb--;
        }
        if (!isVerb(t, verb)) {
            return null;
        }
        String subject = subject(t, verb);
        String text = "time since " + (subject == null ? "" : subject + " ") + t.original(verb);
        return Phrases.wordCount(text) <= MAX_WORDS ? text : "time since " + t.original(verb);
    }

    /** "reports" + "of minor injury": a one-word phrase is widened by the phrase that follows it. */
    static String withPrepositionalPhrase(Tokens t, int k, String text) {
        if (t.is(k, "to") && t.isWord(k + 1) && !Phrases.isContent(t, k + 1) && isVerb(t, k + 1)) {
            return text + " to " + t.original(k + 1); // "the 56th player to debut"
        }
        if (!PREPOSITIONS.contains(t.lower(k))) {
            return text;
        }
        Span more = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k + 1), MAX_WORDS - 2);
        if (!more.isEmpty() && t.lower(more.last()).endsWith("'s")) {
            more = new Span(more.first(), more.last() - 1); // "from China's 340 million users"
        }
        return more.isEmpty() ? text : text + " " + t.original(k) + " " + Phrases.words(t, more);
    }

    /** The phrase before the figure: "the current total of [659]", "[net profit] rose 28%". */
    private static String before(Tokens t, Mention m) {
        int k = m.first() - 1;
        boolean target = false;
        String direction = null;
        while (k >= 0 && k > m.first() - 12) {
            String word = t.lower(k);
            target |= word.equals("to") || word.equals("from");
            boolean moved = k + 1 == m.first() || t.is(k + 1, "by") || t.is(k + 1, "from");
            if ((word.equals("up") || word.equals("down")) && moved) {
                direction = word.equals("up") ? "rise" : "fall"; // "visits were up by 10%"
            }
            boolean earlierFigure = target && (t.isNumber(k) || t.is(k, "%") || t.isType(k, Tokens.Type.CURRENCY));
            if (word.equals("hold") && t.is(k - 1, "on")) {
                k -= 2; // "left rates on hold at 4.75%"
                continue;
            }
            if (!SKIPPED_BEFORE.contains(word) && !earlierFigure) {
                break;
            }
            k--;
        }
        if (k < 0 || !t.isWord(k) || t.is(k + 1, "-") || t.is(k + 1, "–") || t.is(k + 1, "—")) {
            return null; // nothing before, or a dash: the words before it are another clause
        }
        String word = t.lower(k);
        String change = Phrases.CHANGE_NOUNS.get(word);
        String object = Phrases.OBJECT_NOUNS.get(word);
        boolean noun = change != null
                && !word.equals("worth")
                && (Phrases.DETERMINERS.contains(t.lower(k - 1)) || isMainVerb(t, k - 1));
        boolean present = isPresentTense(t, k) && onlyArticlesBetween(t, k, m.first());
        if (!noun && (change != null || object != null || isVerb(t, k) || present)) {
            if (m.kind() == Kind.DURATION && change == null) {
                String period = Verbs.durationLabel(word); // "jailed for five years": "length of jail term"
                String subject = period == null ? subject(t, k) : null;
                boolean common = subject != null && Character.isLowerCase(subject.charAt(0)) && isEvent(subject);
                return period != null ? period : common ? "length of " + subject : null; // "the talks lasted"
            }
            return Verbs.label(t, k, subject(t, k), change != null ? change : direction, object, target);
        }
        if (noun) {
            return withPrepositionalPhrase(t, m.last() + 1, Phrases.changeBefore(t, k));
        }
        return Verbs.objectLabel(t, m, k, Phrases.phraseBefore(t, k));
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
        return Phrases.VERBS.contains(word)
                || word.endsWith("ly")
                || (word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing")) && !Phrases.isNoun(word));
    }

    /** "The average size ... was 70,000 people": the figure is the value of the subject. */
    private static boolean isCopula(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (k > 0 && k > m.first() - 6 && SKIPPED_BEFORE.contains(t.lower(k)) && !t.is(k, "to")) {
            k--;
        }
        return COPULAS.contains(t.lower(k));
    }

    /** "a battery life of 20 minutes", "a target of A$500m": the figure is the value of what precedes "of". */
    private static boolean isOfLinked(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (k > 0 && k > m.first() - 6 && SKIPPED_BEFORE.contains(t.lower(k)) && !t.is(k, "of")) {
            k--;
        }
        return t.is(k, "of") && Phrases.isContent(t, k - 1) && !VAGUE.contains(t.lower(k - 1));
    }

    /** Money, percentages and measures carry their unit; "60-day" is a unit used as an adjective. */
    private static boolean isUnitValue(Tokens t, Mention m) {
        boolean unitKind = switch (m.kind()) {
            case MONEY, PERCENT, DURATION, MEASURE, AGE -> true;
            default -> false;
        };
        return unitKind && !Units.isAdjectival(t, m);
    }
}
