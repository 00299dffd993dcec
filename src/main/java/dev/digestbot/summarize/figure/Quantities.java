package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a figure that repeats a quantity already listed from one that only shares its number: the
 * same value counts the same quantity when the labels name the same thing ("300 homes on the site",
 * "the 300 homes"), but "4.3% growth" and "4.3% inflation" are two quantities.
 */
final class Quantities {
    /** Label words that say how a figure counts rather than what it counts. */
    private static final Set<String> GENERIC = WordLists.set("number amount share value rate size length time "
            + "figure age count score set sum money total percentage measured proportion of in for by on to from "
            + "the a minimum maximum rise fall increase decrease drop dip growth jump climb surge slump decline "
            + "plunge slide gain loss cut reduction delay counted years who that which have has had was were be been "
            + "will would could may might with at an per");

    private static final int RECENT = 20;

    /** The labels listed so far for each value; most values come once, so words are compared only on a repeat. */
    private final Map<String, List<String>> seen = new HashMap<>();

    /** Records the figure and says whether it is new. */
    boolean add(Figure figure) {
        List<String> labels = seen.computeIfAbsent(figure.value(), v -> new ArrayList<>(1));
        if (!labels.isEmpty()) {
            Set<String> words = contentWords(figure.label());
            // the latest labels suffice, and keep a body that repeats one value thousands of times linear
            for (String other : labels.subList(Math.max(0, labels.size() - RECENT), labels.size())) {
                Set<String> otherWords = contentWords(other);
                if (otherWords.equals(words) || otherWords.stream().anyMatch(words::contains)) {
                    return false;
                }
            }
        }
        labels.add(figure.label());
        return true;
    }

    private static Set<String> contentWords(String label) {
        Set<String> words = new HashSet<>();
        for (String word : label.toLowerCase(Locale.ROOT).split(" ")) {
            String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (!GENERIC.contains(bare)) {
                words.add(bare);
            }
        }
        return words;
    }
}
