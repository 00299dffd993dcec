package dev.digestbot.summarize;

import dev.digestbot.summarize.Mention.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders figures for a digest: money, percentages, scores and big counts before durations and ages;
 * the title's and the lead's figures before those further down; conversions and asides last; and a
 * mix of kinds at the top rather than three of a sort.
 */
final class FigureRanker {
    private static final Map<Kind, Double> KIND_WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.MONEY, 3.0),
            Map.entry(Kind.PERCENT, 3.0),
            Map.entry(Kind.SCORE, 2.8),
            Map.entry(Kind.FRACTION, 2.4),
            Map.entry(Kind.RATIO, 2.2),
            Map.entry(Kind.MULTIPLE, 2.2),
            Map.entry(Kind.COUNT, 1.8),
            Map.entry(Kind.RANK, 1.8),
            Map.entry(Kind.MEASURE, 1.5),
            Map.entry(Kind.DURATION, 1.2),
            Map.entry(Kind.AGE, 0.8)));

    /** How much each figure already picked of a kind lowers the next of that kind. */
    private static final double REPEAT_PENALTY = 0.6;

    private FigureRanker() {}

    static List<Figure> rank(List<FoundFigure> found, String title) {
        Set<String> titleNumbers = numbersIn(title);
        double[] scores = new double[found.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(found.get(i), titleNumbers);
        }
        List<Figure> ranked = new ArrayList<>(found.size());
        boolean[] taken = new boolean[found.size()];
        Map<Kind, Integer> picked = new EnumMap<>(Kind.class);
        for (int round = 0; round < scores.length; round++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < scores.length; i++) {
                double s = scores[i]
                        - REPEAT_PENALTY * picked.getOrDefault(found.get(i).kind(), 0);
                if (!taken[i] && s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            taken[best] = true;
            picked.merge(found.get(best).kind(), 1, Integer::sum);
            ranked.add(found.get(best).figure());
        }
        return ranked;
    }

    private static double score(FoundFigure f, Set<String> titleNumbers) {
        double score = KIND_WEIGHTS.getOrDefault(f.kind(), 1.0);
        score += 2.5 / (1 + 0.5 * f.sentence());
        if (f.kind() == Kind.MONEY || f.kind() == Kind.COUNT) {
            score += 0.15 * Math.log10(Math.max(1, f.number()));
        }
        if (!titleNumbers.isEmpty() && numbersIn(f.figure().value()).stream().anyMatch(titleNumbers::contains)) {
            score += 2;
        }
        if (f.conversion()) {
            score -= 2.5;
        } else if (f.aside()) {
            score -= 0.7;
        }
        return score;
    }

    /** The numbers a text names, in digits or words, lower-cased: "20", "ten". */
    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new HashSet<>();
        if (text == null) {
            return numbers;
        }
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            String word = t.lower(i);
            if (t.isNumber(i) || NumberWords.cardinal(word) > 0 || NumberWords.ordinal(word) > 1) {
                numbers.add(word);
            }
        }
        return numbers;
    }
}
