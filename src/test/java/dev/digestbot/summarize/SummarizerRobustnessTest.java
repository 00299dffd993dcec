package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleMetadata;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The summarizer copes with whatever text it is given: never throws, stays bounded in time. */
class SummarizerRobustnessTest {
    private static final Summarizer SUMMARIZER = new Summarizer();

    private static ArticleDigest summarize(String body) {
        Article article = new Article("test.txt", "A headline", List.of(body), ArticleMetadata.NONE);
        return SUMMARIZER.summarize(article, new SummaryOptions(3, 100, 100));
    }

    @Property(tries = 300)
    void neverThrowsAndQuotesAndFiguresOccurInTheSource(@ForAll @StringLength(max = 600) String body) {
        ArticleDigest digest = summarize(body);

        assertThat(digest.summary().size()).isLessThanOrEqualTo(3);
        for (Figure figure : digest.figures()) {
            assertThat(body).contains(figure.value());
        }
        for (Quote quote : digest.quotes()) {
            for (String piece : quote.text().split(" ")) {
                assertThat(body).contains(piece);
            }
        }
    }

    @Property(tries = 200)
    void neverThrowsOnNewsLikeText(@ForAll("newsLike") String body) {
        ArticleDigest digest = summarize(body);

        for (Figure figure : digest.figures()) {
            assertThat(body).contains(figure.value());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> newsLike() {
        net.jqwik.api.Arbitrary<String> word = net.jqwik.api.Arbitraries.of(
                "said",
                "Mr",
                "Smith",
                "\"",
                "\u201c",
                "\u201d",
                "'",
                "the",
                "council",
                "£5m",
                "25%",
                "ten",
                "3-1",
                "he",
                "told",
                "according",
                "to",
                ".",
                ",",
                "a",
                "third",
                "2004",
                "5",
                "p.m.",
                "Gen.",
                "U.S.",
                "\n\n",
                "-",
                "\u2014",
                "spokesman",
                "for",
                "Downing",
                "Street",
                ":",
                "(",
                ")",
                "billion",
                "one",
                "in");
        return word.list().ofMaxSize(80).map(words -> String.join(" ", words));
    }

    @Test
    void emptyBodyGivesAnEmptyDigest() {
        ArticleDigest digest = summarize("");

        assertThat(digest.summary()).isEmpty();
        assertThat(digest.quotes()).isEmpty();
        assertThat(digest.figures()).isEmpty();
    }

    @Test
    void textWithNoSentenceStillGivesADigest() {
        assertThat(summarize("*** --- ***").summary()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void oneTwentyThousandCharacterSentenceFinishesQuickly() {
        StringBuilder sentence = new StringBuilder("\"The committee");
        while (sentence.length() < 20_000) {
            sentence.append(" and the council, said Mr Smith, reported 25% of £5m and ten of 3-1");
        }
        ArticleDigest digest = summarize(sentence.append('.').toString());

        assertThat(digest.summary()).hasSize(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aMegabyteBodyFinishesQuickly() {
        StringBuilder body = new StringBuilder();
        int n = 0;
        while (body.length() < 1_000_000) {
            body.append("The council said on Monday that ")
                    .append(n++ % 50)
                    .append(" homes had been flooded. \"We are doing all we can to help,\" said Jane Doe.\n\n");
        }
        ArticleDigest digest = summarize(body.toString());

        assertThat(digest.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    }
}
