package dev.digestbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Lends Quartz the application's connection pool, so there is one pool per process. */
final class PooledConnections implements ConnectionProvider {
    private final DataSource dataSource;

    PooledConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the application, which closes it after the scheduler
    }

    @Override
    public void initialize() {
        // the pool is ready when it is handed over
    }
}
