package dev.digestbot.edition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.store.Database;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionComposerTest {
    private static final Instant T0 = Instant.parse("2025-05-01T06:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private DigestRows rows;
    private EditionRepository editions;
    private EditionComposer composer;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        rows = new DigestRows(database);
        editions = new EditionRepository(database, clock);
        composer = new EditionComposer(editions, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBurstOfArticlesMakesOneEditionWithTheRestFolded() {
        List<StoredDigest> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(rows.insert("Article " + i, T0.plusSeconds(i)));
        }

        Edition draft = composer.compose(new EditionPolicy("news", List.of(), List.of(), 10))
                .orElseThrow();

        assertThat(draft.id()).isEqualTo(Edition.DRAFT);
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.createdAt()).isEqualTo(clock.instant());
        assertThat(draft.items()).isEqualTo(burst.subList(0, 10));
        assertThat(draft.folded()).isEqualTo(burst.subList(10, 200));
    }

    @Test
    void nothingNewMakesNoEdition() {
        EditionPolicy policy = new EditionPolicy("news", List.of(), List.of(), 10);
        assertThat(composer.compose(policy)).isEmpty();

        StoredDigest digest = rows.insert("Harbour", T0);
        editions.create("news", List.of(digest), List.of(), List.of(""));

        assertThat(composer.compose(policy)).isEmpty();
        assertThat(editions.count()).isEqualTo(1);
    }

    @Test
    void theDraftCarriesTheNumberTheNextEditionGetsAndOnlyWhatThePolicyLets() {
        StoredDigest first = rows.insert("sport/a.txt", "sport", List.of(), DigestRows.digest("A"), T0);
        editions.create("sport", List.of(first), List.of(), List.of(""));
        StoredDigest second = rows.insert("sport/b.txt", "sport", List.of(), DigestRows.digest("B"), T0);
        rows.insert("c.txt", "", List.of(), DigestRows.digest("C"), T0);

        Edition draft = composer.compose(new EditionPolicy("sport", List.of("/sport/"), List.of(), 5))
                .orElseThrow();

        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.items()).containsExactly(second);
        assertThat(draft.folded()).isEmpty();
    }
}
