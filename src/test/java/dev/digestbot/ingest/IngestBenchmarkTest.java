package dev.digestbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void measuresEveryDroppedFileFromLandingToStorage() throws Exception {
        IngestBenchmark bench = new IngestBenchmark();
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
                Ingester ingester = new Ingester(
                        dir.resolve("inbox"),
                        dir.resolve("failed"),
                        new SummarizingDigester(new ArticleReader(), new Summarizer(), SummaryOptions.DEFAULT),
                        new ArticleRepository(db, Clock.systemUTC()),
                        Clock.systemUTC(),
                        new IngestSettings(Duration.ofMinutes(1), Duration.ofMillis(200)),
                        bench.listener())) {
            ingester.start();

            IngestBenchmark.Latency latency = bench.run(
                    dir.resolve("inbox"),
                    dir.resolve("staging"),
                    20,
                    Duration.ZERO,
                    Duration.ofSeconds(20),
                    GeneratedArticles::article);

            assertThat(latency.complete()).isTrue();
            assertThat(latency.stored()).isEqualTo(20);
            assertThat(latency.p50Millis()).isPositive().isLessThanOrEqualTo(latency.p99Millis());
            assertThat(latency.p99Millis()).isLessThanOrEqualTo(latency.maxMillis());
        }
    }

    @Test
    void textsFromAFolderTakeEachFileInTurnAndNeverRepeatExactly() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article.");
        Files.writeString(dir.resolve("a.md"), "First article.");
        Files.writeString(dir.resolve("photo.jpg"), "not an article");

        Function<Integer, String> texts = IngestBenchmark.textsFrom(dir);

        assertThat(IntStream.range(0, 4).mapToObj(texts::apply))
                .containsExactly(
                        "First article.",
                        "Second article.",
                        "First article.\n\nBenchmark copy 1.\n",
                        "Second article.\n\nBenchmark copy 1.\n");
    }

    @Test
    void generatedArticlesAreAllDifferent() {
        assertThat(IntStream.range(0, 500).mapToObj(GeneratedArticles::article)).doesNotHaveDuplicates();
    }
}
