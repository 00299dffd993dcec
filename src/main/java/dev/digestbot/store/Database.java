package dev.digestbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The bot's database: a connection pool over the configured JDBC URL, with the schema brought up
 * to date by Flyway before anything reads or writes it.
 */
public final class Database implements AutoCloseable {
    /** SQL migrations, and Java ones for what SQL files cannot say (Quartz's tables). */
    private static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:dev/digestbot/store/migration"};

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @param url the JDBC URL, for example {@code jdbc:h2:file:./data/digestbot;AUTO_SERVER=TRUE}
     * @param user the database user
     * @param password the password; comes from the environment, never from the config file
     */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("digestbot");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate the database at " + url + ": " + e.getMessage(), e);
        }
        return new Database(pool);
    }

    /** The pool, for repositories and for Quartz's job store. */
    public DataSource dataSource() {
        return pool;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
