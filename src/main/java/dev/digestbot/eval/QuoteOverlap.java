package dev.digestbot.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a predicted quote is an annotated one: they share at least 70% of the annotated quote's
 * tokens, and those shared tokens are at least 25% of the prediction's, counting tokens
 * (lower-cased words, with a trailing "'s" or "'t" kept) as a multiset.
 */
final class QuoteOverlap {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final double GOLD_SHARE = 0.7;
    private static final double PREDICTED_SHARE = 0.25;

    private QuoteOverlap() {}

    static boolean matches(String predicted, String gold) {
        Map<String, Integer> predictedTokens = counts(predicted);
        Map<String, Integer> goldTokens = counts(gold);
        int shared = 0;
        for (Map.Entry<String, Integer> token : goldTokens.entrySet()) {
            shared += Math.min(token.getValue(), predictedTokens.getOrDefault(token.getKey(), 0));
        }
        return shared >= GOLD_SHARE * total(goldTokens) && shared >= PREDICTED_SHARE * total(predictedTokens);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
