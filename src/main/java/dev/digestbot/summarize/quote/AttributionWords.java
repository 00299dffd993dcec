package dev.digestbot.summarize.quote;

import java.util.Set;

/** What part a single word can play in an attribution: pronoun, name, role, clause opener. */
final class AttributionWords {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

    private AttributionWords() {}

    static boolean pronoun(Token t) {
        return t.isWord() && PRONOUNS.contains(t.lower());
    }

    /** A word that opens a clause rather than an apposition: "and", "on", "when". */
    static boolean clauseWord(Token t) {
        return t.lowerCaseWord()
                && Lexicon.NOT_NAMES.contains(t)
                && !article(t)
                && !t.lower().equals("a");
    }

    static boolean name(Token t) {
        return t.capitalised() && !Lexicon.NOT_NAMES.contains(t);
    }

    static boolean relative(Token t) {
        return t.lowerCaseWord()
                && (t.lower().equals("which")
                        || t.lower().equals("who")
                        || t.lower().equals("that"));
    }

    static boolean opener(Token t) {
        return t.isPunct(':') || t.isPunct(',') || dash(t);
    }

    static boolean auxiliary(Token t) {
        return t.lowerCaseWord()
                && (Lexicon.AUXILIARIES.contains(t) || t.lower().endsWith("ly"));
    }

    static boolean dash(Token t) {
        return t.isPunct('-') || t.isPunct('\u2014') || t.isPunct('\u2013');
    }

    static boolean article(Token t) {
        return t.lower().equals("the") || t.lower().equals("a") || t.lower().equals("an");
    }

    /** A word that may belong to a speaker's noun phrase: names, roles, "a", "of the". */
    static boolean phraseWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.capitalised() || Character.isDigit(t.text().charAt(0))) {
            return !PRONOUNS.contains(t.lower());
        }
        String w = t.lower();
        if (w.indexOf('-') > 0) {
            return w.endsWith("-year-old") || roleWord(w.substring(w.lastIndexOf('-') + 1));
        }
        return roleWord(t) || Lexicon.CONNECTORS.contains(t) || w.equals("a") || w.equals("an");
    }

    private static boolean roleWord(Token t) {
        return Lexicon.PERSON_ROLES.contains(t)
                || Lexicon.ROLE_CAPS.contains(t)
                || Lexicon.ORG_ROLES.contains(t)
                || Lexicon.SPOKES.contains(t)
                || Lexicon.MODIFIERS.contains(t);
    }

    static boolean roleWord(String w) {
        return Lexicon.PERSON_ROLES.contains(w)
                || Lexicon.ROLE_CAPS.contains(w)
                || Lexicon.ORG_ROLES.contains(w)
                || Lexicon.SPOKES.contains(w)
                || Lexicon.MODIFIERS.contains(w);
    }
}
