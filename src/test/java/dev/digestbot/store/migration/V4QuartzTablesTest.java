package dev.digestbot.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class V4QuartzTablesTest {
    @Test
    void splitsAScriptIntoStatementsWithoutCommentsOrCommit() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE A (X INT);
                  -- indented comment
                ALTER TABLE A ADD
                  CONSTRAINT PK PRIMARY KEY (X);
                COMMIT;
                """;
        assertThat(V4__Quartz_tables.statements(script))
                .containsExactly("CREATE TABLE A (X INT)", "ALTER TABLE A ADD\n  CONSTRAINT PK PRIMARY KEY (X)");
    }
}
