package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Phrase;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Map;
import java.util.Set;

/**
 * Labels built around the verb before a figure: "net profit rose 28%" -> "rise in net profit",
 * "passengers could claim 150 euros" -> "claim by passengers", "fined Budge Pountney £2,000" ->
 * "fine for Budge Pountney".
 */
final class Verbs {
    /** Nouns that take "of" rather than "in": "cost of phones", "value of club". */
    private static final Set<String> OF_NOUNS = WordLists.set("cost value sale price earnings takings winnings");

    /** Nouns of what is done to an object: "purchase of shares", "sale of the club". */
    private static final Set<String> OBJECT_OF_NOUNS = WordLists.set("cost value sale price purchase");

    /** What a duration after a verb is the length of: "jailed for five years" -> "jail term". */
    private static final Map<String, String> DURATION_NOUNS = WordLists.map("jailed:jail_term sentenced:sentence "
            + "banned:ban suspended:suspension imprisoned:prison_term detained:detention closed:closure "
            + "married:marriage served:time_served spent:time_spent waited:wait "
            + "deliberating:deliberation deliberated:deliberation trained:training suspending:suspension "
            + "banning:ban jailing:jail_term sentencing:sentence clocked:time_clocked ran:running_time "
            + "hospitalised:hospital_stay hospitalized:hospital_stay serving:time_served serve:time_served "
            + "serves:time_served stay:stay stayed:stay staying:stay");

    /** What a sum is for or goes to: "towards the cost", "to the appeal", "on advertising". */
    private static final Set<String> PURPOSES = WordLists.set("towards toward to for on");

    private static final Set<String> PAST = WordLists.set("took made won lost paid spent sold got put");
    private static final Set<String> PASSIVE = WordLists.set("was were been be is are being");

    private Verbs() {}

    private static boolean isPast(String verb) {
        return (verb.endsWith("ed") || verb.endsWith("en")) && verb.length() > 4 || PAST.contains(verb);
    }

    /** "length of jail term" for "jailed for five years", or null when the verb names no such period. */
    static String durationLabel(String verb) {
        String noun = DURATION_NOUNS.get(verb);
        if (noun == null) {
            return null;
        }
        return noun.startsWith("time ") || noun.endsWith(" time") ? noun : "length of " + noun; // "time served"
    }

    /**
     * The label for a figure after a verb. {@code change} or {@code object} is the noun the verb
     * makes, if any; {@code target} is set for "rose ... to A$458.4m", which names the subject alone.
     */
    static String label(Tokens t, int verb, String subject, String change, String object, boolean target) {
        String noun = target ? null : change != null ? change : object;
        if (noun == null && !target && isPast(t.lower(verb)) && t.isType(verb + 1, Tokens.Type.CURRENCY)) {
            String sum = "sum " + t.original(verb); // "Gordon Brown reallocated £512m"
            return subject != null && Words.count(subject) <= 3 ? sum + " by " + subject : sum;
        }
        if (noun == null) {
            return Clauses.REPORTING.contains(t.lower(verb)) ? null : subject; // "judges think £85 is fair"
        }
        if (subject == null) {
            return noun;
        }
        boolean passive = PASSIVE.contains(t.lower(verb - 1)) && isPast(t.lower(verb)); // "Lindqvist was fined £5,000"
        String link = OF_NOUNS.contains(noun) ? " of " : change != null ? " in " : passive ? " for " : " by ";
        String joined = noun + link + subject;
        boolean fits = Words.count(joined) <= FigureLabeler.MAX_WORDS;
        return fits ? joined : change != null ? subject : noun; // "net profit" says more than "rise"
    }

    /** "contribute £15m towards the cost" -> "contribution towards the cost"; null without such a phrase. */
    static String purpose(Tokens t, Mention m, String noun) {
        int k = FollowingPhrase.skipConversion(t, m, m.last() + 1);
        boolean spent = noun.equals("spending") || noun.equals("investment");
        boolean to = t.is(k, "to") && !WordClasses.DETERMINERS.contains(t.lower(k + 1)) && !t.isCapitalized(k + 1);
        if (!PURPOSES.contains(t.lower(k)) || (t.is(k, "on") && !spent) || to) {
            return null; // "pay £850m to settle": an aim, not a recipient
        }
        int start = Phrases.skipDeterminers(t, k + 1);
        int room = FigureLabeler.MAX_WORDS - Words.count(noun) - 1;
        boolean article = start == k + 2 && t.is(k + 1, "the") && room >= 2;
        Span object = Phrases.nounAfter(t, start, room - (article ? 1 : 0));
        int next = object.last() + 1;
        boolean cut = t.isNumber(next) || Phrases.isContent(t, next) || t.is(next, "of") || t.is(next, "in");
        if (object.isEmpty() || cut) {
            return null; // never half a phrase: "for his part in the fraud"
        }
        return noun + " " + t.original(k) + " " + (article ? "the " : "") + Phrases.words(t, object);
    }

    /** The noun phrase before the figure, with the verb that governs it: "value of club", "expected figure". */
    static String objectLabel(Tokens t, Mention m, int k, Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        int v = phrase.first() - 1;
        while (WordClasses.DETERMINERS.contains(t.lower(v))) {
            v--;
        }
        boolean vague = FigureLabeler.VAGUE.contains(t.lower(k)); // "spent the better part of two decades"
        if (vague && phrase.text().indexOf(' ') < 0 && !PrecedingPhrase.isVerb(t, v)) {
            return null;
        }
        String governed = vague ? null : governed(t, v, phrase.text());
        if (governed != null) {
            return governed;
        }
        String text = phrase.text();
        if (Words.count(text) > 1) {
            return text;
        }
        int after = FollowingPhrase.skipConversion(t, m, m.last() + 1);
        String next = t.lower(after);
        boolean prepositional = next.equals("in") || next.equals("from") || next.equals("for");
        if (prepositional && m.kind() != Kind.DURATION && m.kind() != Kind.RANK) {
            return FollowingPhrase.withPrepositionalPhrase(t, after, text); // "a profit of A$120m for the half-year"
        }
        int before = k - (WordClasses.DETERMINERS.contains(t.lower(k - 1)) ? 2 : 1);
        return vague && PrecedingPhrase.isVerb(t, before) ? t.original(before) + " " + text : text; // "expected figure"
    }

    /** The phrase as the object of the verb at {@code v}: "value of club", "fine for Budge Pountney". */
    private static String governed(Tokens t, int v, String phrase) {
        String verb = t.lower(v);
        String noun = WordClasses.CHANGE_NOUNS.getOrDefault(verb, WordClasses.OBJECT_NOUNS.get(verb));
        if (noun == null || !PrecedingPhrase.isVerb(t, v)) {
            return null;
        }
        String link = noun.equals("cost")
                ? " to "
                : OBJECT_OF_NOUNS.contains(noun) ? " of " : Labels.isChange(noun) ? " in " : " for ";
        String joined = noun + link + phrase;
        return Words.count(joined) <= FigureLabeler.MAX_WORDS ? joined : null;
    }
}
