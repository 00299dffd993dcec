package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.summarize.Summarizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerBenchmarkTest {
    private static final Article ARTICLE = new Article(
            "bridge.txt",
            "Bridge reopens",
            List.of(
                    "The Tarn Bridge reopened on Monday after 18 months of repairs.",
                    "Drivers had faced a 12-mile detour while it was closed.",
                    "The work cost £3.2m, the county council said."),
            ArticleMetadata.NONE);

    @Test
    void timesEveryCallAndReportsPercentiles() {
        Throughput t =
                SummarizerBenchmark.measure(new Summarizer(), List.of(ARTICLE), Duration.ZERO, Duration.ofMillis(200));
        assertThat(t.calls()).isPositive();
        assertThat(t.seconds()).isGreaterThanOrEqualTo(0.2);
        assertThat(t.wall().p50Millis())
                .isPositive()
                .isLessThanOrEqualTo(t.wall().p99Millis());
        assertThat(t.wall().meanMillis()).isPositive();
        assertThat(t.cpu()).isNotNull();
        assertThat(t.cpu().p50Millis()).isPositive().isLessThanOrEqualTo(t.cpu().p99Millis());
        assertThat(t.cpu().meanMillis()).isPositive();
        assertThat(t.bytesPerCall()).isPositive();
        assertThat(t.gcCount()).isNotNegative();
        assertThat(t.articlesPerSecond()).isCloseTo(t.calls() / t.seconds(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void refusesAnEmptyListOfArticles() {
        assertThatThrownBy(() -> SummarizerBenchmark.measure(new Summarizer(), List.of(), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
