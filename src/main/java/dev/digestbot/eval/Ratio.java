package dev.digestbot.eval;

/**
 * A count out of a total, such as quotes found out of quotes annotated.
 *
 * @param count how many qualified
 * @param total how many there were
 */
public record Ratio(int count, int total) {
    public Ratio {
        if (count < 0 || total < count) {
            throw new IllegalArgumentException("not a ratio: " + count + "/" + total);
        }
    }

    /** The share in [0, 1]; NaN when the total is 0, as nothing was measured. */
    public double value() {
        return total == 0 ? Double.NaN : (double) count / total;
    }

    /** Adds counts and totals. */
    public Ratio plus(Ratio other) {
        return new Ratio(count + other.count, total + other.total);
    }
}
