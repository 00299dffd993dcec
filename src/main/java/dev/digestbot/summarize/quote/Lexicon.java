package dev.digestbot.summarize.quote;

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
 * {@code lexicon.txt} (one section per list) and {@code given-names.txt}.
 */
final class Lexicon {
    private static final Map<String, Set<String>> LISTS = load("lexicon.txt");

    static final Set<String> SPEECH_VERBS = list("speech-verbs");
    static final Set<String> PARTICIPLES = list("participles");
    static final Set<String> AUXILIARIES = list("auxiliaries");
    static final Set<String> ADDRESS_TITLES = list("address-titles");
    static final Set<String> NAME_TITLES = list("name-titles");
    static final Set<String> ROLE_CAPS = list("role-caps");
    static final Set<String> OFFICE_ABBREVIATIONS = list("office-abbreviations");
    static final Set<String> DEMONYMS = list("demonyms");
    static final Set<String> PERSON_ROLES = list("person-roles");
    static final Set<String> ORG_ROLES = list("org-roles");
    static final Set<String> SPOKES = list("spokes");
    static final Set<String> ORG_WORDS = list("org-words");
    static final Set<String> NOT_NAMES = list("not-names");
    static final Set<String> CONNECTORS = list("connectors");
    static final Set<String> PREPOSITIONS = list("prepositions");
    static final Set<String> PARTICLES = list("particles");
    static final Set<String> MODIFIERS = list("modifiers");

    enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    private static final Map<String, Gender> GIVEN_NAMES = loadGivenNames();

    private Lexicon() {}

    /** The usual gender of a given name, or null when it is not a known given name. */
    static Gender givenName(String lower) {
        return GIVEN_NAMES.get(lower);
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

    private static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("lexicon.txt has no [" + name + "] section");
        }
        return words;
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
