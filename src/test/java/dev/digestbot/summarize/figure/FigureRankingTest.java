package dev.digestbot.summarize.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures a reader wants in a short digest come first. */
class FigureRankingTest {
    private final FigureExtractor extractor = new FigureExtractor();

    private List<String> ranked(String title, String... sentences) {
        return extractor.extract(Articles.of(title, sentences)).stream()
                .map(Figure::value)
                .toList();
    }

    @Test
    void leadsWithTheHeadlineMoneyAndPercentage() {
        List<String> values = ranked(
                "Harbour Foods profits jump",
                "Harbour Foods has reported a 31% jump in annual profit to £84m (€97m).",
                "The grocer, founded 62 years ago, now employs 4,200 staff in 140 shops.",
                "Chief executive Ana Ruiz, 47, said the two new depots had paid off.",
                "The company plans to open a third depot within 18 months.");
        assertThat(values.subList(0, 2)).containsExactlyInAnyOrder("31%", "£84m");
        assertThat(values.subList(0, 3)).doesNotContain("€97m", "47", "62 years", "18 months");
        assertThat(values).containsAll(List.of("€97m", "47", "4,200", "140"));
    }

    @Test
    void prefersAFigureTheHeadlineRepeats() {
        List<String> values = ranked(
                "Island ferries cancelled for 12 days",
                "Crews on the island ferries walked out again on Monday.",
                "About 300 passengers were stranded at the port for six hours.",
                "Sailings have now been cancelled for 12 days, the union said.");
        assertThat(values.get(0)).isEqualTo("12 days");
    }

    @Test
    void mixesKindsAtTheTop() {
        List<String> values = ranked(
                "Council sets budget",
                "The council set a budget of £410m, a rise of 3.5%.",
                "It will spend £120m on roads, £85m on schools and £40m on parks.",
                "Some 1,800 jobs will be cut over two years.");
        assertThat(values.subList(0, 3)).contains("£410m", "3.5%");
        assertThat(values.subList(0, 3)).containsAnyOf("1,800", "£120m");
        assertThat(values).hasSize(7);
    }

    @Test
    void listsNothingForAnArticleWithoutFigures() {
        assertThat(ranked("Quiet day", "Nothing much happened at the town hall."))
                .isEmpty();
    }
}
