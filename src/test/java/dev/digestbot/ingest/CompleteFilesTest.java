package dev.digestbot.ingest;

import static dev.digestbot.ingest.NewsArticles.FERRY;
import static dev.digestbot.ingest.NewsArticles.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are read only once they are complete: renamed into place, or stable for long enough. */
class CompleteFilesTest {
    private static final Duration RESCAN = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private InboxFixture fx;

    @BeforeEach
    void open() {
        fx = new InboxFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyOnceItStopsChanging() throws IOException {
        fx.start(Duration.ofMillis(300), RESCAN);
        String[] lines = FERRY.split("\n");
        Path file = fx.inbox.resolve("ferry.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                // A slow copier: each pause is shorter than the stable interval, all of them longer.
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                assertThat(fx.repository.versionCount() + fx.repository.failedCount())
                        .isZero();
            }
        }

        await().until(() -> fx.stored.size() == 1);
        assertThat(fx.stored.get(0).version()).isEqualTo(1);
        assertThat(fx.stored.get(0).digest().quotes()).isNotEmpty();
        assertThat(fx.repository.versionCount()).isEqualTo(1);
    }

    @Test
    void partFilesAreIgnoredUntilRenamed() throws IOException {
        fx.start(Duration.ofMillis(150), RESCAN);
        Path part = fx.write("library.txt.part", LIBRARY);
        fx.write(".library.txt.swx", LIBRARY);
        fx.write("download.crdownload", FERRY);

        await().during(Duration.ofMillis(1200))
                .atMost(Duration.ofSeconds(3))
                .until(() -> fx.repository.versionCount() == 0 && fx.repository.failedCount() == 0);
        Files.move(part, fx.inbox.resolve("library.txt"));

        await().until(() -> fx.stored.size() == 1);
        assertThat(fx.storedPaths()).containsExactly("library.txt");
    }

    @Test
    void aFileRenamedIntoPlaceDoesNotWaitTheStableInterval() throws IOException {
        Duration stableFor = Duration.ofSeconds(20);
        fx.start(stableFor, Duration.ofHours(1));
        fx.write("in-place.txt", FERRY);
        fx.drop("renamed.txt", LIBRARY);

        await().atMost(stableFor.dividedBy(2)).until(() -> fx.stored.size() == 1);
        assertThat(fx.storedPaths()).containsExactly("renamed.txt");
    }
}
