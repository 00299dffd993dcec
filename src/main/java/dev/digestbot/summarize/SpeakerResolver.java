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
    /** The same, in tokens, for text with few sentence breaks. */
    private static final int MAX_TOKENS_BACK = 400;

    /** Role words news copy uses for one another: "Liverpool manager X ... the Liverpool boss". */
    private static final java.util.Map<String, List<String>> SYNONYMS = java.util.Map.of(
            "boss", List.of("boss", "manager", "coach", "chief", "head"),
            "manager", List.of("manager", "boss", "coach"),
            "coach", List.of("coach", "manager", "boss"),
            "chief", List.of("chief", "executive", "head", "boss"),
            "skipper", List.of("skipper", "captain"),
            "captain", List.of("captain", "skipper"),
            "chancellor", List.of("chancellor", "minister"),
            "premier", List.of("premier", "prime", "minister"));

    private final Tokens tokens;
    private final NameIndex names;
    private final int[] distance;

    SpeakerResolver(Tokens tokens, NameIndex names) {
        this.tokens = tokens;
        this.names = names;
        this.distance = distances(tokens);
    }

    /**
     * For each sentence, how many sentences before it do not open with "he" or "she": a run of
     * sentences about the same person ("He said ... He added ...") does not count as distance.
     */
    private static int[] distances(Tokens tokens) {
        int sentences = tokens.size() == 0 ? 0 : tokens.sentence(tokens.size() - 1) + 1;
        int[] distance = new int[sentences + 1];
        boolean[] continues = new boolean[sentences];
        int seen = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.sentence(i);
            if (s != seen && tokens.get(i).isWord()) {
                seen = s;
                continues[s] = tokens.get(i).lower().equals("he")
                        || tokens.get(i).lower().equals("she");
            }
        }
        for (int s = 0; s < sentences; s++) {
            distance[s + 1] = distance[s] + (continues[s] ? 0 : 1);
        }
        return distance;
    }

    String resolve(Attribution a) {
        if (a.to() - a.from() == 1 && AttributionParser.pronoun(tokens.get(a.from()))) {
            return pronoun(tokens.get(a.from()).lower(), a.from());
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
        if (Lexicon.PERSON_ROLES.contains(last.lower()) || last.lower().endsWith("-year-old")) {
            return role(last.lower(), a.from());
        }
        if (Lexicon.ORG_ROLES.contains(last.lower()) && !last.capitalised()) {
            return organisation(a.from());
        }
        return named(a);
    }

    /** The first mention of a person in the phrase or its apposition, or -1. */
    private int person(Attribution a) {
        for (int k = a.from(); k < a.extent(); k++) {
            int m = names.mentionAt(k);
            if (m >= 0 && names.entity(m).person()) {
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
                return followedByVerb(k, q) ? pronoun(t.lower(), k) : null;
            }
            if (t.lower().equals("the")) {
                int head = roleHead(k + 1, q);
                if (head >= 0) {
                    return role(tokens.get(head).lower(), k);
                }
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

    /** "the Australian-born actress stopped ...": the role word of a subject phrase, or -1. */
    private int roleHead(int from, int q) {
        for (int k = from; k < q && k < from + 4 && tokens.get(k).isWord(); k++) {
            if (Lexicon.PERSON_ROLES.contains(tokens.get(k).lower())
                    && tokens.get(k).lowerCaseWord()) {
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
                && !Lexicon.CONNECTORS.contains(tokens.get(k).lower())
                && !Lexicon.PREPOSITIONS.contains(tokens.get(k).lower());
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
            return resolve(new Attribution(spokes + 1, a.to(), a.extent(), a.end()));
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
        while (from > a.from()
                && tokens.get(from - 1).capitalised()
                && !Lexicon.NOT_NAMES.contains(tokens.get(from - 1).lower())) {
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
            if (tokens.get(k).capitalised()
                    && !Lexicon.NOT_NAMES.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
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
        for (int m = lastMentionBefore(at);
                m >= 0
                        && mentions.get(m).sentence() >= limit
                        && at - mentions.get(m).last() <= MAX_TOKENS_BACK;
                m--) {
            if (names.entity(m).person() && describes(mentions.get(m).role(), role)) {
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

    private static boolean describes(String words, String role) {
        String padded = " " + words + " ";
        for (String synonym : SYNONYMS.getOrDefault(role, List.of(role))) {
            if (padded.contains(" " + synonym + " ")) {
                return true;
            }
        }
        return false;
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
            if (distance[sentence] - distance[mention.sentence()] > MAX_SENTENCES_BACK
                    || at - mention.last() > MAX_TOKENS_BACK) {
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
