package dev.digestbot.ingest;

import static dev.digestbot.ingest.NewsArticles.FERRY;
import static dev.digestbot.ingest.NewsArticles.LIBRARY;
import static dev.digestbot.ingest.NewsArticles.MARKET;
import static dev.digestbot.ingest.NewsArticles.ORCHARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.digestbot.store.StoredDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final Duration STABLE = Duration.ofMillis(150);
    private static final Duration RESCAN = Duration.ofMillis(500);
    /** Long enough that only watch events can explain what a test sees. */
    private static final Duration NO_RESCAN = Duration.ofHours(1);

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
    void storesArticlesThatWereThereAtStartAndThatLandLaterInAnyFolder() throws IOException {
        fx.drop("ferry.txt", FERRY);
        fx.drop("green/rural/orchard.md", ORCHARD);
        fx.start(STABLE, NO_RESCAN);
        fx.drop("market.html", MARKET);
        fx.drop("green/library.txt", LIBRARY);

        await().atMost(Duration.ofSeconds(10)).until(() -> fx.storedPaths().size() == 4);

        assertThat(fx.storedPaths())
                .containsExactlyInAnyOrder("ferry.txt", "green/rural/orchard.md", "market.html", "green/library.txt");
        StoredDigest orchard = stored("green/rural/orchard.md");
        assertThat(orchard.folder()).isEqualTo("green/rural");
        assertThat(orchard.tags()).containsExactly("environment", "volunteering");
        assertThat(orchard.url()).isEqualTo("https://news.example/pellow-orchard");
        assertThat(fx.repository.search("grafted back garden", 5))
                .extracting(StoredDigest::path)
                .containsExactly("green/rural/orchard.md");
        assertThat(orchard.digest().title()).isEqualTo("Volunteers replant the old Pellow orchard");
        assertThat(orchard.digest().summary()).isNotEmpty();
        assertThat(stored("market.html").digest().title()).isEqualTo("Night market to open in Sallow Street");
        assertThat(fx.repository.byVersionId(orchard.versionId())).contains(orchard);
        assertThat(fx.inbox.resolve("ferry.txt")).exists();
    }

    @Test
    void theSameTextUnderAnotherNameIsNotDigestedAgain() throws IOException {
        fx.start(STABLE, RESCAN);
        fx.drop("ferry.txt", FERRY);
        await().until(() -> fx.stored.size() == 1);

        fx.drop("copies/ferry-again.txt", FERRY);
        fx.drop("library.txt", LIBRARY);
        await().until(() -> fx.repository.seenFiles().size() == 3);

        assertThat(fx.storedPaths()).containsExactly("ferry.txt", "library.txt");
        assertThat(fx.repository.seenFiles().get("copies/ferry-again.txt").contentHash())
                .isEqualTo(fx.repository.seenFiles().get("ferry.txt").contentHash());
        assertThat(fx.inbox.resolve("copies/ferry-again.txt")).exists();
    }

    @Test
    void anEditedFileBecomesTheNextVersionOfItsArticle() throws IOException {
        fx.start(STABLE, RESCAN);
        fx.drop("ferry.txt", FERRY);
        await().until(() -> fx.repository.versionCount() == 1);

        fx.write("ferry.txt", FERRY.replace("About 300 passengers", "About 350 passengers"));
        await().until(() -> fx.repository.versionCount() == 2);

        StoredDigest latest = fx.repository.latest().orElseThrow();
        assertThat(latest.path()).isEqualTo("ferry.txt");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(fx.repository.articleCount()).isEqualTo(1);

        fx.write("ferry.txt", FERRY); // the edit is taken back
        await().until(() -> fx.repository.versionCount() == 3);
        assertThat(fx.repository.latest().orElseThrow().digest().summary().toString())
                .contains("300 passengers");
    }

    @Test
    void afterARestartOnlyFilesAddedWhileDownAreStored() throws IOException {
        Ingester first = fx.start(STABLE, RESCAN);
        fx.drop("ferry.txt", FERRY);
        fx.drop("news/market.html", MARKET);
        await().until(() -> fx.repository.versionCount() == 2);
        first.close();

        fx.drop("news/library.txt", LIBRARY);
        fx.drop("orchard.md", ORCHARD);
        fx.stored.clear();
        Ingester second = fx.start(STABLE, RESCAN);

        await().until(() -> fx.stored.size() == 2);
        assertThat(fx.storedPaths()).containsExactlyInAnyOrder("news/library.txt", "orchard.md");
        assertThat(second.scanOnce()).isEqualTo(new ScanResult(0, 0, 0, 0, 4));
        assertThat(fx.repository.articleCount()).isEqualTo(4);
    }

    @Test
    void watchesFoldersCreatedAfterStart() throws IOException {
        fx.start(STABLE, NO_RESCAN);
        await().until(() -> Files.isDirectory(fx.inbox));

        Files.createDirectories(fx.inbox.resolve("late/deeper"));
        fx.drop("late/deeper/ferry.txt", FERRY);
        fx.write("late/library.txt", LIBRARY);

        await().atMost(Duration.ofSeconds(10)).until(() -> fx.storedPaths().size() == 2);
        assertThat(fx.storedPaths()).containsExactlyInAnyOrder("late/deeper/ferry.txt", "late/library.txt");
    }

    @Test
    void anInboxThatIsALinkIsWatchedAsTheFolderItLinksTo() throws IOException {
        Path share = Files.createDirectories(dir.resolve("share/articles"));
        Files.createDirectories(fx.inbox.getParent());
        Files.createSymbolicLink(fx.inbox, share);
        fx.drop("ferry.txt", FERRY);
        fx.start(STABLE, NO_RESCAN);
        fx.drop("sub/library.txt", LIBRARY);

        await().until(() -> fx.stored.size() == 2);
        assertThat(fx.storedPaths()).containsExactlyInAnyOrder("ferry.txt", "sub/library.txt");
    }

    @Test
    void scanOnceWithoutStartingTakesFilesOnceTheyAreStable() throws IOException {
        fx.drop("ferry.txt", FERRY);
        fx.drop("a/library.txt", LIBRARY);
        Ingester ingester = fx.create(STABLE, NO_RESCAN);

        assertThat(ingester.scanOnce()).isEqualTo(new ScanResult(0, 0, 0, 2, 0));
        await().until(() -> fx.repository.versionCount() == 2);
        assertThat(ingester.scanOnce()).isEqualTo(new ScanResult(0, 0, 0, 0, 2));
    }

    @Test
    void leavesOtherFilesAloneWhereTheyAre() throws IOException {
        fx.drop("photo.jpg", "not an article");
        fx.drop(".hidden.txt", FERRY);
        fx.drop(".sync/library.txt", LIBRARY);
        fx.drop("notes.txt~", MARKET);
        fx.drop("orchard.md", ORCHARD);
        Ingester ingester = fx.start(STABLE, RESCAN);

        await().until(() -> fx.stored.size() == 1);
        assertThat(fx.storedPaths()).containsExactly("orchard.md");
        assertThat(ingester.scanOnce()).isEqualTo(new ScanResult(0, 0, 0, 0, 1));
        assertThat(fx.inbox.resolve("photo.jpg")).exists();
        assertThat(fx.inbox.resolve(".sync/library.txt")).exists();
        assertThat(fx.repository.failedCount()).isZero();
    }

    private StoredDigest stored(String path) {
        return fx.stored.stream()
                .filter(d -> d.path().equals(path))
                .max(Comparator.comparingInt(StoredDigest::version))
                .orElseThrow();
    }
}
