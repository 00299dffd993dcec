package dev.digestbot.summarize;

import java.util.Set;

/**
 * Reads the attribution around a quotation: {@code said X}, {@code X said}, {@code X, the <role>,
 * said}, {@code according to X}, {@code X told ...:}, {@code X: "..."}, {@code he added}, and for a
 * partial quote the subject of its sentence. Works on tokens in bounded windows, so it costs the
 * same on a long sentence as on a short one.
 */
final class AttributionParser {
    private static final int MAX_PHRASE = 10;
    private static final int MAX_APPOSITION = 15;
    private static final int MAX_OBJECT = 8;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

    /** Lower-case words that may stand in a speaker's noun phrase: "deputy chief executive". */
    private static final Set<String> MODIFIERS = Set.of(
            "deputy",
            "chief",
            "executive",
            "senior",
            "junior",
            "former",
            "acting",
            "interim",
            "joint",
            "vice",
            "assistant",
            "associate",
            "managing",
            "general",
            "financial",
            "operating",
            "technical",
            "commercial",
            "founding",
            "press",
            "communications",
            "legal",
            "medical",
            "political",
            "foreign",
            "home",
            "shadow",
            "local",
            "national",
            "regional",
            "international",
            "global",
            "marketing",
            "sales",
            "sports",
            "creative",
            "artistic",
            "research",
            "policy",
            "economics",
            "business",
            "news",
            "programme",
            "program",
            "head");

    private final Tokens tokens;

    AttributionParser(Tokens tokens) {
        this.tokens = tokens;
    }

    static boolean pronoun(Token t) {
        return t.isWord() && PRONOUNS.contains(t.lower());
    }

    /** The attribution right after the quotation at token {@code q}: {@code ," he said}. */
    Attribution trailing(int q) {
        Attribution a = trailingPhrase(q);
        if (a == null || !endsSentence(tokens.get(q)) || a.end() >= tokens.size()) {
            return a;
        }
        // after a quotation that ends its sentence, only a short tag ("McLean recalled.") is an
        // attribution; "Gerrard admitted he thought..." is the next sentence
        Token next = tokens.get(a.end());
        return next.type() == Token.Type.PUNCT || next.type() == Token.Type.BREAK ? a : null;
    }

    private boolean endsSentence(Token quote) {
        return quote.type() == Token.Type.QUOTE && quote.quoteEndsSentence();
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
            int to = phraseForward(from);
            return to > from ? new Attribution(from, to, to, true) : null;
        }
        if (according(i)) {
            int to = phraseForward(i + 2);
            return to > i + 2 ? new Attribution(i + 2, to, to, true) : null;
        }
        return subjectThenVerb(i);
    }

    /** {@code X said}, {@code X, the role, said}, {@code he told}: a phrase from {@code i} then a verb. */
    private Attribution subjectThenVerb(int i) {
        int to = pronoun(tokens.get(i)) ? i + 1 : phraseForward(i);
        if (to == i) {
            return null;
        }
        int j = skipAuxiliaries(to);
        if (j < tokens.size() && tokens.get(j).isPunct(',')) {
            j = skipAuxiliaries(skipApposition(j));
        }
        return j < tokens.size() && verb(j) ? new Attribution(i, to, j + 1, true) : null;
    }

    /** The attribution before the quotation at token {@code q}: {@code He said: "}, {@code According to X, "}. */
    Attribution leading(int q) {
        int start = sentenceStart(q);
        int r = q - 1;
        while (r >= start
                && (tokens.get(r).isPunct(':')
                        || tokens.get(r).isPunct(',')
                        || dash(tokens.get(r))
                        || tokens.get(r).lower().equals("that"))) {
            r--;
        }
        if (r < start) {
            return null;
        }
        for (int k = r; k >= start && r - k <= MAX_OBJECT && tokens.get(k).type() != Token.Type.QUOTE; k--) {
            if (verb(k)) {
                int from = phraseBackward(k - 1, start);
                return from < 0 ? null : new Attribution(from, phraseEnd(from, k), q, true);
            }
        }
        for (int k = start; k < r; k++) {
            if (according(k)) {
                int to = phraseForward(k + 2);
                return to > k + 2 ? new Attribution(k + 2, to, q, true) : null;
            }
        }
        if (tokens.get(q - 1).isPunct(':') && phraseForward(start) == q - 1 && q - 1 > start) {
            return new Attribution(start, q - 1, q, true);
        }
        return null;
    }

    /** The attribution of a sentence with no quotation: {@code Mr Howard said the plan ...}. */
    Attribution reported(int from, int to) {
        for (int k = from; k < to; k++) {
            if (according(k)) {
                int end = phraseForward(k + 2);
                return end > k + 2 ? new Attribution(k + 2, end, end, true) : null;
            }
            if (verb(k)) {
                int start = phraseBackward(k - 1, from);
                if (start >= 0) {
                    return new Attribution(start, phraseEnd(start, k), k + 1, true);
                }
                int end = phraseForward(skipAuxiliaries(k + 1));
                return end > k + 1 ? new Attribution(k + 1, end, end, true) : null;
            }
        }
        return null;
    }

    int sentenceStart(int i) {
        int s = tokens.sentence(i);
        int k = i;
        while (k > 0 && tokens.sentence(k - 1) == s && tokens.get(k - 1).type() != Token.Type.BREAK) {
            k--;
        }
        return k;
    }

    /** The start of the speaker's phrase ending at {@code j} (looking back from a verb), or -1. */
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
        while (k <= j && Lexicon.CONNECTORS.contains(tokens.get(k).lower()) && !article(tokens.get(k))) {
            k++;
        }
        return k <= j ? k : -1;
    }

    /** Where the phrase starting at {@code from} ends, before a verb at {@code verb}. */
    private int phraseEnd(int from, int verb) {
        if (pronoun(tokens.get(from))) {
            return from + 1;
        }
        int to = from;
        while (to < verb && phraseWord(tokens.get(to))) {
            to++;
        }
        return Math.max(to, from + 1);
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
        while (to > i && Lexicon.CONNECTORS.contains(tokens.get(to - 1).lower())) {
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

    private int skipApposition(int comma) {
        for (int k = comma + 1; k < tokens.size() && k - comma <= MAX_APPOSITION; k++) {
            Token t = tokens.get(k);
            if (t.type() != Token.Type.WORD && !t.isPunct(',')) {
                return comma;
            }
            if (t.isPunct(',')) {
                return k + 1;
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

    boolean verb(int i) {
        Token t = tokens.get(i);
        return t.lowerCaseWord()
                && Lexicon.SPEECH_VERBS.contains(t.lower())
                && !t.lower().equals("according");
    }

    private boolean according(int i) {
        return i + 1 < tokens.size()
                && tokens.get(i).lower().equals("according")
                && tokens.get(i + 1).lower().equals("to");
    }

    private static boolean auxiliary(Token t) {
        return t.lowerCaseWord()
                && (Lexicon.AUXILIARIES.contains(t.lower()) || t.lower().endsWith("ly"));
    }

    private static boolean dash(Token t) {
        return t.isPunct('-') || t.isPunct('\u2014') || t.isPunct('\u2013');
    }

    private static boolean article(Token t) {
        return t.lower().equals("the");
    }

    /** A word that may belong to a speaker's noun phrase. */
    static boolean phraseWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.capitalised() || Character.isDigit(t.text().charAt(0))) {
            return !PRONOUNS.contains(t.lower());
        }
        String w = t.lower();
        return Lexicon.PERSON_ROLES.contains(w)
                || Lexicon.ORG_ROLES.contains(w)
                || Lexicon.SPOKES.contains(w)
                || MODIFIERS.contains(w)
                || Lexicon.CONNECTORS.contains(w)
                || w.equals("a")
                || w.equals("an")
                || w.endsWith("-year-old");
    }
}
