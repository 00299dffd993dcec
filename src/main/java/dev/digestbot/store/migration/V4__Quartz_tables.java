package dev.digestbot.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's job-store tables from the DDL that ships inside the Quartz jar, picked for the
 * database at hand, so schedules and missed firings survive restarts and the tables always match
 * the Quartz version on the classpath.
 */
public final class V4__Quartz_tables extends BaseJavaMigration {
    private static final String DDL = "org/quartz/impl/jdbcjobstore/tables_%s.sql";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String script = read(scriptFor(connection.getMetaData().getDatabaseProductName()));
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
    }

    private static String scriptFor(String product) throws SQLException {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return DDL.formatted("h2");
        }
        if (name.contains("postgres")) {
            return DDL.formatted("postgres");
        }
        throw new SQLException("no Quartz tables for database " + product + "; use H2 or PostgreSQL");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = V4__Quartz_tables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Quartz DDL " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements, without comments and without its own COMMIT (Flyway commits). */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String sql : code.toString().split(";")) {
            String trimmed = sql.strip();
            if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("commit")) {
                statements.add(trimmed);
            }
        }
        return statements;
    }
}
