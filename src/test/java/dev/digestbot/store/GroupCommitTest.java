package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.testing.DigestRows;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;

    @TempDir
    Path dir;

    private Database database;
    private final AtomicInteger commits = new AtomicInteger();

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("CREATE TABLE note (n INT PRIMARY KEY)");
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachCallerGetsItsOwnAnswerOnceItsUpdateIsCommittedAndCallersShareCommits() throws Exception {
        GroupCommit<Integer, String> notes = new GroupCommit<>(database, this::insert);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * PER_THREAD;
                threads.add(pool.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    for (int n = first; n < first + PER_THREAD; n++) {
                        answers.add(notes.write(n));
                        assertThat(committed(n))
                                .as("committed when write returns")
                                .isTrue();
                    }
                    return answers;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                int first = t * PER_THREAD;
                assertThat(threads.get(t).get()).hasSize(PER_THREAD).first().isEqualTo("note " + first);
                assertThat(threads.get(t).get()).last().isEqualTo("note " + (first + PER_THREAD - 1));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(THREADS * PER_THREAD);
        assertThat(commits.get()).as("commits shared").isLessThan(THREADS * PER_THREAD);
    }

    @Test
    void whenTheSharedTransactionFailsEveryCallerInItIsToldAndNothingOfItIsCommitted() {
        GroupCommit<Integer, String> notes = new GroupCommit<>(database, this::insert);
        notes.write(1);

        assertThatThrownBy(() -> notes.write(1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the shared commit failed");
        assertThat(notes.write(2)).as("the next commit goes ahead").isEqualTo("note 2");
        assertThat(count()).isEqualTo(2);
    }

    private List<String> insert(java.sql.Connection c, List<Integer> updates) throws SQLException {
        commits.incrementAndGet();
        List<String> answers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO note (n) VALUES (?)")) {
            for (int n : updates) {
                s.setInt(1, n);
                s.executeUpdate();
                answers.add("note " + n);
            }
        }
        return answers;
    }

    private boolean committed(int n) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM note WHERE n = ?")) {
                s.setInt(1, n);
                try (ResultSet row = s.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private long count() {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement();
                    ResultSet row = s.executeQuery("SELECT COUNT(*) FROM note")) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
