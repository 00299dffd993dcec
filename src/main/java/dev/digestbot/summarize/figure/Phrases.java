package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds noun phrases around a figure without a part-of-speech tagger: a run of content words,
 * bounded by function words, verbs, numbers and punctuation. Cheap word lists, not a parser, so
 * that labelling costs microseconds.
 */
final class Phrases {
    /** A run of tokens {@code first..last}, inclusive; empty when {@code last < first}. */
    record Span(int first, int last) {
        boolean isEmpty() {
            return last < first;
        }

        int size() {
            return last - first + 1;
        }
    }

    private static final Set<String> AUXILIARIES = WordLists.set("is was has does goes says");
    private static final Set<String> LINKS = WordLists.set("of from for in on at");
    private static final Set<String> CLAUSE_BREAKS = WordLists.set(", ; : \" “ ” that which who while but");
    private static final Set<String> CONTRACTIONS = WordLists.set("it's that's he's she's there's what's who's let's "
            + "here's it’s that’s he’s she’s there’s what’s who’s let’s here’s");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Phrases() {}

    /** A word that can be part of a noun phrase. */
    static boolean isContent(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        String word = t.lower(i);
        boolean named = t.isCapitalized(i) && !t.atStart(i); // "West End", "Champions League"
        return !WordClasses.FUNCTION.contains(word)
                && !CONTRACTIONS.contains(word)
                && !isContraction(word)
                && !(t.isNumber(i - 1) && t.glued(i))
                && !(NumberWords.scale(word) > 0 && (t.isNumber(i - 1) || NumberWords.cardinal(t.lower(i - 1)) > 0))
                && (named || !WordClasses.VERBS.contains(word))
                && (named || !WordClasses.CHANGE_NOUNS.containsKey(word))
                && (!word.endsWith("ly") || isNamePart(t, i)) // "Emily", "Kelly Parsons", not "Finally"
                && NumberWords.cardinal(word) < 0
                && !NotAFigure.isMonth(t, i);
    }

    /** A capitalized word inside a sentence, or opening one before another capitalized word. */
    private static boolean isNamePart(Tokens t, int i) {
        return t.isCapitalized(i) && (!t.atStart(i) || t.isCapitalized(i + 1));
    }

    /** "I'd", "we've", "they're", "weren't": a pronoun or verb with its ending, never part of a noun phrase. */
    private static boolean isContraction(String word) {
        int n = word.length();
        if (n >= 3 && isApostrophe(word.charAt(n - 2))) {
            char last = word.charAt(n - 1); // "I'd", "I'm", "weren't"
            return last == 'd' || last == 'm' || last == 't' && word.charAt(n - 3) == 'n';
        }
        if (n >= 4 && isApostrophe(word.charAt(n - 3))) {
            String ending = word.substring(n - 2); // "we've", "they're", "we'll"
            return ending.equals("ve") || ending.equals("re") || ending.equals("ll");
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** A participle that ends a phrase ("people injured in"), not one that starts it ("injured people"). */
    static boolean isVerbForm(Tokens t, int i) {
        String word = t.lower(i);
        boolean participle = word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing"));
        return participle && !WordClasses.NOT_VERBS_ED.contains(word) && !isContent(t, i + 1) && !t.isJoiner(i + 1);
    }

    /** A noun-or-verb word used as a noun: followed by punctuation or a preposition, not an object. */
    private static boolean isNounHere(Tokens t, int i) {
        String word = t.lower(i);
        if (WordClasses.NOUN_VERBS.contains(word)) {
            String next = t.lower(i + 1);
            return !t.isWord(i + 1) || (!isContent(t, i + 1) && !WordClasses.DETERMINERS.contains(next));
        }
        boolean plural = word.endsWith("s") && WordClasses.VERBS.contains(word) && !AUXILIARIES.contains(word);
        return plural && !t.isWord(i + 1) && !t.isNumber(i + 1); // "made two fine saves, and"
    }

    /** "19 private banks operate, only": a bare verb after a plural noun ends the phrase. */
    private static boolean isVerbAfterPlural(Tokens t, int i, int start) {
        String previous = t.lower(i - 1);
        String word = t.lower(i);
        boolean plural = previous.endsWith("s") && !previous.endsWith("'s") && !previous.endsWith("ss");
        return i > start && plural && !word.endsWith("s") && !t.isCapitalized(i) && !isContent(t, i + 1);
    }

    /** The noun phrase starting at {@code i}, at most {@code max} words. */
    static Span nounAfter(Tokens t, int i, int max) {
        int last = i - 1;
        int words = 0;
        int k = i;
        while (words < max
                && (isContent(t, k) || isNounHere(t, k))
                && !(k > i && (isVerbForm(t, k) || isVerbAfterPlural(t, k, i)))
                && !(k > i && t.isCapitalized(k) && isPluralNoun(t, k - 1))) { // "two sons Michael and Sam"
            last = k;
            words++;
            while (t.isJoiner(last + 1) && t.isWord(last + 2)) {
                last += 2; // "second-half", "tie-break"
            }
            if ((t.is(last + 1, "'") || t.is(last + 1, "’")) && t.glued(last + 1)) {
                last++; // "members' names"
            }
            k = last + 1;
        }
        return new Span(i, last);
    }

    /** The noun phrase ending at {@code i}, at most {@code max} words. */
    static Span nounBefore(Tokens t, int i, int max) {
        int first = i + 1;
        int words = 0;
        int k = i;
        while (words < max && k >= 0) {
            if ((t.is(k, "'") || t.is(k, "’")) && t.glued(k) && k > 0) {
                k--; // "players' wages"
            }
            if (!isContent(t, k) || (k == i && isVerbForm(t, k))) {
                break;
            }
            if (t.isJoiner(k - 1) && t.isNumber(k - 2)) {
                break; // "page" of "the 16-page manuscript" belongs to the figure
            }
            if (k < i && t.lower(k).endsWith("ed") && t.lower(k).length() > 4 && !WordClasses.isNoun(t.lower(k))) {
                break; // "that expansion pushed annual growth": a verb, not an adjective
            }
            first = k;
            words++;
            while (t.isJoiner(first - 1) && t.isWord(first - 2)) {
                first -= 2;
            }
            k = first - 1;
        }
        return new Span(first, i);
    }

    /** A phrase and the index of its first token. */
    record Phrase(String text, int first) {}

    /** The noun phrase ending at {@code i}, widened by one "X of Y" step: "average size of English constituency". */
    static Phrase phraseBefore(Tokens t, int i) {
        Span span = nounBefore(t, i, 4);
        if (span.isEmpty()) {
            return null;
        }
        Phrase phrase = new Phrase(words(t, span), span.first());
        int p = span.first() - 1;
        while (WordClasses.DETERMINERS.contains(t.lower(p))) {
            p--;
        }
        if (!LINKS.contains(t.lower(p))) {
            return phrase;
        }
        int q = p - 1;
        if (t.isNumber(q) && t.is(q - 1, "of")) {
            q -= 2; // "the age of 21 for an MP"
        }
        while (WordClasses.DETERMINERS.contains(t.lower(q))) {
            q--;
        }
        Span head = nounBefore(t, q, 3);
        boolean name = !head.isEmpty() && t.isCapitalized(head.first()) && t.isWord(head.first() - 1);
        String joined = head.isEmpty() || name ? null : words(t, head) + " " + t.original(p) + " " + phrase.text();
        return joined != null && Words.count(joined) <= 5 ? new Phrase(joined, head.first()) : phrase;
    }

    /** A change noun at {@code i} with the words before it: "increases", "price rise". */
    static String changeBefore(Tokens t, int i) {
        Span span = nounBefore(t, i - 1, 3);
        return span.isEmpty() ? t.original(i) : words(t, span) + " " + t.original(i);
    }

    /** The first noun phrase of the clause that contains token {@code from}, if it ends before {@code limit}. */
    static String clauseSubject(Tokens t, int from, int limit) {
        int start = Math.max(0, from);
        while (start > 0 && start > from - 40 && !CLAUSE_BREAKS.contains(t.lower(start - 1))) {
            start--;
        }
        while (start < limit && !t.isNumber(start) && (!isContent(t, start) || isParticiple(t.lower(start)))) {
            start++; // "..., losing three of her last five": no subject in this clause
        }
        Span first = nounAfter(t, start, 4);
        return first.isEmpty() || first.last() >= limit ? null : words(t, first);
    }

    /** The owner just before a figure: "Gerrard's 20-yard drive", "the players' 10% rise". */
    static String possessiveBefore(Tokens t, int i) {
        if ((t.is(i, "'") || t.is(i, "’")) && t.glued(i) && t.lower(i - 1).endsWith("s") && isContent(t, i - 1)) {
            return t.text(i - 1, i);
        }
        String word = t.lower(i);
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        return possessive && isContent(t, i) && !CONTRACTIONS.contains(word) ? t.original(i) : null;
    }

    /** The index before the determiners that end at {@code k}: "at [the] home" -> "at". */
    static int skipDeterminersBack(Tokens t, int k) {
        while (WordClasses.DETERMINERS.contains(t.lower(k))) {
            k--;
        }
        return k;
    }

    static int skipDeterminers(Tokens t, int k) {
        while (WordClasses.DETERMINERS.contains(t.lower(k)) || t.is(k, "own")) {
            k++;
        }
        return k;
    }

    private static boolean isPluralNoun(Tokens t, int i) {
        String word = t.lower(i);
        return t.isWord(i) && !t.isCapitalized(i) && word.endsWith("s") && !word.endsWith("ss");
    }

    private static boolean isParticiple(String word) {
        return word.length() > 4 && (word.endsWith("ing") || word.endsWith("ed")) && !WordClasses.isNoun(word);
    }

    /** The words of {@code span} as written, on one line. */
    static String words(Tokens t, Span span) {
        String text = t.text(span.first(), span.last());
        boolean plain = text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && !text.contains("  ");
        return plain ? text : WHITESPACE.matcher(text).replaceAll(" ");
    }
}
