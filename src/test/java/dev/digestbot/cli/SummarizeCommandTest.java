package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Path fixture(String name) {
        try {
            return Path.of(
                    SummarizeCommandTest.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsOneJsonObjectWithTheContractFieldsForOneFile() throws IOException {
        Result result = run("summarize", fixture("harbour-bridge-vote.txt").toString(), "--format", "json");

        assertThat(result.code()).isZero();
        JsonNode digest = JSON.readTree(result.out());
        assertThat(digest.isObject()).isTrue();
        assertThat(digest.fieldNames()).toIterable().containsExactly("source", "title", "summary", "quotes", "figures");
        assertThat(digest.get("summary")).hasSize(3);
    }

    @Test
    void jsonLinesPrintsOneLinePerFileInNameOrder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(fixture("harbour-bridge-vote.txt"), dir.resolve("b.txt"));
        Files.copy(fixture("harbour-bridge-vote.txt"), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("notes.csv"), "not,an,article");

        Result result = run("summarize", dir.toString(), "--format", "jsonl");

        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).hasSize(2);
        assertThat(JSON.readTree(result.out().lines().findFirst().orElseThrow())
                        .get("source")
                        .asText())
                .endsWith("a.txt");
    }

    @Test
    void sentencesOptionSetsTheSummaryLengthAndKeepsArticleOrder() throws IOException {
        Result result =
                run("summarize", fixture("harbour-bridge-vote.txt").toString(), "--format", "json", "--sentences", "5");

        JsonNode summary = JSON.readTree(result.out()).get("summary");
        assertThat(summary).hasSize(5);
        String body = Files.readString(fixture("harbour-bridge-vote.txt"), StandardCharsets.UTF_8);
        int previous = -1;
        for (JsonNode sentence : summary) {
            int at = body.indexOf(sentence.asText());
            assertThat(at)
                    .as("summary sentence occurs in the article: %s", sentence)
                    .isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void configuredLengthAppliesWhenNoFlagIsGiven() throws IOException {
        Path config = Files.writeString(tmp.resolve("digestbot.yml"), "summary:\n  sentences: 2\n");
        Result result = run(
                "summarize",
                "--config",
                config.toString(),
                fixture("harbour-bridge-vote.txt").toString(),
                "--format",
                "json");

        assertThat(JSON.readTree(result.out()).get("summary")).hasSize(2);
    }

    @Test
    void environmentOverridesTheConfigFile() throws IOException {
        Path config = Files.writeString(tmp.resolve("digestbot.yml"), "summary:\n  sentences: 2\n");
        Result result = run(
                Map.of("DIGESTBOT_SUMMARY_SENTENCES", "4"),
                "summarize",
                "--config",
                config.toString(),
                fixture("harbour-bridge-vote.txt").toString(),
                "--format",
                "json");

        assertThat(JSON.readTree(result.out()).get("summary")).hasSize(4);
    }

    @Test
    void missingInputIsBadUsageNamingTheFile() {
        Result result = run("summarize", tmp.resolve("nowhere.txt").toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains("nowhere.txt")
                .contains("no such file")
                .hasLineCount(1);
    }

    @Test
    void badConfigIsBadUsageNamingFileAndField() throws IOException {
        Path config = Files.writeString(tmp.resolve("bad.yml"), "summary:\n  sentences: many\n");
        Result result = run(
                "summarize",
                "--config",
                config.toString(),
                fixture("harbour-bridge-vote.txt").toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains("bad.yml")
                .contains("summary.sentences")
                .hasLineCount(1);
    }

    @Test
    void unknownOptionIsBadUsage() {
        Result result = run("summarize", "--colour", "x.txt");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--colour").hasLineCount(1);
    }

    @Test
    void aBrokenFileIsReportedOnOneLineWhileTheOthersAreSummarized() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(fixture("harbour-bridge-vote.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        Result result = run("summarize", dir.toString(), "--format", "jsonl");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(1);
        assertThat(result.err()).contains("empty.txt").hasLineCount(1);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version").out()).startsWith("digestbot ");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("summarize");
    }
}
