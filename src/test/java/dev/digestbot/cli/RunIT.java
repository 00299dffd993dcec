package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.ingest.GeneratedArticles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service end to end, as the packaged jar in a folder of its own: articles dropped into the
 * inbox become digests, schedules publish editions to files, and stops and restarts lose nothing
 * and repeat nothing.
 */
class RunIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Noon on New Year's Day 2099: fires in a test only when a missed firing is replayed. */
    private static final String NEVER = "0 0 12 1 1 ? 2099";

    @TempDir
    Path home;

    @Test
    void digestsDroppedArticlesAndPublishesThemOnSchedule() throws Exception {
        writeConfig("0/2 * * * * ?", "fire-once");
        try (BotProcess bot = BotProcess.start(home)) {
            BotProcess.drop(home, "news/a.txt", GeneratedArticles.article(1));
            BotProcess.drop(home, "b.txt", GeneratedArticles.article(2));
            await().atMost(Duration.ofSeconds(30)).until(() -> editionFiles().size() >= 1);
            // the two files may be read in either order, and go out in one edition or two
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> allEditions().contains("(report 1)")
                            && allEditions().contains("(report 2)"));
            assertThat(allEditions()).contains("**Key figures**");
        }
        JsonNode status = status();
        assertThat(status.get("articles").asLong()).isEqualTo(2);
        assertThat(status.get("deliveries").get("sent").asLong())
                .isEqualTo(editionFiles().size());
    }

    @Test
    void aBurstBecomesOneEditionWithTheRestFolded() throws Exception {
        writeConfig(NEVER, "fire-once");
        try (BotProcess bot = BotProcess.start(home)) {
            for (int i = 0; i < 14; i++) {
                BotProcess.drop(home, "burst/" + i + ".txt", GeneratedArticles.article(100 + i));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> status().get("digests").asLong() == 14);
        }
        BotProcess.Result sent = BotProcess.run(home, "send", "--now", "digest");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("digest: edition 1 with 10 article(s) and 4 more");
        assertThat(editionFiles()).hasSize(1);
        assertThat(allEditions()).contains("…and 4 more");
        assertThat(BotProcess.run(home, "send", "--now").out()).contains("digest: nothing new");
    }

    @Test
    void restartCatchesUpOnFilesAddedWhileDownAndRepeatsNothing() throws Exception {
        writeConfig(NEVER, "fire-once");
        try (BotProcess bot = BotProcess.start(home)) {
            BotProcess.drop(home, "one.txt", GeneratedArticles.article(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> bot.logged("Stored one.txt"));
            BotProcess.Result second = BotProcess.run(home, "run");
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err()).contains("another digestbot run is using this data folder");
        }
        assertThat(BotProcess.run(home, "send", "--now").out()).contains("edition 1 with 1 article(s)");

        BotProcess.drop(home, "two.txt", GeneratedArticles.article(2)); // lands while the bot is down
        BotProcess.drop(home, "copy-of-one.txt", GeneratedArticles.article(1)); // same text, another name
        try (BotProcess bot = BotProcess.start(home)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> bot.logged("Stored two.txt"));
            await().atMost(Duration.ofSeconds(30)).until(() -> bot.logged("copy-of-one.txt"));
            assertThat(bot.count("Stored one.txt")).isZero();
        }
        assertThat(BotProcess.run(home, "send", "--now").out()).contains("edition 2 with 1 article(s)");
        assertThat(editionFiles()).hasSize(2);
        assertThat(Files.readString(editionFiles().get(1)))
                .contains("(report 2)")
                .doesNotContain("(report 1)");
        JsonNode status = status();
        assertThat(status.get("articles").asLong()).isEqualTo(2);
        assertThat(status.get("deliveries").get("sent").asLong()).isEqualTo(2);
    }

    @Test
    void badFilesAreQuarantinedWithReasonsWhileGoodOnesGoThrough() throws Exception {
        writeConfig(NEVER, "fire-once");
        Files.createDirectories(home.resolve("content/inbox/mixed"));
        Files.write(home.resolve("content/inbox/mixed/empty.txt"), new byte[0]);
        Files.write(home.resolve("content/inbox/mixed/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0});
        Files.write(home.resolve("content/inbox/mixed/huge.txt"), new byte[3 * 1024 * 1024]);
        Files.writeString(home.resolve("content/inbox/mixed/good-1.txt"), GeneratedArticles.article(7));
        Files.writeString(
                home.resolve("content/inbox/mixed/good-2.md"),
                "---\ntitle: Markdown report\n---\n\n" + GeneratedArticles.article(8));
        try (BotProcess bot = BotProcess.start(home)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status().get("failedFiles").asLong() == 3);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status().get("digests").asLong() == 2);
        }
        JsonNode failures = status().get("recentFailures");
        assertThat(failures).hasSize(3);
        failures.forEach(f -> assertThat(f.get("reason").asText()).isNotBlank());
        Path failed = home.resolve("content/failed/mixed");
        for (String name : List.of("empty.txt", "binary.txt", "huge.txt")) {
            assertThat(failed.resolve(name)).exists();
            assertThat(Files.readString(failed.resolve(name + ".reason"))).isNotBlank();
            assertThat(home.resolve("content/inbox/mixed/" + name)).doesNotExist();
        }
        assertThat(home.resolve("content/inbox/mixed/good-1.txt")).exists();
    }

    @Test
    void aFiringMissedWhileDownIsPublishedOnceAtStartWithFireOnce() throws Exception {
        assertThat(editionsAfterMissedFiring("fire-once")).hasSize(1);
    }

    @Test
    void aFiringMissedWhileDownIsLeftWithSkip() throws Exception {
        assertThat(editionsAfterMissedFiring("skip")).isEmpty();
    }

    /** Runs the bot, stores an article, stops it, and starts it again after a missed noon firing. */
    private List<Path> editionsAfterMissedFiring(String misfire) throws Exception {
        writeConfig(NEVER, misfire);
        try (BotProcess bot = BotProcess.start(home)) {
            BotProcess.drop(home, "one.txt", GeneratedArticles.article(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> bot.logged("Stored one.txt"));
        }
        moveNextFiringIntoThePast(Duration.ofHours(20));
        try (BotProcess bot = BotProcess.start(home)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> bot.logged("Scheduling") || bot.logged("Ready"));
            if (misfire.equals("fire-once")) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !editionFiles().isEmpty());
            } else {
                Thread.sleep(3000); // time enough for a replay that should not come
            }
        }
        return editionFiles();
    }

    private Instant nextFiring() throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl(), "sa", "");
                PreparedStatement ps =
                        c.prepareStatement("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?")) {
            ps.setString(1, "digest");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return Instant.ofEpochMilli(rs.getLong(1));
            }
        }
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + home.resolve("data/digestbot") + ";AUTO_SERVER=TRUE";
    }

    @Test
    void servesHealthOnTheWebPortWhileRunningAndStopsServingOnStop() throws Exception {
        writeConfig(NEVER, "fire-once");
        URI health;
        HttpClient http = HttpClient.newHttpClient();
        try (BotProcess bot = BotProcess.start(home)) {
            Matcher port = Pattern.compile("Web server listening on 127\\.0\\.0\\.1:(\\d+)")
                    .matcher(bot.log());
            assertThat(port.find()).as("log:%n%s", bot.log()).isTrue();
            health = URI.create("http://127.0.0.1:" + port.group(1) + "/health");

            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        }
        assertThatThrownBy(
                        () -> http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    private void moveNextFiringIntoThePast(Duration ago) throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl(), "sa", "");
                PreparedStatement ps =
                        c.prepareStatement("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")) {
            ps.setLong(1, Instant.now().minus(ago).toEpochMilli());
            ps.setString(2, "digest");
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private void writeConfig(String cron, String misfire) throws IOException {
        BotProcess.writeConfig(home, """
                destinations:
                  digest:
                    type: file
                    cron: "%s"
                    misfire: %s
                """.formatted(cron, misfire));
    }

    private JsonNode status() throws Exception {
        BotProcess.Result result = BotProcess.run(home, "status", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    private List<Path> editionFiles() throws IOException {
        Path folder = home.resolve("data/editions/digest");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private String allEditions() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : editionFiles()) {
            all.append(Files.readString(file));
        }
        return all.toString();
    }
}
