package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.123456789Z");
    private static final Instant STORED_AT = Instant.parse("2026-03-04T05:06:07.123456Z");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @TempDir
    Path dir;

    private Database db;
    private ArticleRepository repository;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        repository = new ArticleRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesADigestAndReadsItBackWhole() {
        ArticleDigest digest = new ArticleDigest(
                "news/harbour.md",
                "Harbour ferry returns",
                List.of("The ferry sailed again on Monday.", "Crowds lined the quay."),
                List.of(new Quote(
                        "We waited a long time", "Mara Quill", "\"We waited a long time,\" said Mara Quill.")),
                List.of(new Figure("40", "passengers", "It carried 40 passengers.")));

        StoredDigest stored = repository
                .storeVersion(seen("news/harbour.md", HASH_A), digest, metadata(List.of("local", "transport")), "")
                .orElseThrow();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.folder()).isEqualTo("news");
        assertThat(repository.byVersionId(stored.versionId())).contains(stored);
        assertThat(repository.latest()).contains(stored);
        assertThat(stored.ingestedAt()).isEqualTo(STORED_AT);
    }

    @Test
    void aNewHashAtTheSamePathIsTheNextVersionOfTheSameArticle() {
        StoredDigest first = repository
                .storeVersion(seen("a.txt", HASH_A), digest("First"), metadata(List.of()), "")
                .orElseThrow();
        StoredDigest second = repository
                .storeVersion(seen("a.txt", HASH_B), digest("Second"), metadata(List.of()), "")
                .orElseThrow();

        assertThat(second.version()).isEqualTo(2);
        assertThat(repository.articleCount()).isEqualTo(1);
        assertThat(repository.versionCount()).isEqualTo(2);
        assertThat(repository.latest(5)).extracting(StoredDigest::versionId).containsExactly(second.versionId());
        assertThat(repository.byVersionId(first.versionId()))
                .hasValueSatisfying(d -> assertThat(d.digest().title()).isEqualTo("First"));
    }

    @Test
    void aKnownHashIsNotStoredAgainUnderAnotherPathButTheFileIsSeen() {
        repository.storeVersion(seen("a.txt", HASH_A), digest("Original"), metadata(List.of()), "");

        assertThat(repository.storeVersion(seen("copy.txt", HASH_A), digest("Copy"), metadata(List.of()), ""))
                .isEmpty();
        assertThat(repository.holderOf(HASH_A, "copy.txt")).contains("a.txt");
        assertThat(repository.holderOf(HASH_A, "a.txt")).contains("a.txt");
        assertThat(repository.holderOf(HASH_B, "copy.txt")).isEmpty();
        assertThat(repository.versionCount()).isEqualTo(1);
        assertThat(repository.seenFiles()).containsKeys("a.txt", "copy.txt");
    }

    @Test
    void aFileEditedBackToAnEarlierTextBecomesItsNextVersion() {
        repository.storeVersion(seen("a.txt", HASH_A), digest("First"), metadata(List.of()), "");
        repository.storeVersion(seen("a.txt", HASH_B), digest("Second"), metadata(List.of()), "");

        assertThat(repository.holderOf(HASH_A, "a.txt")).isEmpty();
        assertThat(repository.storeVersion(seen("a.txt", HASH_A), digest("First again"), metadata(List.of()), ""))
                .hasValueSatisfying(d -> assertThat(d.version()).isEqualTo(3));
        assertThat(repository.latest())
                .hasValueSatisfying(d -> assertThat(d.digest().title()).isEqualTo("First again"));
    }

    @Test
    void seenFilesKeepSizeAndModificationTimeToTheMicrosecond() {
        SeenFile file = seen("b/c.md", HASH_A);
        repository.markSeen(file);
        repository.markSeen(new SeenFile("b/c.md", 99, NOW, HASH_B));

        SeenFile back = repository.seenFiles().get("b/c.md");
        assertThat(back.contentHash()).isEqualTo(HASH_B);
        assertThat(back.sameAs(99, NOW)).isTrue();
        assertThat(back.sameAs(100, NOW)).isFalse();
        assertThat(back.sameAs(99, NOW.plusMillis(1))).isFalse();
    }

    @Test
    void recordsFailuresNewestFirst() {
        repository.recordFailure("empty.txt", "empty.txt", "file is empty");
        repository.recordFailure("x/blob.txt", "x/blob-1.txt", "binary file, not text");

        assertThat(repository.failedCount()).isEqualTo(2);
        assertThat(repository.recentFailures(1)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("x/blob.txt");
            assertThat(f.movedTo()).isEqualTo("x/blob-1.txt");
            assertThat(f.failedAt()).isEqualTo(STORED_AT);
        });
    }

    @Test
    void tagsBeyondTheColumnAreDroppedNotFatal() {
        List<String> tags = Collections.nCopies(300, "tagname");

        StoredDigest stored = repository
                .storeVersion(seen("t.md", HASH_A), digest("Tags"), metadata(tags), "")
                .orElseThrow();

        assertThat(stored.tags()).hasSizeBetween(200, 299);
        assertThat(repository.byVersionId(stored.versionId()).orElseThrow().tags())
                .isEqualTo(stored.tags());
    }

    @Test
    void keepsTheArticleAddressAndDropsOneTooLongToUse() {
        ArticleMetadata linked = new ArticleMetadata(null, null, " https://news.example/harbour ", List.of());
        ArticleMetadata overlong = new ArticleMetadata(null, null, "https://x.example/" + "a".repeat(2100), List.of());

        StoredDigest stored = repository
                .storeVersion(seen("a.md", HASH_A), digest("Linked"), linked, "")
                .orElseThrow();
        repository.storeVersion(seen("b.md", HASH_B), digest("Overlong"), overlong, "");

        assertThat(stored.url()).isEqualTo("https://news.example/harbour");
        assertThat(repository.byVersionId(stored.versionId()).orElseThrow().url())
                .isEqualTo("https://news.example/harbour");
        assertThat(repository.latest().orElseThrow().url()).isNull();
    }

    @Test
    void latestListsAnEditedArticleOnceAsItStands() {
        repository.storeVersion(seen("a.txt", HASH_A), digest("Draft"), metadata(List.of()), "");
        repository.storeVersion(seen("b.txt", HASH_B), digest("Other"), metadata(List.of()), "");
        repository.storeVersion(seen("a.txt", "c".repeat(64)), digest("Final"), metadata(List.of()), "");

        assertThat(repository.latest(10)).extracting(d -> d.digest().title()).containsExactly("Final", "Other");
    }

    @Test
    void anEmptyStoreHasNothingLatest() {
        assertThat(repository.latest()).isEmpty();
        assertThat(repository.byVersionId(1)).isEmpty();
        assertThat(repository.articleCount()).isZero();
    }

    private static SeenFile seen(String path, String hash) {
        return new SeenFile(path, 1234, NOW, hash);
    }

    private static ArticleMetadata metadata(List<String> tags) {
        return new ArticleMetadata(null, null, null, tags);
    }

    private static ArticleDigest digest(String title) {
        return new ArticleDigest("a.txt", title, List.of("One sentence."), List.of(), List.of());
    }
}
