package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.quote.Lexicon.Gender;
import dev.digestbot.summarize.quote.Mention.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in the tokens outside quotations: runs of capitalised words, with the titles, roles
 * and nationality words before a name taken off and kept as what the name's bearer is.
 */
final class MentionFinder {
    private static final int MAX_ROLE_WORDS = 5;
    private static final int MAX_APPOSITIVE = 12;

    private static final String[] NO_WORDS = {};

    private MentionFinder() {}

    static List<Mention> find(Tokens tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            Mention m = mention(tokens, i, end);
            if (m != null) {
                out.add(m);
            }
            i = end + 1;
        }
        return out;
    }

    /** The last token of the capitalised run starting at {@code i}: Ludwig van Beethoven, Al-Ansari. */
    private static int runEnd(Tokens tokens, int i) {
        int end = i;
        while (end + 1 < tokens.size() && !tokens.get(end).possessive()) {
            Token next = tokens.get(end + 1);
            if (next.capitalised() && tokens.sentence(end + 1) == tokens.sentence(i)) {
                end++;
            } else if (number(next) && !Lexicon.NOT_NAMES.contains(tokens.get(end))) {
                end++; // Radio 1, Channel 4
                break;
            } else if (next.isWord()
                    && Lexicon.PARTICLES.contains(next)
                    && end + 2 < tokens.size()
                    && tokens.get(end + 2).capitalised()) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean number(Token t) {
        if (!t.isWord() || t.text().length() > 4) {
            return false;
        }
        for (int k = 0; k < t.text().length(); k++) {
            if (!Character.isDigit(t.text().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static Mention mention(Tokens tokens, int from, int to) {
        int start = nameStart(tokens, from, to);
        if (start == from && to - from >= 2 && sentenceInitialWord(tokens, from)) {
            start++; // "Pensioner Terry Cooper": a capitalised first word of the sentence, then a name
        }
        if (start > to && to > from && Lexicon.ADDRESS_TITLES.contains(tokens.get(to - 1))) {
            start = to; // "Mr German": a surname that is also a common word
        }
        if (start > to) {
            return null;
        }
        String title = null;
        Gender gender = Gender.UNKNOWN;
        boolean titled = false;
        if (start > from) {
            Token before = tokens.get(start - 1);
            titled = Lexicon.ADDRESS_TITLES.contains(before) || Lexicon.NAME_TITLES.contains(before);
            title = Lexicon.NAME_TITLES.contains(before) ? before.text() : null;
            gender = Lexicon.genderOfWord(before.lower().replace(".", ""));
        }
        String role = role(tokens, from, start, to);
        Kind kind = kind(tokens, start, to, titled || hasRole(tokens, from, start), role);
        if (gender == Gender.UNKNOWN) {
            gender = gender(tokens, start, to, role, kind);
        }
        boolean object = object(tokens, from);
        return new Mention(
                start,
                to,
                name(tokens, start, to),
                title,
                kind,
                gender,
                tokens.get(to).possessive(),
                object,
                tokens.sentence(from),
                role,
                speaks(tokens, from, to));
    }

    /** "Microsoft has said", "said Microsoft": the name is the subject or object of a speech verb. */
    private static boolean speaks(Tokens tokens, int from, int to) {
        int k = to + 1;
        while (k < tokens.size() && tokens.get(k).lowerCaseWord() && Lexicon.AUXILIARIES.contains(tokens.get(k))) {
            k++;
        }
        return speechVerb(tokens, k) || speechVerb(tokens, from - 1);
    }

    private static boolean speechVerb(Tokens tokens, int k) {
        return k >= 0
                && k < tokens.size()
                && tokens.get(k).lowerCaseWord()
                && Lexicon.SPEECH_VERBS.contains(tokens.get(k));
    }

    /** The first token after any leading function words, titles, roles and nationality words. */
    private static int nameStart(Tokens tokens, int from, int to) {
        int start = from;
        boolean onlyDemonyms = true;
        while (start <= to && strippable(tokens.get(start))) {
            onlyDemonyms &= Lexicon.DEMONYMS.contains(tokens.get(start));
            start++;
        }
        if (onlyDemonyms && start == to && start > from) {
            return from; // "Swiss Re", "British Gas": a nationality word is part of a one-word company name
        }
        for (int k = to - 1; k > start; k--) {
            Token t = tokens.get(k);
            if (Lexicon.ROLE_CAPS.contains(t)
                    || Lexicon.ADDRESS_TITLES.contains(t)
                    || Lexicon.NAME_TITLES.contains(t)) {
                return k + 1; // "Constitutional Affairs Minister Christopher Leslie"
            }
        }
        return start;
    }

    private static boolean strippable(Token t) {
        return Lexicon.NOT_NAMES.contains(t)
                || Lexicon.PERSON_ROLES.contains(t)
                || Lexicon.DEMONYMS.contains(t)
                || Lexicon.ROLE_CAPS.contains(t)
                || Lexicon.ADDRESS_TITLES.contains(t)
                || Lexicon.NAME_TITLES.contains(t);
    }

    private static boolean sentenceInitialWord(Tokens tokens, int i) {
        boolean first = i == 0
                || tokens.sentence(i - 1) != tokens.sentence(i)
                || !tokens.get(i - 1).isWord();
        return first && Lexicon.givenName(tokens.get(i)) == null && Lexicon.givenName(tokens.get(i + 1)) != null;
    }

    /** Whether a preposition stands before the name and its role words: "for striker X". */
    private static boolean object(Tokens tokens, int from) {
        int k = from - 1;
        while (k >= 0 && from - k <= MAX_ROLE_WORDS && tokens.get(k).lowerCaseWord() && roleLike(tokens.get(k))) {
            k--;
        }
        return k >= 0 && tokens.get(k).lowerCaseWord() && Lexicon.PREPOSITIONS.contains(tokens.get(k));
    }

    private static boolean roleLike(Token t) {
        return Lexicon.PERSON_ROLES.contains(t) || Lexicon.ROLE_CAPS.contains(t) || Lexicon.MODIFIERS.contains(t);
    }

    /** Whether a word of office ("Minister", "Gen.") was taken off the front of the name. */
    private static boolean hasRole(Tokens tokens, int from, int start) {
        for (int k = from; k < start; k++) {
            Token t = tokens.get(k);
            if (Lexicon.PERSON_ROLES.contains(t) || Lexicon.OFFICE_ABBREVIATIONS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static Kind kind(Tokens tokens, int start, int to, boolean titledOrRole, String role) {
        boolean allCaps = true;
        for (int k = start; k <= to; k++) {
            String text = tokens.get(k).text();
            if (Lexicon.ORG_WORDS.contains(tokens.get(k))) {
                return Kind.ORGANISATION;
            }
            allCaps = allCaps && text.length() > 1 && upperCase(text);
        }
        if (allCaps) {
            return Kind.ORGANISATION;
        }
        boolean given = to > start && Lexicon.givenName(tokens.get(start)) != null;
        return titledOrRole || given || personRole(role) ? Kind.PERSON : Kind.UNKNOWN;
    }

    /** Whether upper-casing leaves {@code text} as it is; without making a String for an ASCII word. */
    private static boolean upperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.equals(text.toUpperCase(java.util.Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false; // upper-casing changes it, whatever follows
            }
        }
        return true;
    }

    private static boolean personRole(String role) {
        if (role.isEmpty()) {
            return false; // as the one empty word "".split gives: no list holds ""
        }
        for (String word : role.split(" ")) {
            if (Lexicon.PERSON_ROLES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Gender gender(Tokens tokens, int start, int to, String role, Kind kind) {
        if (kind == Kind.PERSON) {
            Gender given = Lexicon.givenName(tokens.get(start));
            if (given != null && start < to) {
                return given;
            }
        }
        for (String word : role.isEmpty() ? NO_WORDS : role.split(" ")) {
            Gender g = Lexicon.genderOfWord(word);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    private static String name(Tokens tokens, int start, int to) {
        StringBuilder name = new StringBuilder();
        for (int k = start; k <= to; k++) {
            Token t = tokens.get(k);
            String text =
                    k == to && t.possessive() ? t.text().substring(0, t.lower().length()) : t.text();
            name.append(k > start ? " " : "").append(text);
        }
        return name.toString();
    }

    /**
     * Lower-case words that say what the bearer is: role words right before the name ("Liverpool
     * manager") and an apposition that starts like a role (", the gallery's director,").
     */
    private static String role(Tokens tokens, int from, int start, int to) {
        StringBuilder role = new StringBuilder();
        int k = from;
        while (k > 0 && from - k < MAX_ROLE_WORDS && roleWord(tokens.get(k - 1))) {
            if (tokens.get(k - 1).possessive()) {
                k -= k < from ? 1 : 0; // "Microsoft's chief executive X", but not "Minister's Questions"
                break;
            }
            k--;
        }
        for (int j = k; j < start; j++) {
            role.append(tokens.get(j).lower()).append(' ');
        }
        if (to + 2 < tokens.size() && tokens.get(to + 1).isPunct(',') && appositionStart(tokens, to + 2)) {
            for (int j = to + 2; j < tokens.size() && j <= to + MAX_APPOSITIVE; j++) {
                if (!tokens.get(j).isWord() || tokens.sentence(j) != tokens.sentence(to)) {
                    break;
                }
                role.append(tokens.get(j).lower()).append(' ');
            }
        }
        return role.toString().strip();
    }

    /** Whether the words at {@code i} open an apposition that says what someone is. */
    private static boolean appositionStart(Tokens tokens, int i) {
        for (int j = i; j < tokens.size() && j < i + 3 && tokens.get(j).isWord(); j++) {
            Token t = tokens.get(j);
            if (Lexicon.PERSON_ROLES.contains(t) || Lexicon.ROLE_CAPS.contains(t) || Lexicon.ORG_ROLES.contains(t)) {
                return true;
            }
            String w = t.lower();
            boolean filler = w.equals("the")
                    || w.equals("a")
                    || w.equals("an")
                    || tokens.get(j).capitalised();
            if (!filler) {
                return false;
            }
        }
        return false;
    }

    private static boolean roleWord(Token t) {
        return t.isWord()
                && (t.capitalised() && !Lexicon.NOT_NAMES.contains(t)
                        || Lexicon.PERSON_ROLES.contains(t)
                        || Lexicon.ROLE_CAPS.contains(t));
    }
}
