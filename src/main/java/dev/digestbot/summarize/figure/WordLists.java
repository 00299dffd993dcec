package dev.digestbot.summarize.figure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Builds the word lists of the figure extractor from compact space-separated text. */
final class WordLists {
    private WordLists() {}

    /** {@code "a an the"} as a set of three words. */
    static Set<String> set(String words) {
        return Set.copyOf(Arrays.asList(words.trim().split("\\s+")));
    }

    /** {@code "rose:rise fell:fall"} as a map from each word to its partner. */
    static Map<String, String> map(String pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            int colon = pair.indexOf(':');
            map.put(pair.substring(0, colon), pair.substring(colon + 1).replace('_', ' '));
        }
        return Map.copyOf(map);
    }
}
