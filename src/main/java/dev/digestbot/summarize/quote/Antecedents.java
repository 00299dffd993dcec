package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.quote.Lexicon.Gender;
import dev.digestbot.summarize.quote.Mention.Kind;
import dev.digestbot.summarize.quote.NameIndex.Entity;
import java.util.List;

/**
 * Finds whom a pronoun or a role word refers to: the first subject of the nearest sentence that
 * names a matching person ("he", "she"), organisation ("it"), or person so described ("the
 * minister"), looking back a bounded number of sentences and tokens.
 */
final class Antecedents {
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

    Antecedents(Tokens tokens, NameIndex names) {
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

    /** He, she: the first subject of the nearest sentence that names a matching person; it: an organisation. */
    String pronoun(String pronoun, int at) {
        return switch (pronoun) {
            case "he" -> person(at, Gender.MALE);
            case "she" -> person(at, Gender.FEMALE);
            case "it" -> organisation(at);
            default -> null;
        };
    }

    String person(int at, Gender gender) {
        Mention found = nearest(
                at, m -> names.entity(m).person() && compatible(names.entity(m).gender(), gender));
        return found == null
                ? null
                : names.entity(names.mentionAt(found.first())).display();
    }

    String organisation(int at) {
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
    String role(String role, int at) {
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

    static boolean subjectLike(Mention m) {
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
