package dev.digestbot.eval;

import java.util.List;
import java.util.function.Function;

/**
 * ROUGE scores of one candidate summary against one reference, or their mean over a corpus.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeLsum summary-level longest common subsequence (the "ROUGE-L" of CNN/DailyMail papers)
 */
public record RougeScore(PrecisionRecall rouge1, PrecisionRecall rouge2, PrecisionRecall rougeLsum) {
    public static final RougeScore ZERO =
            new RougeScore(PrecisionRecall.ZERO, PrecisionRecall.ZERO, PrecisionRecall.ZERO);

    /**
     * The corpus score: the unweighted mean of each per-pair precision, recall and F1, as
     * ROUGE-1.5.5 averages ({@code -f A}). Zero for an empty list.
     */
    public static RougeScore mean(List<RougeScore> scores) {
        if (scores.isEmpty()) {
            return ZERO;
        }
        return new RougeScore(
                mean(scores, RougeScore::rouge1),
                mean(scores, RougeScore::rouge2),
                mean(scores, RougeScore::rougeLsum));
    }

    private static PrecisionRecall mean(List<RougeScore> scores, Function<RougeScore, PrecisionRecall> metric) {
        double p = 0;
        double r = 0;
        double f = 0;
        for (RougeScore score : scores) {
            PrecisionRecall pr = metric.apply(score);
            p += pr.precision();
            r += pr.recall();
            f += pr.f1();
        }
        int n = scores.size();
        return new PrecisionRecall(p / n, r / n, f / n);
    }
}
