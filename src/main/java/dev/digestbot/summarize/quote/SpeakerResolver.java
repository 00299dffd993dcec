package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.quote.Mention.Kind;

/**
 * Turns an attribution's noun phrase into a speaker's name: a name resolves to the full name the
 * article first gives, a spokesman to the organisation he speaks for, a pronoun to the person the
 * recent sentences are about, a role ("the minister") to the latest person so described. Returns
 * null rather than guess.
 */
final class SpeakerResolver {

    private final Tokens tokens;
    private final NameIndex names;
    private final Antecedents antecedents;

    SpeakerResolver(Tokens tokens, NameIndex names) {
        this.tokens = tokens;
        this.names = names;
        this.antecedents = new Antecedents(tokens, names);
    }

    String resolve(Attribution a) {
        if (a.to() - a.from() == 1 && AttributionWords.pronoun(tokens.get(a.from()))) {
            return antecedents.pronoun(tokens.get(a.from()).lower(), a.from());
        }
        int spokes = find(a, Lexicon.SPOKES);
        if (spokes >= 0) {
            return spokesman(a, spokes);
        }
        int person = person(a);
        if (person >= 0) {
            return names.entity(person).display();
        }
        Token last = tokens.get(a.to() - 1);
        if (Lexicon.PERSON_ROLES.contains(last) || last.lower().endsWith("-year-old")) {
            return antecedents.role(last.lower(), a.from());
        }
        if (Lexicon.ORG_ROLES.contains(last) && !last.capitalised()) {
            return antecedents.organisation(a.from());
        }
        return named(a);
    }

    /** The first mention of a person in the phrase or its apposition, or -1. */
    private int person(Attribution a) {
        for (int k = a.from(); k < a.extent(); k++) {
            int m = names.mentionAt(k);
            if (m >= 0 && names.entity(m).person() && !names.mentions().get(m).possessive()) {
                return m;
            }
        }
        return -1;
    }

    /** The person a partial quote's sentence is about: its first subject before the quotation. */
    String subject(int start, int q) {
        for (int k = start; k < q; k++) {
            Token t = tokens.get(k);
            if (t.lower().equals("he") || t.lower().equals("she")) {
                return followedByVerb(k, q) ? antecedents.pronoun(t.lower(), k) : null;
            }
            if (t.lower().equals("the")) {
                int head = roleHead(k + 1, q);
                if (head >= 0) {
                    return antecedents.role(tokens.get(head).lower(), k);
                }
            }
            int m = names.mentionAt(k);
            if (m >= 0) {
                Mention mention = names.mentions().get(m);
                k = mention.last();
                if (Antecedents.subjectLike(mention) && names.entity(m).person() && followedByVerb(mention.last(), q)) {
                    return names.entity(m).display();
                }
            }
        }
        return null;
    }

    /** "the Australian-born actress stopped ...": the role word of a subject phrase, or -1. */
    private int roleHead(int from, int q) {
        for (int k = from; k < q && k < from + 4 && tokens.get(k).isWord(); k++) {
            if (Lexicon.PERSON_ROLES.contains(tokens.get(k)) && tokens.get(k).lowerCaseWord()) {
                return followedByVerb(k, q) ? k : -1;
            }
        }
        return -1;
    }

    /** Whether a verb-like lower-case word follows token {@code last}, after any apposition. */
    private boolean followedByVerb(int last, int q) {
        int k = last + 1;
        if (k < q && tokens.get(k).isPunct(',')) {
            do {
                k++;
            } while (k < q && k < last + 14 && !tokens.get(k).isPunct(','));
            k++;
        }
        return k < q
                && tokens.get(k).lowerCaseWord()
                && !Lexicon.CONNECTORS.contains(tokens.get(k))
                && !Lexicon.PREPOSITIONS.contains(tokens.get(k));
    }

    private int find(Attribution a, Lexicon.WordList words) {
        for (int k = a.from(); k < a.to(); k++) {
            if (words.contains(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "spokesman Alex Folkes" is a person; "a spokesman for X" and "an X spokesman" are X. */
    private String spokesman(Attribution a, int spokes) {
        if (spokes + 1 < a.to() && tokens.get(spokes + 1).capitalised()) {
            return resolve(new Attribution(spokes + 1, a.to(), a.extent(), a.end()));
        }
        if (spokes + 1 < a.to() && Lexicon.CONNECTORS.contains(tokens.get(spokes + 1))) {
            int from = spokes + 1;
            while (from < a.to() && !tokens.get(from).capitalised()) {
                from++;
            }
            return from < a.to() ? organisationName(from, a.to()) : null;
        }
        int from = spokes;
        while (from > a.from()
                && tokens.get(from - 1).capitalised()
                && !Lexicon.NOT_NAMES.contains(tokens.get(from - 1))) {
            from--;
        }
        if (from < spokes) {
            return organisationName(from, spokes);
        }
        // an unnamed spokesman speaks for the organisation in the news; a bare "statement" is no one's
        return tokens.get(spokes).lower().startsWith("spokes") ? antecedents.organisation(a.from()) : null;
    }

    private String organisationName(int from, int to) {
        int m = names.mentionAt(to - 1);
        if (m >= 0 && to - from == 1 && names.entity(m).kind() == Kind.ORGANISATION) {
            return names.entity(m).display();
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String text = t.possessive() ? t.text().substring(0, t.lower().length()) : t.text();
            name.append(k > from ? " " : "").append(text);
        }
        return name.toString();
    }

    /** The organisation (or unknown name) in the phrase: "Radio 1", "the Department of Health". */
    private String named(Attribution a) {
        int first = firstCapital(a);
        if (first < 0) {
            return null;
        }
        int last = lastCapital(a);
        if (!hasConnector(a)) {
            int m = names.mentionAt(last);
            first = m >= 0 ? names.mentions().get(m).first() : capitalRunStart(a, last);
            if (m >= 0 && names.mentions().get(m).last() == last) {
                return names.entity(m).display();
            }
        }
        return organisationName(first, last + 1);
    }

    private boolean hasConnector(Attribution a) {
        for (int k = a.from() + 1; k < a.to(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("of") || w.equals("for") || w.equals("and")) {
                return true;
            }
        }
        return false;
    }

    private int firstCapital(Attribution a) {
        for (int k = a.from(); k < a.to(); k++) {
            if (tokens.get(k).capitalised() && !Lexicon.NOT_NAMES.contains(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private int lastCapital(Attribution a) {
        for (int k = a.to() - 1; k >= a.from(); k--) {
            if (tokens.get(k).capitalised() && !Lexicon.NOT_NAMES.contains(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private int capitalRunStart(Attribution a, int last) {
        int k = last;
        while (k > a.from() && tokens.get(k - 1).capitalised()) {
            k--;
        }
        return k;
    }
}
