package dev.digestbot.summarize.quote;

import static dev.digestbot.summarize.quote.AttributionWords.article;
import static dev.digestbot.summarize.quote.AttributionWords.auxiliary;
import static dev.digestbot.summarize.quote.AttributionWords.clauseWord;
import static dev.digestbot.summarize.quote.AttributionWords.dash;
import static dev.digestbot.summarize.quote.AttributionWords.name;
import static dev.digestbot.summarize.quote.AttributionWords.opener;
import static dev.digestbot.summarize.quote.AttributionWords.phraseWord;
import static dev.digestbot.summarize.quote.AttributionWords.pronoun;
import static dev.digestbot.summarize.quote.AttributionWords.relative;

/**
 * Reads the attribution around a quotation: {@code said X}, {@code X said}, {@code X, the <role>,
 * said}, {@code according to X}, {@code X told ...:}, {@code X: "..."}, {@code he added}. Works on
 * tokens in bounded windows, so it costs the same on a long sentence as on a short one.
 */
final class AttributionParser {
    private static final int MAX_PHRASE = 10;
    private static final int MAX_SUBJECT = 14;
    private static final int MAX_APPOSITION = 25;
    private static final int MAX_OBJECT = 8;
    private static final int MAX_CLAUSE = 60;

    private final Tokens tokens;

    AttributionParser(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The attribution right after the quotation at token {@code q}: {@code ," he said}. */
    Attribution trailing(int q) {
        Attribution a = trailingPhrase(q);
        if (a == null
                || !tokens.get(q).quoteEndsSentence()
                || !tokens.get(q + 1).capitalised()) {
            return a;
        }
        // after a quotation that ends its sentence only a short tag ("McLean recalled.") is an
        // attribution: "Gerrard admitted he thought ..." is the next sentence
        Token next = a.end() < tokens.size() ? tokens.get(a.end()) : null;
        return next == null || next.type() == Token.Type.PUNCT || next.type() == Token.Type.BREAK ? a : null;
    }

    private Attribution trailingPhrase(int q) {
        int i = q + 1;
        while (i < tokens.size() && (tokens.get(i).isPunct(',') || dash(tokens.get(i)))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        if (verb(i)) {
            int from = skipAuxiliaries(i + 1);
            int to = objectPhrase(from);
            return to > from ? new Attribution(from, headEnd(from, to), to, to) : null;
        }
        if (according(i)) {
            int to = phraseForward(i + 2);
            return to > i + 2 ? new Attribution(i + 2, to, to, to) : null;
        }
        return subjectThenVerb(i);
    }

    /** {@code X said}, {@code X, the role, said}, {@code festival director Y said}: words then a verb. */
    private Attribution subjectThenVerb(int i) {
        Token first = tokens.get(i);
        if (pronoun(first)) {
            int j = skipAuxiliaries(i + 1);
            return j < tokens.size() && verb(j) ? new Attribution(i, i + 1, i + 1, j + 1) : null;
        }
        if (first.lowerCaseWord() && Lexicon.NOT_NAMES.contains(first) && !article(first)) {
            return null; // "and then ...", "which ..."
        }
        int unknown = 0;
        boolean apposition = false;
        for (int k = i; k < tokens.size() && k - i <= MAX_SUBJECT; k++) {
            Token t = tokens.get(k);
            if (verb(k)) {
                int to = trimBack(i, k);
                return to > i ? new Attribution(i, headEnd(i, to), to, k + 1) : null;
            }
            if (t.isPunct(',')) {
                if (!apposition && (k + 1 >= tokens.size() || clauseWord(tokens.get(k + 1)))) {
                    return null;
                }
                apposition = true; // "Smith, the party's leader, said"
            } else if (!t.isWord() || !apposition && !phraseWord(t) && ++unknown > 2) {
                return null;
            }
        }
        return null;
    }

    /** The attribution before the quotation at token {@code q}: {@code He said: "}, {@code According to X, "}. */
    Attribution leading(int q) {
        int start = sentenceStart(q);
        int r = q - 1;
        while (r >= start && (opener(tokens.get(r)) || tokens.get(r).lower().equals("that"))) {
            r--;
        }
        if (r < start) {
            return null;
        }
        for (int k = r; k >= start && r - k <= MAX_OBJECT && tokens.get(k).type() != Token.Type.QUOTE; k--) {
            if (participle(k) && !(k > start && auxiliary(tokens.get(k - 1)))) {
                return reported(start, k); // "..., adding:": the clause's subject speaks
            }
            if (verb(k)) {
                return subjectOf(k, start);
            }
        }
        int s = start;
        while (s < q && dash(tokens.get(s))) {
            s++;
        }
        if (tokens.get(q - 1).isPunct(':') && q - 1 > s && phraseForward(s) == q - 1) {
            return new Attribution(s, q - 1, q - 1, q); // Manchester City boss Kevin Keegan: "..."
        }
        return reported(start, q);
    }

    /** The speaker of the verb at {@code k}, or of an earlier verb in its sentence ("X said ..., but added"). */
    private Attribution subjectOf(int k, int start) {
        int j = k - 1;
        if (j > start && relative(tokens.get(j))) {
            // "Westview High School, which says ...": the relative pronoun's antecedent speaks
            j = tokens.get(j - 1).isPunct(',') ? j - 2 : j - 1;
        }
        int from = phraseBackward(j, start);
        if (from < 0) {
            return reported(start, k);
        }
        int extent = trimBack(from, k);
        return new Attribution(from, headEnd(from, extent), extent, k + 1);
    }

    /** The attribution of a stretch with no quotation of its own: {@code Mr Howard said the plan ...}. */
    Attribution reported(int from, int to) {
        for (int k = from; k < to; k++) {
            if (according(k)) {
                int end = phraseForward(k + 2);
                return end > k + 2 ? new Attribution(k + 2, end, end, end) : null;
            }
            if (verb(k)) {
                int start = phraseBackward(k - 1, from);
                if (start >= 0) {
                    int extent = trimBack(start, k);
                    return new Attribution(start, headEnd(start, extent), extent, k + 1);
                }
                int f = skipAuxiliaries(k + 1);
                int end = objectPhrase(f);
                return end > f ? new Attribution(f, headEnd(f, end), end, end) : null;
            }
        }
        return null;
    }

    /** The start of the clause before token {@code i}: its sentence start, at most a window back. */
    int sentenceStart(int i) {
        return tokens.clauseStart(i, MAX_CLAUSE);
    }

    /** The start of the speaker's phrase ending at {@code j}, looking back from a verb; -1 if none. */
    private int phraseBackward(int j, int start) {
        while (j >= start && auxiliary(tokens.get(j))) {
            j--;
        }
        if (j >= start && tokens.get(j).isPunct(',')) {
            j = appositionStart(j, start) - 1;
        }
        if (j < start) {
            return -1;
        }
        if (pronoun(tokens.get(j))) {
            return j;
        }
        int k = j;
        while (k >= start && j - k < MAX_PHRASE && phraseWord(tokens.get(k))) {
            k--;
        }
        k++;
        while (k <= j && Lexicon.CONNECTORS.contains(tokens.get(k)) && !article(tokens.get(k))) {
            k++;
        }
        if (k <= j
                && k - 2 >= start
                && tokens.get(k - 1).isPunct(',')
                && name(tokens.get(k - 2))
                && (tokens.get(k).lowerCaseWord() && !hasName(k, j) || Lexicon.ORG_WORDS.contains(tokens.get(j)))) {
            // "Mark Serwotka, the leader of the union said", "Colin Asplin, Blackpool Hotel
            // Association said": the name before the apposition
            int m = k - 2;
            while (m > start && name(tokens.get(m - 1))) {
                m--;
            }
            return m;
        }
        return k <= j ? k : -1;
    }

    /** The end of the speaker's phrase starting at {@code i}, reading forward; {@code i} if none. */
    int phraseForward(int i) {
        if (i < tokens.size() && pronoun(tokens.get(i))) {
            return i + 1;
        }
        int to = i;
        while (to < tokens.size() && to - i < MAX_PHRASE && phraseWord(tokens.get(to))) {
            to++;
        }
        while (to > i && Lexicon.CONNECTORS.contains(tokens.get(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * The speaker's phrase after a verb: {@code said Mr Clarke}, also {@code said co-ordinator
     * Peter Facey} and {@code said EEF chief economist, Steve Radley}.
     */
    private int objectPhrase(int from) {
        if (from >= tokens.size()) {
            return from;
        }
        int to = phraseForward(from);
        if (to == from && !pronoun(tokens.get(from))) {
            int j = from;
            while (j < tokens.size() && j - from < 4 && tokens.get(j).lowerCaseWord()) {
                j++;
            }
            to = j > from && j < tokens.size() && name(tokens.get(j)) ? phraseForward(j) : from;
        }
        if (to > from
                && to + 1 < tokens.size()
                && tokens.get(to).isPunct(',')
                && name(tokens.get(to + 1))
                && tokens.get(to - 1).lowerCaseWord()) {
            int end = to + 1;
            while (end < tokens.size() && tokens.get(end).capitalised()) {
                end++;
            }
            return end >= tokens.size() || tokens.get(end).type() != Token.Type.WORD ? end : to;
        }
        return to;
    }

    /** Where the head of a phrase ends: at its first comma, before any apposition. */
    private int headEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).isPunct(',')) {
                return k;
            }
        }
        return to;
    }

    /** {@code to} moved back over auxiliaries and commas before it. */
    private int trimBack(int from, int to) {
        while (to > from && (auxiliary(tokens.get(to - 1)) || tokens.get(to - 1).isPunct(','))) {
            to--;
        }
        return to;
    }

    private int appositionStart(int comma, int start) {
        for (int k = comma - 1; k >= start && comma - k <= MAX_APPOSITION; k--) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE) {
                return comma;
            }
            if (t.isPunct(',')) {
                return k;
            }
        }
        return comma;
    }

    private int skipAuxiliaries(int i) {
        while (i < tokens.size() && auxiliary(tokens.get(i))) {
            i++;
        }
        return i;
    }

    private boolean hasName(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (name(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    boolean verb(int i) {
        Token t = tokens.get(i);
        return t.lowerCaseWord()
                && (Lexicon.SPEECH_VERBS.contains(t)
                        || participle(i) && i > 0 && auxiliary(tokens.get(i - 1))); // "is saying"
    }

    private boolean participle(int i) {
        Token t = tokens.get(i);
        return t.lowerCaseWord() && Lexicon.PARTICIPLES.contains(t);
    }

    private boolean according(int i) {
        return i + 1 < tokens.size()
                && tokens.get(i).lower().equals("according")
                && tokens.get(i + 1).lower().equals("to");
    }
}
