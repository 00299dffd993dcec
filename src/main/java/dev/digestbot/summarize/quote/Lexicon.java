package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that attribution and name finding rely on, all lower case, read once from
 * {@code lexicon.txt} (one section per list) and {@code given-names.txt}. Each list has a bit, and
 * every token carries the bits of the lists its lower-case form is in ({@link #flags}), so that
 * asking whether a token is in a list is a bit test rather than a hash lookup. The lists and the
 * given names use bits 0 to 19; {@link Token} keeps higher bits for itself.
 */
final class Lexicon {
    private static final Map<String, Set<String>> LISTS = load("lexicon.txt");

    static final WordList SPEECH_VERBS = list("speech-verbs", 0);
    static final WordList PARTICIPLES = list("participles", 1);
    static final WordList AUXILIARIES = list("auxiliaries", 2);
    static final WordList ADDRESS_TITLES = list("address-titles", 3);
    static final WordList NAME_TITLES = list("name-titles", 4);
    static final WordList ROLE_CAPS = list("role-caps", 5);
    static final WordList OFFICE_ABBREVIATIONS = list("office-abbreviations", 6);
    static final WordList DEMONYMS = list("demonyms", 7);
    static final WordList PERSON_ROLES = list("person-roles", 8);
    static final WordList ORG_ROLES = list("org-roles", 9);
    static final WordList SPOKES = list("spokes", 10);
    static final WordList ORG_WORDS = list("org-words", 11);
    static final WordList NOT_NAMES = list("not-names", 12);
    static final WordList CONNECTORS = list("connectors", 13);
    static final WordList PREPOSITIONS = list("prepositions", 14);
    static final WordList PARTICLES = list("particles", 15);
    static final WordList MODIFIERS = list("modifiers", 16);

    private static final int GIVEN_NAME = 1 << 17;
    private static final int MALE_NAME = 1 << 18;
    private static final int FEMALE_NAME = 1 << 19;

    private static final Flags FLAGS = flags(
            loadGivenNames(),
            SPEECH_VERBS,
            PARTICIPLES,
            AUXILIARIES,
            ADDRESS_TITLES,
            NAME_TITLES,
            ROLE_CAPS,
            OFFICE_ABBREVIATIONS,
            DEMONYMS,
            PERSON_ROLES,
            ORG_ROLES,
            SPOKES,
            ORG_WORDS,
            NOT_NAMES,
            CONNECTORS,
            PREPOSITIONS,
            PARTICLES,
            MODIFIERS);

    /**
     * One word list, and the bit that marks its words in a token's flags.
     *
     * @param words the words, lower case
     * @param bit the list's bit in {@link Lexicon#flags}
     */
    record WordList(Set<String> words, int bit) {
        boolean contains(String lower) {
            return words.contains(lower);
        }

        /** Whether the token's lower-case form is in the list. */
        boolean contains(Token t) {
            return (t.flags() & bit) != 0;
        }
    }

    enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    private Lexicon() {}

    /** Every listed word, and the bits of each: kept compact, as every word of an article is looked up. */
    private record Flags(WordTable words, int[] bits) {}

    /** The bits of every list that holds {@code lower}, and whether it is a given name and of whom. */
    static int flags(String lower) {
        int id = FLAGS.words().find(lower);
        return id < 0 ? 0 : FLAGS.bits()[id];
    }

    /** The bits of the word in {@code word[0..length)}, whose String hash is {@code hash}. */
    static int flags(char[] word, int length, int hash) {
        int id = FLAGS.words().find(word, length, hash);
        return id < 0 ? 0 : FLAGS.bits()[id];
    }

    /** The usual gender of the token as a given name, or null when it is not a known given name. */
    static Gender givenName(Token t) {
        int flags = t.flags();
        if ((flags & GIVEN_NAME) == 0) {
            return null;
        }
        return (flags & MALE_NAME) != 0 ? Gender.MALE : (flags & FEMALE_NAME) != 0 ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The gender a title or role word tells, or UNKNOWN. */
    static Gender genderOfWord(String lower) {
        return switch (lower) {
            case "mr",
                    "mr.",
                    "sir",
                    "lord",
                    "baron",
                    "earl",
                    "duke",
                    "prince",
                    "king",
                    "spokesman",
                    "chairman",
                    "businessman",
                    "father",
                    "son",
                    "husband",
                    "brother",
                    "dad",
                    "sheikh",
                    "frontman" -> Gender.MALE;
            case "mrs",
                    "mrs.",
                    "ms",
                    "ms.",
                    "miss",
                    "lady",
                    "dame",
                    "baroness",
                    "duchess",
                    "princess",
                    "queen",
                    "spokeswoman",
                    "chairwoman",
                    "businesswoman",
                    "actress",
                    "mother",
                    "daughter",
                    "wife",
                    "sister",
                    "widow",
                    "mum" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static WordList list(String name, int bit) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("lexicon.txt has no [" + name + "] section");
        }
        return new WordList(words, 1 << bit);
    }

    private static Flags flags(Map<String, Gender> givenNames, WordList... lists) {
        Map<String, Integer> flags = new HashMap<>();
        givenNames.forEach((name, gender) -> flags.put(
                name,
                GIVEN_NAME
                        | switch (gender) {
                            case MALE -> MALE_NAME;
                            case FEMALE -> FEMALE_NAME;
                            case UNKNOWN -> 0;
                        }));
        for (WordList list : lists) {
            for (String word : list.words()) {
                flags.merge(word, list.bit(), (a, b) -> a | b);
            }
        }
        WordTable words = WordTable.of(flags.keySet());
        int[] bits = new int[words.size()];
        flags.forEach((word, wordBits) -> bits[words.find(word)] = wordBits);
        return new Flags(words, bits);
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> current = null;
        for (String line : lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new HashSet<>();
                lists.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                for (String word : line.split("\\s+")) {
                    current.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        lists.replaceAll((name, words) -> Set.copyOf(words));
        return lists;
    }

    private static Map<String, Gender> loadGivenNames() {
        Map<String, Gender> names = new HashMap<>();
        for (String line : lines("given-names.txt")) {
            Gender g = switch (line.charAt(0)) {
                case 'm' -> Gender.MALE;
                case 'f' -> Gender.FEMALE;
                default -> Gender.UNKNOWN;
            };
            names.put(line.substring(1).strip().toLowerCase(Locale.ROOT), g);
        }
        return Map.copyOf(names);
    }

    /** The non-blank, non-comment lines of a resource next to this class, stripped. */
    private static java.util.List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
