package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAFreshFileDatabaseAndOpensItAgain() {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE";
        try (Database db = Database.open(url, "sa", "")) {
            db.inTransaction(c -> c.createStatement()
                    .executeUpdate("INSERT INTO article (path, created_at) VALUES ('a.txt', CURRENT_TIMESTAMP)"));
        }
        try (Database db = Database.open(url, "sa", "")) {
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void rollsBackWhenTheWorkThrows() {
        try (Database db = Database.open("jdbc:h2:mem:rollback;DB_CLOSE_DELAY=-1", "sa", "")) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                        c.createStatement()
                                .executeUpdate(
                                        "INSERT INTO article (path, created_at) VALUES ('b.txt', CURRENT_TIMESTAMP)");
                        throw new IllegalStateException("boom");
                    }))
                    .hasMessage("boom");
            assertThat(count(db)).isZero();
        }
    }

    private static long count(Database db) {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
