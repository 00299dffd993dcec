package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.ingest.GeneratedArticles;
import dev.digestbot.ingest.IngestSettings;
import dev.digestbot.ingest.Ingester;
import dev.digestbot.ingest.SummarizingDigester;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that work beside a running bot, run in-process against a database of their own:
 * {@code status}, {@code preview}, {@code send --now}, {@code db migrate}.
 */
class ServiceCommandsTest {
    @TempDir
    Path home;

    private Path config;

    @BeforeEach
    void writeConfig() throws IOException {
        config = home.resolve("digestbot.yml");
        config = HomeConfig.write(home, """
                destinations:
                  morning:
                    type: file
                    cron: "0 0 7 * * ?"
                    max-items: 2
                """);
    }

    @Test
    void statusOfAFreshDatabaseCountsNothing() throws Exception {
        CommandRun run = CommandRun.of("status", "--json", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode status = new ObjectMapper().readTree(run.out());
        assertThat(status.get("articles").asLong()).isZero();
        assertThat(status.get("recentFailures")).isEmpty();
        assertThat(status.get("deliveries").get("pending").asLong()).isZero();
        assertThat(status.get("subscribers").get("active").asLong()).isZero();
        assertThat(status.get("destinations").get(0).get("name").asText()).isEqualTo("morning");
        assertThat(status.get("destinations").get(0).get("next").asText()).endsWith(":00:00Z");
    }

    @Test
    void previewAndSendOfTheStoredDigests() throws Exception {
        ingest(3);

        CommandRun preview = CommandRun.of("preview", "morning", "--config", config.toString());
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("(report 0)", "(report 1)", "…and 1 more");
        assertThat(editionFiles()).isEmpty(); // a preview stores and sends nothing

        CommandRun discord = CommandRun.of("preview", "morning", "--discord", "--config", config.toString());
        assertThat(discord.exitCode()).as(discord.err()).isZero();
        JsonNode payloads = new ObjectMapper().readTree(discord.out());
        assertThat(payloads).hasSize(2); // the embeds, then the folded rest
        assertThat(payloads.get(0).get("content").asText()).startsWith("**Digest #1**");
        assertThat(payloads.get(0).get("embeds")).hasSize(2);
        assertThat(payloads.get(0).get("allowed_mentions").get("parse")).isEmpty();
        assertThat(payloads.get(1).get("content").asText()).startsWith("…and 1 more: ");

        CommandRun send = CommandRun.of("send", "--now", "--config", config.toString());
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("morning: edition 1 with 2 article(s) and 1 more (1 sent");
        assertThat(editionFiles()).hasSize(3); // .md, .html and .txt

        assertThat(CommandRun.of("preview", "morning", "--config", config.toString())
                        .out())
                .contains("morning: nothing new");
    }

    @Test
    void aDeliveryThatFailedForGoodIsSentAgainOnceItsCauseIsFixed() throws Exception {
        ingest(1);
        Path folder = home.resolve("data/editions/morning");
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "a file where the editions folder should be");

        CommandRun failed = CommandRun.of("send", "--now", "--config", config.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("morning: edition 1 with 1 article(s) (0 sent, 0 to retry, 1 failed)");

        Files.delete(folder);
        CommandRun retried = CommandRun.of("send", "--retry-failed", "morning", "--config", config.toString());
        assertThat(retried.exitCode()).as(retried.err()).isZero();
        assertThat(retried.out()).contains("morning: 1 failed deliveries queued again (1 sent, 0 to retry, 0 failed)");
        assertThat(editionFiles()).hasSize(3);
    }

    @Test
    void sendNeedsToBeToldWhatToSend() {
        CommandRun run = CommandRun.of("send", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--now", "--retry-failed");
    }

    @Test
    void anUnknownDestinationIsAUsageErrorNamingTheKnownOnes() {
        CommandRun run = CommandRun.of("send", "--now", "evening", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no destination 'evening'", "known: morning");
    }

    @Test
    void aBrokenTemplateStopsEveryCommandWithItsFileAndLine() throws IOException {
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("edition.md.mustache"), "# {{title}}\n{{#items}}\n- {{title}}\n");
        Files.writeString(
                config,
                Files.readString(config) + "templates:\n  dir: "
                        + templates.toString().replace('\\', '/'));

        CommandRun run = CommandRun.of("status", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("edition.md.mustache:");
    }

    @Test
    void dbMigrateBringsAFreshDatabaseUpToDate() {
        CommandRun run = CommandRun.of("db", "migrate", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("up to date");
        assertThat(home.resolve("data/digestbot.mv.db")).exists();
    }

    /** Stores digests of {@code n} generated articles with the real ingester, scanning by hand. */
    private void ingest(int n) throws Exception {
        Path inbox = Files.createDirectories(home.resolve("content/inbox"));
        for (int i = 0; i < n; i++) {
            Files.writeString(inbox.resolve("report-" + i + ".txt"), GeneratedArticles.article(i));
        }
        String url = DatabaseConfig.defaultUrl(home.resolve("data"));
        try (Database db = Database.open(url, "sa", "")) {
            ArticleRepository articles = new ArticleRepository(db, Clock.systemUTC());
            try (Ingester ingester = new Ingester(
                    inbox,
                    home.resolve("content/failed"),
                    new SummarizingDigester(new ArticleReader(), new Summarizer(), SummaryOptions.DEFAULT),
                    articles,
                    Clock.systemUTC(),
                    new IngestSettings(Duration.ofHours(1), Duration.ofMillis(1)))) {
                // a scan takes files that have stood still since the previous one
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    ingester.scanOnce();
                    return articles.versionCount() == n;
                });
            }
        }
    }

    private Stream<Path> editionStream() throws IOException {
        Path folder = home.resolve("data/editions/morning");
        return Files.isDirectory(folder) ? Files.list(folder) : Stream.empty();
    }

    private List<Path> editionFiles() throws IOException {
        try (Stream<Path> files = editionStream()) {
            return files.toList();
        }
    }
}
