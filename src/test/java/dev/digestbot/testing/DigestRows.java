package dev.digestbot.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.store.Database;
import dev.digestbot.store.SearchText;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * Puts article digests into a test database the way ingest stores them: an {@code article} row
 * per path and an {@code article_version} row per content, the digest as JSON.
 */
public final class DigestRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public DigestRows(Database database) {
        this.database = database;
    }

    /** A fresh file database under {@code dir}, migrated. */
    public static Database openDatabase(Path dir) {
        return Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "sa", "");
    }

    /** A digest with two summary sentences, a quote with a speaker and a figure. */
    public static ArticleDigest digest(String title) {
        return new ArticleDigest(
                title + ".txt",
                title,
                List.of("The council met on Tuesday to discuss " + title + ".", "A decision is due next month."),
                List.of(new Quote(
                        "We will decide carefully", "Mara Quill", "\"We will decide carefully,\" said Mara Quill.")),
                List.of(new Figure("42", "residents who wrote in", "Some 42 residents wrote in.")));
    }

    /** Stores {@code digest} as the next version of the article at {@code path}. */
    public StoredDigest insert(
            String path, String folder, List<String> tags, ArticleDigest digest, Instant ingestedAt) {
        String tagColumn = write(tags);
        String digestJson = write(digest);
        return database.inTransaction(c -> {
            long articleId = articleId(c, path, ingestedAt);
            int version = nextVersion(c, articleId);
            String sql = "INSERT INTO article_version (article_id, version, content_hash, title, folder, tags,"
                    + " digest_json, ingested_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
                s.setLong(1, articleId);
                s.setInt(2, version);
                s.setString(3, sha256(path + "\n" + version + "\n" + digestJson));
                s.setString(4, digest.title());
                s.setString(5, folder);
                s.setString(6, tagColumn);
                s.setString(7, digestJson);
                s.setObject(8, OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC));
                s.setString(9, SearchText.of(digest.title(), String.join(" ", digest.summary())));
                s.executeUpdate();
                try (ResultSet key = s.getGeneratedKeys()) {
                    key.next();
                    return new StoredDigest(key.getLong(1), path, version, folder, tags, digest, ingestedAt, null);
                }
            }
        });
    }

    /** Stores a digest titled {@code title} at the top of the inbox with no tags. */
    public StoredDigest insert(String title, Instant ingestedAt) {
        return insert(title + ".txt", "", List.of(), digest(title), ingestedAt);
    }

    /** The single number {@code sql} selects, such as a row count. */
    public static long queryLong(Database database, String sql) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql);
                    ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static long articleId(java.sql.Connection c, String path, Instant createdAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM article WHERE path = ?")) {
            s.setString(1, path);
            try (ResultSet row = s.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO article (path, created_at) VALUES (?, ?)", new String[] {"id"})) {
            s.setString(1, path);
            s.setObject(2, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet key = s.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static int nextVersion(java.sql.Connection c, long articleId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM article_version WHERE article_id = ?")) {
            s.setLong(1, articleId);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
