package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Set;

/**
 * Labels for ages: "36-year-old" and "44 years old", and the bare numbers news copy uses for ages
 * ("Sarah Okoro, 34, said", "when she was nine", "children aged five to ten").
 */
final class Ages {
    private static final int OLDEST = 110;
    /** What may follow "Name, 34": "Sarah Okoro, 34, from Leeds", "Tom, 16 (left)", "Ann, 52 and Bob, 55". */
    private static final Set<String> AFTER_NAME = WordLists.set(", ( . ; - – — and from");
    /** People a number set off by commas is the age of: "the England star, 53, was". */
    private static final Set<String> PERSON_NOUNS = WordLists.set("man woman boy girl mother father son daughter "
            + "wife husband star player actor actress singer driver teacher student child baby victim suspect "
            + "officer soldier worker mum dad grandmother grandfather brother sister friend partner boyfriend "
            + "girlfriend owner chef coach manager striker defender midfielder goalkeeper captain pensioner "
            + "grandmother widow model presenter musician rapper teenager youngster veteran nurse doctor");

    private static final Set<String> AUXILIARIES = WordLists.set("has have had is was are were been be will would");
    /** Words between a copula and an age: "she was only nine", "he is now nearly two". */
    private static final Set<String> HEDGES =
            WordLists.set("only just still now nearly almost barely not about between under over");

    private static final Set<String> COPULAS = WordLists.set("was is were are i'm i’m turned turns");
    private static final Set<String> SUBJECTS = WordLists.set("he she i i'm i’m who they we you");
    /** Words that end a clause after an age: "when she was nine.", "was 19 and at the time". */
    private static final Set<String> CLAUSE_ENDS = WordLists.set(". , ; and when but at – - — ( \" ” '");

    private Ages() {}

    /** "current minimum age" for "the current minimum age of 21", else "age of Chrissie Hynde". */
    static String ofAge(Tokens t, Mention m) {
        String bare = ofCount(t, m); // "who died aged 72"
        if (bare != null && !bare.equals("age in years")) {
            return bare;
        }
        int first = m.first();
        int ageWord = t.is(first - 1, "of") ? first - 2 : first - 1;
        if (t.is(ageWord, "age")) {
            Span phrase = Phrases.nounBefore(t, ageWord, 4);
            if (phrase.size() >= 2) {
                return Phrases.words(t, phrase);
            }
        }
        boolean verb = PrecedingPhrase.isVerb(t, m.last() + 1) || WordClasses.isPastTense(t.lower(m.last() + 1));
        Span described = verb || m.first() == m.last() ? new Span(0, -1) : Phrases.nounAfter(t, m.last() + 1, 4);
        if (!described.isEmpty() && !t.isCapitalized(described.first())) {
            return "age of " + Phrases.words(t, described); // "her 4-year-old foster son"
        }
        int comma = t.is(first - 1, "now") ? first - 2 : first - 1; // "Michelle Knight, now 34"
        Span name = t.is(comma, ",") ? Labels.capitalizedBefore(t, comma - 1) : new Span(0, -1);
        if (name.isEmpty()) {
            name = Labels.nearestName(t, first - 1);
        }
        if (!name.isEmpty()) {
            return "age of " + Labels.personName(t, name);
        }
        return described.isEmpty() ? "age in years" : "age of " + Labels.personName(t, described);
    }

    /** The label of a bare number that is an age ("Sarah Okoro, 34,"), or null when it is not one. */
    static String ofCount(Tokens t, Mention m) {
        if (!t.isWord(m.last()) && !t.isNumber(m.last()) || m.number() < 1 || m.number() > OLDEST) {
            return null;
        }
        for (int k = m.first(); k < m.last(); k++) {
            if (t.isJoiner(k)) {
                return null; // "14-under", not an age
            }
        }
        if (m.number() != Math.floor(m.number()) || t.isType(m.first(), Tokens.Type.CURRENCY)) {
            return null;
        }
        String named = afterName(t, m);
        if (named != null) {
            return named;
        }
        int k = m.first() - 1;
        while (HEDGES.contains(t.lower(k))) {
            k--;
        }
        if (t.is(k, "aged")) {
            String aged = aged(t, k);
            return aged != null ? aged : "age in years";
        }
        boolean ends = m.last() + 1 >= t.size() || CLAUSE_ENDS.contains(t.lower(m.last() + 1));
        return ends && COPULAS.contains(t.lower(k)) ? ofPerson(t, k) : null;
    }

    /** "Sarah Okoro, 34, from Leeds" -> "age of Sarah Okoro"; "the England star, 53, was" -> "age of England star". */
    private static String afterName(Tokens t, Mention m) {
        boolean follows = m.last() + 1 >= t.size() || AFTER_NAME.contains(t.lower(m.last() + 1));
        if (!follows || !t.is(m.first() - 1, ",")) {
            return null;
        }
        Span name = Labels.capitalizedBefore(t, m.first() - 2);
        if (!name.isEmpty() && !(name.size() == 1 && t.atStart(name.first()))) {
            return "age of " + Labels.personName(t, name);
        }
        Span noun = Phrases.nounBefore(t, m.first() - 2, 2); // set off by commas on both sides
        boolean aside = t.is(m.last() + 1, ",") && !noun.isEmpty() && PERSON_NOUNS.contains(t.lower(noun.last()));
        return aside ? "age of " + Phrases.words(t, noun) : null;
    }

    /** "children aged five to ten" -> "age of children"; "Mr Reed, who died aged 72" -> "age of Mr Reed". */
    private static String aged(Tokens t, int aged) {
        int k = aged - 1;
        while (k > 0 && (t.is(k, "be") || t.is(k, "to") || isVerb(t, k))) {
            k--; // "thought to be aged", "who died aged"
        }
        Span named = t.is(k, ",") ? Labels.capitalizedBefore(t, k - 1) : new Span(0, -1);
        if (!named.isEmpty() && !t.atStart(named.first())) {
            return "age of " + Labels.personName(t, named); // "met Mitchell, aged four,"
        }
        Span who = Phrases.nounBefore(t, k, 1);
        boolean people = !who.isEmpty() && Clauses.isPerson(t.lower(who.last()));
        if (people && !t.isCapitalized(who.first())) {
            return "age of " + Phrases.words(t, who); // "women aged 35 and under"
        }
        if (people && who.size() == 1 && t.atStart(who.first())) {
            return "age of " + t.lower(who.first()); // "Children aged five to ten"
        }
        if (!who.isEmpty() && !t.isCapitalized(who.first())
                || t.isWord(who.first() - 1)
                        && !who.isEmpty()
                        && WordClasses.FUNCTION.contains(t.lower(who.first() - 1))) {
            return null; // "losing both hands aged 12", "fled to Syria aged 15": the age of someone else
        }
        String person = ofPerson(t, k + 1);
        return person != null ? person : "age in years";
    }

    private static boolean isVerb(Tokens t, int k) {
        return PrecedingPhrase.isVerb(t, k) || WordClasses.isPastTense(t.lower(k));
    }

    /**
     * "Cameron, who was 19" -> "age of Cameron"; "when she was nine" -> "age at the time"; null
     * when the subject is no person ("the total was 190").
     */
    private static String ofPerson(Tokens t, int verb) {
        int k = verb - 1;
        while (k >= 0 && (HEDGES.contains(t.lower(k)) || AUXILIARIES.contains(t.lower(k)))) {
            k--;
        }
        boolean who = t.is(k, "who") && t.is(k - 1, ",");
        if (who) {
            k -= 2; // "Cameron, who was 19"
        }
        Span name = Labels.capitalizedBefore(t, k);
        if (!name.isEmpty() && (who || !(name.size() == 1 && t.atStart(name.first())))) {
            return "age of " + Labels.personName(t, name);
        }
        boolean pronoun = SUBJECTS.contains(t.lower(k)) || SUBJECTS.contains(t.lower(verb));
        return !pronoun ? null : t.is(k - 1, "when") ? "age at the time" : "age in years";
    }
}
