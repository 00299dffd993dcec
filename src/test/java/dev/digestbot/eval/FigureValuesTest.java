package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureValuesTest {
    private static List<Double> amounts(String value) {
        return FigureValues.numbers(value).stream()
                .filter(FigureNumber.Amount.class::isInstance)
                .map(n -> ((FigureNumber.Amount) n).value())
                .toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.5bn euros | 1.5e9",
                "£173 | 173",
                "25% | 0.25",
                "4.3 per cent | 0.043",
                "17 cents | 17",
                "two hours | 2",
                "two hundred million | 2e8",
                "tenfold | 10",
                "fifth-largest | 5",
                "12th | 12",
                "60-day | 60",
                "million | 1e6"
            })
    void readsTheNumberAValueStandsFor(String value, double expected) {
        assertThat(amounts(value)).containsExactly(expected);
    }

    @Test
    void readsFractionsAndRatesAsFractions() {
        assertThat(amounts("a third")).contains(1.0 / 3);
        assertThat(amounts("two thirds")).contains(2.0 / 3);
        assertThat(amounts("one in 10,000")).contains(0.0001);
    }

    @Test
    void offersEveryNumberOfAValueWithAConversion() {
        assertThat(amounts("250 euros (£173)")).containsExactly(250.0, 173.0);
    }

    @Test
    void readsHyphenatedPairsAsScoresUnlessTheyAreCompoundAdjectives() {
        assertThat(FigureValues.numbers("3-1"))
                .contains(new FigureNumber.Score(BigInteger.valueOf(3), BigInteger.valueOf(1)));
        assertThat(FigureValues.numbers("a 2-3-year deal")).noneMatch(FigureNumber.Score.class::isInstance);
        assertThat(FigureValues.numbers("2-3%")).noneMatch(FigureNumber.Score.class::isInstance);
    }

    @Test
    void findsNothingInVagueQuantities() {
        assertThat(FigureValues.numbers("dozens")).isEmpty();
        assertThat(FigureValues.numbers("several")).isEmpty();
    }

    @Test
    void matchesAmountsWithinOnePercentAndScoresInEitherOrder() {
        FigureNumber third = FigureValues.gold("0.3333");
        assertThat(new FigureNumber.Amount(1.0 / 3).matches(third)).isTrue();
        assertThat(new FigureNumber.Amount(1.51e9).matches(FigureValues.gold("1.5e9")))
                .isTrue();
        assertThat(new FigureNumber.Amount(1.6e9).matches(FigureValues.gold("1.5e9")))
                .isFalse();
        assertThat(new FigureNumber.Amount(0).matches(FigureValues.gold("0"))).isTrue();
        assertThat(new FigureNumber.Amount(0.001).matches(FigureValues.gold("0")))
                .isFalse();
        FigureNumber score = FigureValues.numbers("0-2").get(0);
        assertThat(score.matches(FigureValues.gold("2-0"))).isTrue();
        assertThat(score.matches(FigureValues.gold("2"))).isFalse();
        assertThat(new FigureNumber.Amount(2).matches(FigureValues.gold("2-0"))).isFalse();
    }
}
