package dev.digestbot.store;

import java.util.Comparator;
import java.util.List;

/**
 * Orders the digests that matched a search: a query word in the headline says more about what an
 * article is about than one in its summary, and one in the summary more than one further down.
 * Ties go to the newer article.
 */
final class SearchRanking {
    private static final int TITLE_WEIGHT = 3;

    private SearchRanking() {}

    /** {@code found}, newest first, reordered best first for {@code words}. */
    static List<StoredDigest> rank(List<StoredDigest> found, List<String> words) {
        Comparator<StoredDigest> byScore = Comparator.comparingInt(d -> score(d, words));
        // a stable sort keeps the newest-first order among equal scores
        return found.stream().sorted(byScore.reversed()).toList();
    }

    private static int score(StoredDigest stored, List<String> words) {
        String title = SearchText.of(stored.digest().title(), "");
        String summary = SearchText.of(String.join(" ", stored.digest().summary()), "");
        int score = 0;
        for (String word : words) {
            String start = " " + word;
            score += (title.contains(start) ? TITLE_WEIGHT : 0) + (summary.contains(start) ? 1 : 0);
        }
        return score;
    }
}
