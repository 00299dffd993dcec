package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.summarize.ArticleDigest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching stored articles by words, and choosing one by a piece of its title. */
class ArticleSearchTest {
    private final AtomicInteger files = new AtomicInteger();

    @TempDir
    Path dir;

    private Database db;
    private ArticleRepository repository;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        repository = new ArticleRepository(db, Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsWordsAnywhereInTheTextAndRanksTitleMatchesFirst() {
        store("Library extends its hours", "Readers asked for evening hours.", "The railway strike kept staff away.");
        store("Railway timetable changes", "Trains run every ten minutes.", "Commuters welcomed it.");
        store("Bakery wins award", "The bakery on Mill Street won.", "Nothing about trains here.");

        assertThat(titles(repository.search("railway", 10)))
                .containsExactly("Railway timetable changes", "Library extends its hours");
    }

    @Test
    void aQueryWordMatchesTheStartOfAWordRegardlessOfCaseAccentsAndPunctuation() {
        store("Café reopens", "The CAFÉ on the quay reopened.", "Owners were \"delighted\" by the crowds.");

        assertThat(titles(repository.search("cafe", 10))).containsExactly("Café reopens");
        assertThat(titles(repository.search("DELIGHT", 10))).containsExactly("Café reopens");
        assertThat(titles(repository.search("afe", 10))).isEmpty(); // not the middle of a word
    }

    @Test
    void everyWordMustMatchAndSingleLettersAreIgnored() {
        store("Council budget approved", "The council's budget passed.", "Schools get more.");
        store("Council elections called", "Voting is in May.", "Candidates have a week.");

        assertThat(titles(repository.search("council's budget", 10))).containsExactly("Council budget approved");
        assertThat(repository.search("  ?! ", 10)).isEmpty();
    }

    @Test
    void newerArticlesWinTiesAndTheLimitHolds() {
        store("Harbour news one", "A boat.", "");
        store("Harbour news two", "A boat.", "");
        store("Harbour news three", "A boat.", "");

        assertThat(titles(repository.search("harbour", 2))).containsExactly("Harbour news three", "Harbour news two");
    }

    @Test
    void titlesContainingTypedTextComeNewestFirst() {
        store("Harbour ferry returns", "A boat.", "");
        store("Mill closes early", "A mill.", "");
        store("New harbour wall", "A wall.", "");

        assertThat(repository.titles("HARB", 10))
                .extracting(DigestTitle::title)
                .containsExactly("New harbour wall", "Harbour ferry returns");
        assertThat(repository.titles("", 2))
                .extracting(DigestTitle::title)
                .containsExactly("New harbour wall", "Mill closes early");
        assertThat(repository.titles("100%_", 10)).isEmpty();
    }

    private void store(String title, String summary, String rest) {
        int n = files.incrementAndGet();
        String hash = String.format("%064d", n);
        ArticleDigest digest = new ArticleDigest(n + ".txt", title, List.of(summary), List.of(), List.of());
        repository.storeVersion(
                new SeenFile(n + ".txt", 10, Instant.EPOCH, hash),
                digest,
                new ArticleMetadata(null, null, null, List.of()),
                summary + "\n\n" + rest);
    }

    private static List<String> titles(List<StoredDigest> digests) {
        return digests.stream().map(d -> d.digest().title()).toList();
    }
}
