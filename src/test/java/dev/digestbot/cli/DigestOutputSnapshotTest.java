package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.Snapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code digestbot summarize} prints, byte for byte, for articles of each input kind. A change
 * to the summarizer or a writer shows up here as a diff to review.
 */
class DigestOutputSnapshotTest {
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "src/test/resources/cli/harbour-bridge-vote.txt, json",
        "src/test/resources/cli/harbour-bridge-vote.txt, markdown",
        "src/test/resources/cli/harbour-bridge-vote.txt, text",
        "src/test/resources/articles/lede-then-repeated-headline.txt, json",
        "src/test/resources/articles/front-matter.md, json",
        "src/test/resources/articles/boilerplate-page.html, markdown"
    })
    void matchesTheStoredOutput(String file, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(
                new String[] {"summarize", file, "--format", format},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                Map.of());

        assertThat(code).as(err.toString()).isZero();
        String name = file.substring(file.lastIndexOf('/') + 1).replace('.', '-') + "." + format;
        Snapshots.assertMatches("summarize/" + name, out.toString());
    }
}
