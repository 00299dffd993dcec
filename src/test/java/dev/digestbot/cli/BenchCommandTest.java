package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @Test
    void reportsTheColdBatchAndWarmThroughput() {
        CommandRun run = CommandRun.of(
                "bench",
                "--data",
                CommandRun.evalData().toString(),
                "--seconds",
                "0.2",
                "--warmup",
                "0.1",
                "--batch",
                "5");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("2 articles in")
                .containsPattern("5 files\\s+[\\d,]+ ms")
                .containsPattern("total since JVM start\\s+[\\d,]+ ms")
                .containsPattern("[\\d,]+ articles/s \\([\\d,]+ calls\\)")
                .containsPattern("wall: mean \\d+\\.\\d{3}, p50 \\d+\\.\\d{3}, p99 \\d+\\.\\d{3}")
                .containsPattern("CPU : mean \\d+\\.\\d{3}, p50 \\d+\\.\\d{3}, p99 \\d+\\.\\d{3}")
                .containsPattern("[\\d,]+ bytes allocated per article")
                .containsPattern("[\\d,]+ garbage collections, [\\d,]+ ms");
    }

    @Test
    void skipsWithAMessageWhenTheArticlesAreAbsent(@TempDir Path empty) {
        CommandRun run = CommandRun.of("bench", "--data", empty.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("benchmark articles not found at").contains("skipping");
    }

    @Test
    void refusesANonPositiveMeasuringTime() {
        CommandRun run = CommandRun.of("bench", "--data", CommandRun.evalData().toString(), "--seconds", "0");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void timesSearchesAndTitleLookupsOnAGeneratedArchive() {
        CommandRun run = CommandRun.of("bench", "search", "--articles", "40", "--rounds", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("stored 40 articles in")
                .containsPattern("search \"council\": median [0-9.]+ ms, max [0-9.]+ ms")
                .containsPattern("titles \"barrier\": median [0-9.]+ ms");
    }
}
