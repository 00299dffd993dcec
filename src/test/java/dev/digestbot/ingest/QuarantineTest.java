package dev.digestbot.ingest;

import static dev.digestbot.ingest.NewsArticles.FERRY;
import static dev.digestbot.ingest.NewsArticles.LIBRARY;
import static dev.digestbot.ingest.NewsArticles.MARKET;
import static dev.digestbot.ingest.NewsArticles.ORCHARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.digestbot.store.FailedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {
    private static final Duration STABLE = Duration.ofMillis(150);
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
    void badFilesAreMovedAsideWithTheirReasonsWhileGoodFilesAroundThemGoThrough() throws IOException {
        fx.drop("good/ferry.txt", FERRY);
        fx.drop("bad/empty.txt", new byte[0]);
        fx.drop("bad/binary.txt", binaryWithNuls());
        fx.drop("bad/oversize.txt", FERRY.repeat((int) (InboxFixture.MAX_BYTES / FERRY.length()) + 1));
        fx.drop("bad/garbage.md", controlCharacters());
        fx.drop("bad/symbols.txt", "*** --- ### !!! ??? ...\n");
        fx.drop("bad/furniture.html", "<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>");
        fx.drop("good/library.txt", LIBRARY);
        fx.start(STABLE, RESCAN);
        fx.drop("good/market.html", MARKET);

        await().atMost(Duration.ofSeconds(10)).until(() -> fx.repository.failedCount() == 6 && fx.stored.size() == 3);

        Map<String, FailedFile> failures = fx.repository.recentFailures(10).stream()
                .collect(Collectors.toMap(FailedFile::path, Function.identity()));
        assertThat(failures.get("bad/empty.txt").reason()).isEqualTo("file is empty");
        assertThat(failures.get("bad/binary.txt").reason()).contains("binary file");
        assertThat(failures.get("bad/oversize.txt").reason()).contains("over the limit");
        assertThat(failures.get("bad/garbage.md").reason()).contains("binary file");
        assertThat(failures.get("bad/symbols.txt").reason()).contains("no text");
        assertThat(failures.get("bad/furniture.html").reason()).contains("no article text");
        for (FailedFile failure : failures.values()) {
            assertThat(fx.inbox.resolve(failure.path())).doesNotExist();
            assertThat(fx.failed.resolve(failure.movedTo())).exists();
            assertThat(reasonBeside(failure.movedTo())).startsWith(failure.reason() + " (failed at ");
        }
        assertThat(fx.failed.resolve("bad/binary.txt")).hasBinaryContent(binaryWithNuls());
        assertThat(fx.storedPaths())
                .containsExactlyInAnyOrder("good/ferry.txt", "good/library.txt", "good/market.html");
    }

    @Test
    void aNameTakenInTheFailedFolderGetsANumberAndNothingIsOverwritten() throws IOException {
        Files.createDirectories(fx.failed.resolve("news"));
        Files.writeString(fx.failed.resolve("news/empty.txt"), "an older failure");
        fx.start(STABLE, RESCAN);

        fx.drop("news/empty.txt", new byte[0]);
        await().until(() -> fx.repository.failedCount() == 1);
        fx.drop("news/empty.txt", "   \n\t\n");
        await().until(() -> fx.repository.failedCount() == 2);

        assertThat(fx.failed.resolve("news/empty.txt")).hasContent("an older failure");
        assertThat(fx.failed.resolve("news/empty-1.txt")).isEmptyFile();
        assertThat(fx.failed.resolve("news/empty-2.txt")).hasContent("   \n\t\n");
        assertThat(reasonBeside("news/empty-1.txt")).startsWith("file is empty");
        assertThat(reasonBeside("news/empty-2.txt")).startsWith("file has no text");
    }

    @Test
    void aFileThatCannotBeReadIsMovedAsideWithTheReason() throws IOException {
        Path locked = fx.drop("locked.txt", ORCHARD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions do not stop this user (root) from reading");
        fx.start(STABLE, RESCAN);

        await().until(() -> fx.repository.failedCount() == 1);

        assertThat(fx.repository.recentFailures(1).get(0).reason()).isEqualTo("permission denied");
        assertThat(fx.failed.resolve("locked.txt")).exists();
    }

    private String reasonBeside(String movedTo) throws IOException {
        return Files.readString(fx.failed.resolve(movedTo + ".reason"), StandardCharsets.UTF_8);
    }

    private static byte[] binaryWithNuls() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    /** No NUL byte, but a fifth of it control characters: the shape of a mis-saved document. */
    private static String controlCharacters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(i % 5 == 0 ? (char) (1 + i % 7) : (char) ('a' + i % 26));
        }
        return text.toString();
    }
}
