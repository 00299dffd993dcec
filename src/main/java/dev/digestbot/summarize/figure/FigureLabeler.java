package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Says in two to six words what a figure counts, from its sentence: the noun phrase the number
 * modifies ("ten living hostages"), the phrase it is "of" ("a battery life of 20 minutes"), or the
 * subject of a change ("net profit rose 28%" -> "rise in net profit").
 */
final class FigureLabeler {
    static final int MAX_WORDS = 6;

    private static final Set<String> FINISHED = WordLists.set("finished finishing came coming ended placed");
    /** Nouns that say only that people are counted: "the average size was 70,000 people". */
    private static final Set<String> GENERIC_COUNTED = WordLists.set("people persons individuals residents");

    private static final Set<String> MEASURES = WordLists.set(
            "size population capacity attendance turnout crowd membership workforce length height weight");

    /** "father of four": what a parent is "of" is children. */
    private static final Set<String> PARENTS = WordLists.set(
            "father mother parent parents mum dad grandmother " + "grandfather grandparents mothers fathers");

    private static final Set<String> COPULAS =
            WordLists.set("is was are were be been being stood totalled totaled reached hit topped");

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
        String caption = m.kind() == Kind.SCORE ? null : Captions.of(t, m);
        if (caption == null && m.kind() == Kind.COUNT) {
            String votes = Votes.of(t, m);
            caption = votes != null ? votes : Ages.ofCount(t, m); // "nine votes to four", "Sarah Okoro, 34, said"
        }
        if (caption == null) {
            caption = Shares.of(t, m); // "55 per cent are couples", "Labour on 34 per cent"
        }
        if (caption != null) {
            return fit(caption, m);
        }
        String label = switch (m.kind()) {
            case SCORE -> Labels.score(t, m);
            case AGE -> Ages.ofAge(t, m);
            case RANK -> Labels.seeding(t, m);
            default -> Labels.milestone(t, m);
        };
        return Rates.perUnit(t, m, fit(label != null ? label : describe(t, m), m));
    }

    /** Two to six words: a longer label keeps its first six, a single word is widened. */
    private static String fit(String label, Mention m) {
        int words = Words.count(label);
        if (words > MAX_WORDS) {
            String[] parts = label.trim().split("\\s+");
            return String.join(" ", java.util.Arrays.copyOf(parts, MAX_WORDS));
        }
        return words < 2 ? Labels.widen(label, m.kind()) : label;
    }

    private static String describe(Tokens t, Mention m) {
        boolean unit = isUnitValue(t, m);
        boolean ofLinked = unit && isOfLinked(t, m) && !FollowingPhrase.modifiesNoun(t, m); // not "of a £1bn budget"
        String duration = m.kind() == Kind.DURATION && unit ? Durations.label(t, m) : null;
        String measure = duration == null && m.kind() == Kind.MEASURE ? Measures.of(t, m) : null;
        if (duration != null || measure != null) {
            return duration != null ? duration : measure;
        }
        String after = ofLinked ? null : FollowingPhrase.of(t, m);
        if (after != null && Words.count(after) >= 2) {
            return after;
        }
        String before = PrecedingPhrase.of(t, m);
        boolean counted = m.kind() == Kind.COUNT || m.kind() == Kind.FRACTION || m.kind() == Kind.RATIO;
        boolean generic = after != null && GENERIC_COUNTED.contains(after.toLowerCase(Locale.ROOT))
                || before != null && isMeasureOf(before);
        boolean subjectValue = before != null && Words.count(before) >= 2 && generic && isCopula(t, m);
        boolean modifier = Units.isAdjectival(t, m) || FollowingPhrase.modifiesNoun(t, m);
        if (after != null && (counted || modifier) && !subjectValue) {
            // "seven cases", "a 10km race", "a 14-goal swing": the noun after the figure is what it counts
            String adjectiveUnit = Units.isAdjectival(t, m) ? t.lower(m.last()) : "";
            return Labels.widenAfter(after, m.kind(), adjectiveUnit);
        }
        if (after != null && before != null && Labels.isChange(after)) {
            String joined = after + " for " + before; // "rival Nissan notched up a 10% increase"
            return Words.count(joined) <= MAX_WORDS ? joined : after + " for " + lastWord(before);
        }
        if (before != null && Words.count(before) >= 2) {
            return isName(t, before) ? Labels.forName(before, m.kind()) : before;
        }
        if (after != null && m.kind() == Kind.MONEY) {
            boolean in = t.is(FollowingPhrase.skipConversion(t, m, m.last() + 1), "in"); // "£2m in compensation"
            int next = FollowingPhrase.skipConversion(t, m, m.last() + 1);
            boolean of = t.is(next, "of"); // "£800 of food"
            return in
                    ? Labels.widen(after, m.kind())
                    : of ? "value of " + after : Labels.widenAfter(after, m.kind(), "");
        }
        String word = after != null ? after : before;
        boolean timeOf = m.kind() == Kind.DURATION && after == null && before != null && !Labels.isChange(before);
        if (word == null || timeOf) {
            String margin = Measures.of(t, m); // "a majority of 2,920"
            return margin != null ? margin : Labels.fallback(m.kind(), t.lower(m.last()));
        }
        return widen(t, m, word);
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

    /** "The average size ... was 70,000 people": the figure is the value of the subject. */
    private static boolean isCopula(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (k > 0 && k > m.first() - 6 && PrecedingPhrase.SKIPPED.contains(t.lower(k)) && !t.is(k, "to")) {
            k--;
        }
        return COPULAS.contains(t.lower(k));
    }

    /** "a battery life of 20 minutes", "a target of A$500m": the figure is the value of what precedes "of". */
    private static boolean isOfLinked(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (k > 0 && k > m.first() - 6 && PrecedingPhrase.SKIPPED.contains(t.lower(k)) && !t.is(k, "of")) {
            k--;
        }
        return t.is(k, "of") && Phrases.isContent(t, k - 1) && !VAGUE.contains(t.lower(k - 1));
    }

    /** Money, percentages and measures carry their unit; "60-day" is a unit used as an adjective. */
    static boolean isUnitValue(Tokens t, Mention m) {
        boolean unitKind = switch (m.kind()) {
            case MONEY, PERCENT, DURATION, MEASURE, AGE -> true;
            default -> false;
        };
        return unitKind && !Units.isAdjectival(t, m);
    }
}
