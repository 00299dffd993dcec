package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.testing.RandomText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The summarizer copes with whatever text it is given: never throws, stays bounded in time. */
class SummarizerRobustnessTest {
    private static final Summarizer SUMMARIZER = new Summarizer();

    private static ArticleDigest summarize(String body) {
        Article article = new Article("test.txt", "A headline", List.of(body), ArticleMetadata.NONE);
        return SUMMARIZER.summarize(article, new SummaryOptions(3, 100, 100));
    }

    static LongStream seeds() {
        return RandomText.seeds(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsAndQuotesAndFiguresOccurInTheSource(long seed) {
        assertDigestIsSound(RandomText.arbitrary(seed, 600));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsOnNewsLikeText(long seed) {
        assertDigestIsSound(RandomText.newsLike(seed, 120));
    }

    private static void assertDigestIsSound(String body) {
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
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
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
