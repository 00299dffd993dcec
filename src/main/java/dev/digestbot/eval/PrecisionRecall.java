package dev.digestbot.eval;

/**
 * Precision, recall and their harmonic mean, each in [0, 1].
 *
 * @param precision share of the candidate's units found in the reference
 * @param recall share of the reference's units found in the candidate
 * @param f1 harmonic mean of the two, 0 when both are 0
 */
public record PrecisionRecall(double precision, double recall, double f1) {
    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0);

    /** Scores for {@code hits} matched units out of the candidate's and the reference's totals. */
    public static PrecisionRecall of(int hits, int candidateTotal, int referenceTotal) {
        double p = candidateTotal > 0 ? (double) hits / candidateTotal : 0.0;
        double r = referenceTotal > 0 ? (double) hits / referenceTotal : 0.0;
        return new PrecisionRecall(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }
}
