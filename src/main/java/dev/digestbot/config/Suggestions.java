package dev.digestbot.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for a misspelt key: the nearest known word, if it is near enough to be a typo. */
final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /** The candidate nearest to {@code word}, allowing one edit per three letters (at least one). */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return candidates.stream()
                .filter(c -> distance(typed, c) <= allowed)
                .min(Comparator.comparingInt(c -> distance(typed, c)));
    }

    /** {@code "; did you mean X?"} when a candidate is near, else nothing. */
    static String didYouMean(String word, Collection<String> candidates) {
        return nearest(word, candidates).map(c -> "; did you mean " + c + "?").orElse("");
    }

    private static int distance(String typed, String candidate) {
        return DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT));
    }
}
