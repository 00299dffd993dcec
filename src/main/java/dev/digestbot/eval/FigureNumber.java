package dev.digestbot.eval;

import java.math.BigInteger;

/** A number a figure stands for: an amount, or a match score compared as an unordered pair. */
sealed interface FigureNumber {
    /** Whether this predicted number is the gold one: amounts within 1%, scores in either order. */
    boolean matches(FigureNumber gold);

    /** An amount: counts and money at face value, percentages and fractions as fractions. */
    record Amount(double value) implements FigureNumber {
        @Override
        public boolean matches(FigureNumber gold) {
            if (!(gold instanceof Amount amount)) {
                return false;
            }
            double g = amount.value();
            return g == 0 ? value == 0 : Math.abs(value - g) <= 0.01 * Math.abs(g);
        }
    }

    /** A score such as "3-1", which matches "1-3" too. */
    record Score(BigInteger first, BigInteger second) implements FigureNumber {
        @Override
        public boolean matches(FigureNumber gold) {
            return gold instanceof Score score
                    && (first.equals(score.first()) && second.equals(score.second())
                            || first.equals(score.second()) && second.equals(score.first()));
        }
    }
}
