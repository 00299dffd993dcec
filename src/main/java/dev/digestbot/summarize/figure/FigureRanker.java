package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            Map.entry(Kind.RANK, 1.5),
            Map.entry(Kind.MEASURE, 1.5),
            Map.entry(Kind.DURATION, 1.2),
            Map.entry(Kind.AGE, 0.8)));

    /**
     * How much each figure already picked of a kind lowers the next of that kind: a digest wants the
     * sum and the percentage rather than three sums, but a tennis report may well want three set scores.
     */
    private static final Map<Kind, Double> REPEAT_PENALTIES =
            new EnumMap<>(Map.of(Kind.MONEY, 1.0, Kind.PERCENT, 1.0, Kind.SCORE, 0.3));

    private static final double DEFAULT_REPEAT_PENALTY = 0.6;

    /** Lowers a figure whose number is already picked in another form ("20th anniversary", "20 years"). */
    private static final double SAME_NUMBER_PENALTY = 1.5;

    /** Only the top of the list is picked for variety; the rest follows by score. */
    private static final int PICKED_FOR_VARIETY = 10;

    private FigureRanker() {}

    static List<Figure> rank(List<FoundFigure> found, String title) {
        Set<String> titleNumbers = numbersIn(title);
        List<Scored> rest = new ArrayList<>(found.size());
        for (FoundFigure f : found) {
            rest.add(new Scored(f, score(f, titleNumbers)));
        }
        rest.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Figure> ranked = new ArrayList<>(found.size());
        Map<Kind, Integer> picked = new EnumMap<>(Kind.class);
        Set<Double> numbers = new HashSet<>();
        while (!rest.isEmpty() && ranked.size() < PICKED_FOR_VARIETY) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rest.size() && i < 4 * PICKED_FOR_VARIETY; i++) {
                FoundFigure f = rest.get(i).figure();
                double repeats = picked.getOrDefault(f.kind(), 0);
                double s =
                        rest.get(i).score() - repeats * REPEAT_PENALTIES.getOrDefault(f.kind(), DEFAULT_REPEAT_PENALTY);
                s -= numbers.contains(f.number()) ? SAME_NUMBER_PENALTY : 0;
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            FoundFigure chosen = rest.remove(best).figure();
            picked.merge(chosen.kind(), 1, Integer::sum);
            numbers.add(chosen.number());
            ranked.add(chosen.figure());
        }
        rest.forEach(s -> ranked.add(s.figure().figure()));
        return ranked;
    }

    private record Scored(FoundFigure figure, double score) {}

    private static double score(FoundFigure f, Set<String> titleNumbers) {
        boolean adjective = f.kind() == Kind.DURATION && f.figure().value().indexOf('-') > 0;
        double score = adjective ? KIND_WEIGHTS.get(Kind.COUNT) : KIND_WEIGHTS.getOrDefault(f.kind(), 1.0);
        if (f.kind() == Kind.COUNT && f.number() <= 1) {
            score -= 0.5; // "one issue": a single thing is rarely the headline figure
        }
        score += 2.5 / (1 + 0.5 * f.sentence());
        if (f.kind() == Kind.MONEY || f.kind() == Kind.COUNT) {
            double weight = f.kind() == Kind.MONEY ? 0.25 : 0.15; // big sums and big counts make news
            score += weight * Math.log10(Math.max(1, f.number()));
        }
        if (!titleNumbers.isEmpty() && sharesNumber(f.figure().value(), titleNumbers)) {
            score += 2;
        }
        if (f.conversion()) {
            score -= 2.5;
        } else if (f.aside()) {
            score -= 0.7;
        }
        return score;
    }

    /** Whether a run of letters or digits in {@code value} is one of the title's numbers. */
    private static boolean sharesNumber(String value, Set<String> titleNumbers) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean part = i < value.length() && (Character.isLetterOrDigit(value.charAt(i)) || value.charAt(i) == ',');
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                if (titleNumbers.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
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
