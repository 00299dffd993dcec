package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRankerTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final SentenceRanker RANKER = new SentenceRanker();

    private static List<String> summarize(String body, int n) {
        return RANKER.select(new ArticleText("Title", body, SPLITTER.split(body)), n);
    }

    @Test
    void prefersSentencesThatCarryTheStoryOverAsides() {
        String body = "The city council approved a new budget for the harbour on Monday evening. "
                + "The weather was mild and several people walked their dogs along the promenade. "
                + "The harbour budget includes money for dredging the harbour channel and repairing the harbour wall. "
                + "Council members said the harbour budget would protect jobs at the harbour. "
                + "A local bakery reported record sales of cinnamon buns last weekend.";

        assertThat(summarize(body, 2)).noneMatch(s -> s.contains("dogs")).noneMatch(s -> s.contains("bakery"));
    }

    @Test
    void keepsArticleOrder() {
        String body = "Floods closed the main road into the valley on Sunday after heavy rain. "
                + "Rescue teams moved families from twelve homes near the river. "
                + "The river rose by two metres overnight, flooding the lower valley road. "
                + "Forecasters expect more rain on the valley later this week.";

        List<String> summary = summarize(body, 3);
        assertThat(summary).hasSize(3);
        assertThat(body.indexOf(summary.get(0))).isLessThan(body.indexOf(summary.get(1)));
        assertThat(body.indexOf(summary.get(1))).isLessThan(body.indexOf(summary.get(2)));
    }

    @Test
    void neverOpensWithAPronounWhoseAntecedentIsLeftOut() {
        String body = "A small team of volunteers repaired the village library roof over the weekend. "
                + "Library staff thanked the volunteers for their work on the roof. "
                + "Anna Kovacs, a retired builder, organised the library roof repairs. "
                + "She said the library roof repairs had cost nothing but time. "
                + "The library reopens to readers on Wednesday.";

        List<String> summary = summarize(body, 2);
        for (String sentence : summary) {
            if (sentence.startsWith("She")) {
                assertThat(summary).anyMatch(s -> s.startsWith("Anna Kovacs"));
            }
        }
        assertThat(summary).hasSize(2);
    }

    @Test
    void skipsNearDuplicateSentences() {
        String body = "The museum will close for repairs from March until the autumn. "
                + "The museum will close for repairs from March until autumn, the trust said. "
                + "Visitors can still see part of the collection at the town library. "
                + "The trust is raising money for a new roof.";

        List<String> summary = summarize(body, 2);
        assertThat(summary.stream().filter(s -> s.contains("close for repairs")))
                .hasSize(1);
    }

    @Test
    void dropsDatelinesAndPageFurniture() {
        String body = "Lisbon (CNN) -- The port strike ended on Friday after dock workers accepted a new pay offer. "
                + "Scroll down for video. "
                + "Dock workers had stopped work for eleven days over the port pay dispute. "
                + "Shipping companies said the port backlog would take weeks to clear.";

        List<String> summary = summarize(body, 3);
        assertThat(summary.get(0)).startsWith("The port strike ended");
        assertThat(summary).noneMatch(s -> s.contains("Scroll down"));
    }

    @Test
    void returnsEverySentenceWhenAskedForMoreThanThereAre() {
        assertThat(summarize("One short article with one sentence in it.", 3)).hasSize(1);
        assertThat(summarize("", 3)).isEmpty();
        assertThat(summarize("Short line.", 0)).isEmpty();
    }
}
