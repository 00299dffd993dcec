package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.eval.RougeScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final List<String> HARBOUR_LEAD = List.of(
            "Harbour fees in Port Elwyn will rise by a third from April, the town council has decided.",
            "Councillors voted 3-1 in favour of the increase on Tuesday night, after a debate that lasted more than"
                    + " two hours.",
            "The council says the extra money will pay for a new £4.5m breakwater.");

    private static final List<String> LIBRARY_LEAD = List.of(
            "A village library in Hollin Cross that was due to close next month has been saved by a group of 40"
                    + " volunteers.",
            "The county council had planned to shut the library to save £60,000 a year.",
            "Volunteers will now run it three days a week, with the council paying for heating and upkeep.");

    private static double leadRouge1(Path data) throws IOException {
        double harbour = RougeScorer.score(
                        String.join("\n", HARBOUR_LEAD),
                        Files.readString(data.resolve("bbc/summaries/harbour-001.txt")))
                .rouge1()
                .f1();
        double library = RougeScorer.score(
                        String.join("\n", LIBRARY_LEAD),
                        Files.readString(data.resolve("bbc/summaries/library-002.txt")))
                .rouge1()
                .f1();
        return (harbour + library) / 2;
    }

    @Test
    void printsRougeBesideLeadAndTheExtractionScores() throws IOException {
        Path data = CommandRun.evalData();
        CommandRun run = CommandRun.of("eval", "--data", data.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("R-1", "R-2", "R-Lsum", "pronoun openings")
                .containsPattern("cnndm\\s+1\\s+default")
                .containsPattern("cnndm\\s+1\\s+lead-3")
                .containsPattern("bbc\\s+2\\s+default")
                .containsPattern(String.format(Locale.ROOT, "bbc\\s+2\\s+lead-3\\s+%.2f ", 100 * leadRouge1(data)))
                .contains("2 annotated articles")
                .containsPattern("titles\\s+1\\.000\\s+\\(2 of 2\\)")
                .containsPattern("quote recall\\s+\\S+\\s+\\(\\d of 3\\)")
                .containsPattern("figure recall\\s+\\S+\\s+\\(\\d of 9\\)")
                .containsPattern("key-figure recall\\s+\\S+\\s+\\(\\d of 6\\)");
    }

    @Test
    void printsOneJsonObjectWithPrecisionRecallAndF1() throws IOException {
        Path data = CommandRun.evalData();
        CommandRun run = CommandRun.of("eval", "--data", data.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("sentences").asInt()).isEqualTo(3);
        JsonNode lead = json.path("sets").path("bbc").path("systems").path("lead-3");
        assertThat(lead.path("rouge1").path("f1").asDouble()).isEqualTo(leadRouge1(data));
        assertThat(lead.path("rougeLsum").has("precision")).isTrue();
        assertThat(lead.path("pronounOpenings").path("total").asInt()).isEqualTo(6);
        assertThat(json.path("sets").path("cnndm").path("articles").asInt()).isEqualTo(1);
        JsonNode extraction = json.path("extraction");
        assertThat(extraction.path("titles").path("count").asInt()).isEqualTo(2);
        assertThat(extraction.path("quoteRecall").path("total").asInt()).isEqualTo(3);
        assertThat(extraction.path("missing").isArray()).isTrue();
    }

    @Test
    void writesEachSummaryForOtherScorers(@TempDir Path out) throws IOException {
        CommandRun run =
                CommandRun.of("eval", "--data", CommandRun.evalData().toString(), "--candidates", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("bbc/lead-3/harbour-001.txt")))
                .isEqualTo(HARBOUR_LEAD);
        assertThat(out.resolve("bbc/default/library-002.txt")).exists();
        assertThat(out.resolve("cnndm/lead-3/dm-000001.txt")).exists();
    }

    @Test
    void skipsWithAMessageWhenTheDataIsAbsent(@TempDir Path empty) {
        Path missing = empty.resolve("nowhere");
        CommandRun run = CommandRun.of("eval", "--data", missing.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("evaluation data not found at " + missing + "; skipping");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void skipsTheSetsThatAreAbsent(@TempDir Path data) throws IOException {
        Path bbc = CommandRun.evalData().resolve("bbc");
        for (String sub : List.of("articles", "summaries")) {
            Files.createDirectories(data.resolve("bbc").resolve(sub));
            try (Stream<Path> files = Files.list(bbc.resolve(sub))) {
                for (Path file : files.toList()) {
                    Files.copy(file, data.resolve("bbc").resolve(sub).resolve(file.getFileName()));
                }
            }
        }
        CommandRun run = CommandRun.of("eval", "--data", data.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("cnndm summaries not found").contains("annotations not found");
        assertThat(run.out()).containsPattern("bbc\\s+2\\s+lead-3").doesNotContain("cnndm");
    }

    @Test
    void refusesAnEmptySummaryLength() {
        CommandRun run = CommandRun.of("eval", "--data", CommandRun.evalData().toString(), "--sentences", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--sentences");
    }
}
