package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Set;

/**
 * What the words after a sum of money say it is: "£10 [donated to Labour]", "the £12bn [left over]",
 * "£7.4m [from the Treasury]", "£85 [was not an excessive penalty]".
 */
final class Sums {
    private static final Set<String> PARTICLES = WordLists.set("over out aside back");
    private static final Set<String> BE = WordLists.set("is was are were be");
    private static final Set<String> BETWEEN = WordLists.set("not a an the only just still also really truly");

    private Sums() {}

    /** The label the words after the sum at {@code k} give it, or null. */
    static String after(Tokens t, Mention m, int k) {
        if (isParticiple(t, k)) {
            return participle(t, m, k);
        }
        if (t.is(k, "from") && t.is(k + 1, "the") && t.isCapitalized(k + 2)) {
            Span source = Labels.capitalizedRun(t, k + 2);
            return source.isEmpty() ? null : "sum from " + Phrases.words(t, source);
        }
        return BE.contains(t.lower(k)) ? complement(t, k + 1) : null;
    }

    /** "£10 donated to Labour" -> "sum donated to Labour", "the £12bn left over" -> "sum left over". */
    private static String participle(Tokens t, Mention m, int k) {
        boolean particle = PARTICLES.contains(t.lower(k + 1));
        String sum = "sum " + t.original(k) + (particle ? " " + t.original(k + 1) : "");
        String purpose = Verbs.purpose(t, new Mention(m.first(), k, m.kind(), m.number()), sum);
        return purpose != null ? purpose : sum;
    }

    /** "£85 was not an excessive penalty" -> "size of penalty": the noun the sum is said to be. */
    private static String complement(Tokens t, int k) {
        while (BETWEEN.contains(t.lower(k))) {
            k++;
        }
        Span noun = Phrases.nounAfter(t, k, 3);
        if (noun.isEmpty() || !t.is(noun.last() + 1, ".") && Phrases.isContent(t, noun.last() + 1)) {
            return null;
        }
        String head = t.lower(noun.last());
        return Labels.isSum(head) ? Labels.widenAfter(head, Mention.Kind.MONEY, "") : null;
    }

    /** "donated", "left" before no noun: a participle after a sum, not the noun it buys. */
    static boolean isParticiple(Tokens t, int k) {
        String word = t.lower(k);
        boolean past = word.length() > 4 && word.endsWith("ed") && !WordClasses.isNoun(word);
        boolean irregular = Clauses.PARTICIPLES.contains(word) && !Phrases.isContent(t, k + 1);
        return t.isWord(k) && (past || irregular) && !t.isCapitalized(k);
    }
}
