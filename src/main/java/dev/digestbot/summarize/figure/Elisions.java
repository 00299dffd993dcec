package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.List;
import java.util.Set;

/**
 * Counts whose noun is left out because an earlier count of the sentence names it: "ten goals in
 * the league and [six] in Europe", "Of the 27 journalists charged, [23] have been cleared", and
 * "[59] of them were children".
 */
final class Elisions {
    private static final Set<String> PRONOUNS = WordLists.set("them whom those these us");
    private static final Set<String> BE = WordLists.set("are were is was be");
    /** How many tokens back the count that names the noun may stand. */
    private static final int NEAR = 12;

    private static final Set<String> SKIPPED = WordLists.set("more other further extra additional");

    private Elisions() {}

    /** Replaces the "number counted" of a count whose noun is elided with one taken from the sentence. */
    static void fill(Tokens t, List<Mention> mentions, String[] labels) {
        String unknown = Labels.fallback(Kind.COUNT, "");
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() != Kind.COUNT || !labels[i].equals(unknown)) {
                continue;
            }
            String label = ofThem(t, m);
            boolean whole = m.number() == Math.floor(m.number()) && !isListed(t, m);
            for (int j = i - 1;
                    label == null
                            && whole
                            && j >= 0
                            && m.first() - mentions.get(j).last() <= NEAR;
                    j--) {
                Span noun = mentions.get(j).kind() == Kind.COUNT ? countedNoun(t, mentions.get(j)) : null;
                label = noun == null ? null : borrow(t, m, Phrases.words(t, noun));
            }
            labels[i] = label != null ? label : labels[i];
        }
    }

    /** "husbands Nos. 1, 2, 5 and 7": a list of bare numbers, which are names rather than counts. */
    private static boolean isListed(Tokens t, Mention m) {
        boolean before = (t.is(m.first() - 1, ",") || t.is(m.first() - 1, "and")) && t.isNumber(m.first() - 2);
        boolean after = (t.is(m.last() + 1, ",") || t.is(m.last() + 1, "and")) && t.isNumber(m.last() + 2);
        return before || after;
    }

    /** "59 of them were children" -> "children"; null for other figures. */
    private static String ofThem(Tokens t, Mention m) {
        int k = m.last() + 1;
        if (!t.is(k, "of") || !PRONOUNS.contains(t.lower(k + 1))) {
            return null;
        }
        k += 2;
        if (!BE.contains(t.lower(k))) {
            return null;
        }
        Span noun = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k + 1), 4);
        if (noun.isEmpty() || !Phrases.isContent(t, noun.last())) {
            return null;
        }
        String text = Phrases.words(t, noun);
        return Words.count(text) > 1 ? text : Labels.widen(text, Kind.COUNT);
    }

    /** The noun an earlier count counts: "27 journalists", "ten league goals"; null when none follows it. */
    private static Span countedNoun(Tokens t, Mention earlier) {
        int k = earlier.last() + 1;
        while (SKIPPED.contains(t.lower(k))) {
            k++;
        }
        Span noun = Phrases.nounAfter(t, k, 3);
        if (noun.isEmpty() || t.isCapitalized(noun.first())) {
            return null;
        }
        String head = t.lower(noun.last());
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || Clauses.isPerson(head);
        return plural && WordClasses.isNounLike(head) ? noun : null; // not "a two-horse race"
    }

    /** The borrowed noun with what follows this count: "journalists cleared", "goals in Europe". */
    private static String borrow(Tokens t, Mention m, String noun) {
        int k = m.last() + 1;
        boolean auxiliary = PrecedingPhrase.isAuxiliary(t.lower(k)) || t.is(k, "who") || t.is(k, "that");
        String clause = auxiliary ? Clauses.extend(t, k, noun, FigureLabeler.MAX_WORDS, Clauses.Role.FREE) : null;
        if (clause != null) {
            return clause;
        }
        String place = FollowingPhrase.withPrepositionalPhrase(t, k, noun);
        if (!place.equals(noun)) {
            return place;
        }
        return Words.count(noun) > 1 ? noun : Labels.widen(noun, Kind.COUNT);
    }
}
