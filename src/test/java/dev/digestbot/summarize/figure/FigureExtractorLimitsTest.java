package dev.digestbot.summarize.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.Figure;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pathological input finishes quickly: the guards would catch quadratic or backtracking work. */
class FigureExtractorLimitsTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void handlesOneSentenceOfTwentyThousandCharacters() {
        StringBuilder sentence = new StringBuilder();
        int i = 0;
        while (sentence.length() < 20_000) {
            sentence.append("the firm paid £")
                    .append(i % 90 + 10)
                    .append("m (€")
                    .append(i % 70 + 5)
                    .append("m) to 3-1 about ten of the ")
                    .append(i)
                    .append(" staff, ");
            i++;
        }
        List<Figure> figures = extractor.extract(Articles.of("Title", sentence.toString()));
        assertThat(figures.size()).isGreaterThan(100);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void handlesAOneMegabyteBody() {
        String sentence = "Profits rose 12% to £4.5bn, while 3,000 of the 25,000 staff took a third of the "
                + "£80m bonus pool on 15 March 2004. ";
        String[] sentences = new String[1_000_000 / sentence.length()];
        java.util.Arrays.fill(sentences, sentence.trim());
        List<String> values = extractor.extract(Articles.of("Title", sentences)).stream()
                .map(Figure::value)
                .toList();
        assertThat(values).containsExactlyInAnyOrder("12%", "£4.5bn", "3,000", "25,000", "a third", "£80m");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void handlesALongBodyOfManyNamesAndRepeatedSums() {
        String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sa", "vo", "del", "ni", "par"};
        String[] sentences = new String[20_000];
        for (int i = 0; i < sentences.length; i++) {
            String name =
                    syllables[i % 10] + syllables[i / 10 % 10] + syllables[i / 100 % 10] + syllables[i / 1000 % 10];
            sentences[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " paid £5m for the "
                    + syllables[i / 7 % 10] + "ton stake.";
        }
        List<Figure> figures = extractor.extract(Articles.of("Title", sentences));
        assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.value()).isEqualTo("£5m"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void handlesLongRunsOfDigitsAndPunctuation() {
        String digits =
                "1-2-3-".repeat(3_000) + " " + "9".repeat(5_000) + " " + "(((".repeat(2_000) + "£" + ",".repeat(5_000);
        assertThat(extractor.extract(Articles.of("Title", digits))).isNotNull();
    }
}
