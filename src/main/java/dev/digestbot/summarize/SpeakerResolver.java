package dev.digestbot.summarize;

import dev.digestbot.summarize.Lexicon.Gender;
import dev.digestbot.summarize.Mention.Kind;
import dev.digestbot.summarize.NameIndex.Entity;
import java.util.List;

/**
 * Turns an attribution's noun phrase into a speaker's name: a name resolves to the full name the
 * article first gives, a spokesman to the organisation he speaks for, a pronoun to the person the
 * recent sentences are about, a role ("the minister") to the latest person so described. Returns
 * null rather than guess.
 */
final class SpeakerResolver {
    /** How many sentences back a pronoun or role may find its person. */
    private static final int MAX_SENTENCES_BACK = 8;

    private final Tokens tokens;
    private final NameIndex names;

    SpeakerResolver(Tokens tokens, NameIndex names) {
        this.tokens = tokens;
        this.names = names;
    }

    String resolve(Attribution a) {
        if (a.to() - a.from() == 1 && AttributionParser.pronoun(tokens.get(a.from()))) {
            return pronoun(tokens.get(a.from()).lower(), a.from());
        }
        int spokes = find(a, Lexicon.SPOKES);
        if (spokes >= 0) {
            return spokesman(a, spokes);
        }
        String named = named(a);
        if (named != null) {
            return named;
        }
        String head = tokens.get(a.to() - 1).lower();
        if (Lexicon.ORG_ROLES.contains(head)) {
            return organisation(a.from());
        }
        return Lexicon.PERSON_ROLES.contains(head) || head.endsWith("-year-old") ? role(head, a.from()) : null;
    }

    /** The person a partial quote's sentence is about: its first subject before the quotation. */
    String subject(int start, int q) {
        for (int k = start; k < q; k++) {
            Token t = tokens.get(k);
            if (t.lower().equals("he") || t.lower().equals("she")) {
                return k + 1 < q && tokens.get(k + 1).lowerCaseWord() ? pronoun(t.lower(), k) : null;
            }
            int m = names.mentionAt(k);
            if (m >= 0) {
                Mention mention = names.mentions().get(m);
                k = mention.last();
                if (subjectLike(mention) && names.entity(m).person() && followedByVerb(mention.last(), q)) {
                    return names.entity(m).display();
                }
            }
        }
        return null;
    }

    private boolean followedByVerb(int last, int q) {
        int k = last + 1;
        if (k < q && tokens.get(k).isPunct(',')) {
            return false;
        }
        return k < q
                && tokens.get(k).lowerCaseWord()
                && !Lexicon.CONNECTORS.contains(tokens.get(k).lower());
    }

    private int find(Attribution a, java.util.Set<String> words) {
        for (int k = a.from(); k < a.to(); k++) {
            if (words.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** "spokesman Alex Folkes" is a person; "a spokesman for X" and "an X spokesman" are X. */
    private String spokesman(Attribution a, int spokes) {
        if (spokes + 1 < a.to() && tokens.get(spokes + 1).capitalised()) {
            return named(new Attribution(spokes + 1, a.to(), a.end(), true));
        }
        if (spokes + 1 < a.to()
                && Lexicon.CONNECTORS.contains(tokens.get(spokes + 1).lower())) {
            int from = spokes + 1;
            while (from < a.to() && !tokens.get(from).capitalised()) {
                from++;
            }
            return from < a.to() ? organisationName(from, a.to()) : null;
        }
        int from = spokes;
        while (from > a.from() && tokens.get(from - 1).capitalised()) {
            from--;
        }
        return from < spokes ? organisationName(from, spokes) : organisation(a.from());
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

    /** The person or organisation named in the phrase, by the name the article introduced. */
    private String named(Attribution a) {
        int chosen = -1;
        int firstBeforeConnector = -1;
        for (int k = a.from(); k < a.to(); k++) {
            int m = names.mentionAt(k);
            if (m < 0) {
                continue;
            }
            if (firstBeforeConnector < 0) {
                firstBeforeConnector = m;
            }
            if (names.entity(m).person()) {
                chosen = m;
            }
            k = names.mentions().get(m).last();
        }
        if (chosen < 0 && firstBeforeConnector >= 0) {
            chosen = hasConnector(a) ? firstBeforeConnector : names.mentionAt(lastCapital(a));
        }
        if (chosen >= 0) {
            return names.entity(chosen).display();
        }
        int last = lastCapital(a);
        return last >= 0 ? organisationName(capitalRunStart(a, last), last + 1) : null;
    }

    private boolean hasConnector(Attribution a) {
        for (int k = a.from() + 1; k < a.to(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("of") || w.equals("from") || w.equals("at")) {
                return true;
            }
        }
        return false;
    }

    private int lastCapital(Attribution a) {
        for (int k = a.to() - 1; k >= a.from(); k--) {
            if (tokens.get(k).capitalised()
                    && !Lexicon.NOT_NAMES.contains(tokens.get(k).lower())) {
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

    /** He, she: the first subject of the nearest sentence that names a matching person; it: an organisation. */
    String pronoun(String pronoun, int at) {
        return switch (pronoun) {
            case "he" -> person(at, Gender.MALE);
            case "she" -> person(at, Gender.FEMALE);
            case "it" -> organisation(at);
            default -> null;
        };
    }

    private String person(int at, Gender gender) {
        Mention found = nearest(
                at, m -> names.entity(m).person() && compatible(names.entity(m).gender(), gender));
        return found == null
                ? null
                : names.entity(names.mentionAt(found.first())).display();
    }

    private String organisation(int at) {
        Mention found = nearest(at, m -> {
            Entity e = names.entity(m);
            return e.kind() == Kind.ORGANISATION
                    || e.kind() == Kind.UNKNOWN && names.mentions().get(m).speaks();
        });
        return found == null
                ? null
                : names.entity(names.mentionAt(found.first())).display();
    }

    /** The latest person before {@code at} described by {@code role}; else, for a generic word, the salient person. */
    private String role(String role, int at) {
        List<Mention> mentions = names.mentions();
        int limit = tokens.sentence(at) - MAX_SENTENCES_BACK * 3;
        for (int m = lastMentionBefore(at); m >= 0 && mentions.get(m).sentence() >= limit; m--) {
            if (names.entity(m).person() && (" " + mentions.get(m).role() + " ").contains(" " + role + " ")) {
                return names.entity(m).display();
            }
        }
        boolean generic = role.endsWith("-year-old")
                || role.equals("star")
                || role.equals("veteran")
                || role.equals("player")
                || role.equals("champion")
                || role.equals("seed");
        return generic ? person(at, Gender.UNKNOWN) : null;
    }

    /**
     * The first mention, in the nearest sentence before {@code at} that has one, that is a subject
     * (not possessive, not after a preposition) and passes {@code test}.
     */
    private Mention nearest(int at, java.util.function.IntPredicate test) {
        List<Mention> mentions = names.mentions();
        int sentence = tokens.sentence(at);
        Mention best = null;
        int bestSentence = -1;
        for (int m = lastMentionBefore(at); m >= 0; m--) {
            Mention mention = mentions.get(m);
            if (best != null && mention.sentence() != bestSentence) {
                break;
            }
            if (sentence - mention.sentence() > MAX_SENTENCES_BACK) {
                break;
            }
            if (subjectLike(mention) && test.test(m)) {
                best = mention;
                bestSentence = mention.sentence();
            }
        }
        return best;
    }

    private static boolean subjectLike(Mention m) {
        return !m.possessive() && !m.object();
    }

    private int lastMentionBefore(int at) {
        List<Mention> mentions = names.mentions();
        int lo = 0;
        int hi = mentions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).first() < at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static boolean compatible(Gender known, Gender wanted) {
        return known == Gender.UNKNOWN || wanted == Gender.UNKNOWN || known == wanted;
    }
}
