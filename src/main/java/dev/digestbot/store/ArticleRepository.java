package dev.digestbot.store;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.summarize.ArticleDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Articles, their versions with digests, and what ingest has seen or refused, over the tables
 * article, article_version, seen_file and failed_file. An article is a path under the inbox;
 * each distinct content of it is a version. The same text under another name is never stored
 * again; a file edited back to an earlier text of its own becomes its next version. Thread-safe.
 */
public final class ArticleRepository {
    private static final String DIGEST_COLUMNS =
            "SELECT " + StoredDigestRows.COLUMNS + " FROM article_version v JOIN article a ON a.id = v.article_id ";
    /** Keeps each article's newest version only: an edited article is listed once, as it stands. */
    private static final String CURRENT =
            "NOT EXISTS (SELECT 1 FROM article_version n WHERE n.article_id = v.article_id AND n.id > v.id) ";

    private static final int MAX_URL_CHARS = 2048;
    /** Query words used at most; more only slow the scan down. */
    private static final int MAX_QUERY_WORDS = 8;
    /** Newest matches ranked at most, so a common word cannot make a search read the whole archive. */
    private static final int MAX_CANDIDATES = 200;

    private final Database db;
    private final Clock clock;

    public ArticleRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The newest stored digest. */
    public Optional<StoredDigest> latest() {
        return latest(1).stream().findFirst();
    }

    /** The {@code n} newest articles' digests, newest first; an edited article as it stands now. */
    public List<StoredDigest> latest(int n) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    DIGEST_COLUMNS + "WHERE " + CURRENT + "ORDER BY v.id DESC FETCH FIRST ? ROWS ONLY")) {
                s.setInt(1, n);
                return StoredDigestRows.readAll(s);
            }
        });
    }

    /**
     * Articles whose title or text has every word of {@code query} (as a word or a word's start),
     * best first: more query words in the title, then in the summary, then newer. Empty for a
     * query without words.
     */
    public List<StoredDigest> search(String query, int limit) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> used = words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
        String where = String.join(
                " AND ", used.stream().map(w -> "v.search_text LIKE ?").toList());
        List<StoredDigest> found = db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(DIGEST_COLUMNS + "WHERE " + where + " AND " + CURRENT
                    + "ORDER BY v.id DESC FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY")) {
                for (int i = 0; i < used.size(); i++) {
                    s.setString(i + 1, "% " + used.get(i) + "%"); // words hold letters and digits only
                }
                return StoredDigestRows.readAll(s);
            }
        });
        return SearchRanking.rank(found, used).stream().limit(limit).toList();
    }

    /**
     * The titles of the newest articles whose title contains {@code typed} (any case), newest
     * first; the newest of all when {@code typed} is blank. For choosing an article by name.
     */
    public List<DigestTitle> titles(String typed, int limit) {
        String pattern = "%" + likeEscaped(typed.strip().toLowerCase(Locale.ROOT)) + "%";
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT v.id, v.title, v.ingested_at FROM article_version v"
                    + " WHERE LOWER(v.title) LIKE ? ESCAPE '\\' AND " + CURRENT
                    + "ORDER BY v.id DESC FETCH FIRST ? ROWS ONLY")) {
                s.setString(1, pattern);
                s.setInt(2, limit);
                List<DigestTitle> titles = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        titles.add(new DigestTitle(rs.getLong(1), rs.getString(2), SqlTime.get(rs, 3)));
                    }
                }
                return titles;
            }
        });
    }

    /** The digest stored as article version {@code id}. */
    public Optional<StoredDigest> byVersionId(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(DIGEST_COLUMNS + "WHERE v.id = ?")) {
                s.setLong(1, id);
                return StoredDigestRows.readAll(s).stream().findFirst();
            }
        });
    }

    /**
     * The path that already holds this content, so that a file with it needs no new digest: the
     * file's own path when its latest version has it, or another article's path when any of its
     * versions has it. Empty when the content is new here, including a file edited back to an
     * earlier text of its own, which becomes its next version again.
     */
    public Optional<String> holderOf(String sha256, String path) {
        return db.inTransaction(c -> holderOf(c, sha256, path));
    }

    /** Every file ingest has read, by path, so a rescan can skip the unchanged ones. */
    public Map<String, SeenFile> seenFiles() {
        return db.inTransaction(c -> {
            Map<String, SeenFile> seen = new HashMap<>();
            try (PreparedStatement s =
                            c.prepareStatement("SELECT path, size_bytes, modified_at, content_hash FROM seen_file");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seen.put(
                            rs.getString(1),
                            new SeenFile(rs.getString(1), rs.getLong(2), SqlTime.get(rs, 3), rs.getString(4)));
                }
            }
            return seen;
        });
    }

    /** Records that {@code file} was read and its content is already stored. */
    public void markSeen(SeenFile file) {
        db.inTransaction(c -> {
            upsertSeen(c, file);
            return null;
        });
    }

    /**
     * Stores {@code digest} as the next version of the article at {@code file.path()}, the first
     * when the path is new, and marks the file seen, in one transaction. Empty when a version with
     * the same content hash is already stored; the file is then only marked seen.
     *
     * @param metadata the article's tags (for destination filters) and address (for links)
     * @param text the article's text, kept in searchable form
     */
    public Optional<StoredDigest> storeVersion(
            SeenFile file, ArticleDigest digest, ArticleMetadata metadata, String text) {
        return db.inTransaction(c -> {
            upsertSeen(c, file);
            if (holderOf(c, file.contentHash(), file.path()).isPresent()) {
                return Optional.empty();
            }
            long articleId = articleId(c, file.path());
            int version = nextVersion(c, articleId);
            String folder = folderOf(file.path());
            List<String> kept = DigestJson.fitTags(metadata.tags());
            String url = fitUrl(metadata.url());
            Instant now = now();
            VersionRow row = new VersionRow(articleId, version, file.contentHash(), folder, kept, url);
            long id = insertVersion(c, row, digest, SearchText.of(digest.title(), text), now);
            return Optional.of(new StoredDigest(id, file.path(), version, folder, kept, digest, now, url));
        });
    }

    /** Records a file that could not be ingested and where it was moved. */
    public FailedFile recordFailure(String path, String movedTo, String reason) {
        Instant now = now();
        long id = db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO failed_file (path, moved_to, reason, failed_at) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setString(1, path);
                s.setString(2, movedTo);
                s.setString(3, reason);
                SqlTime.set(s, 4, now);
                s.executeUpdate();
                return generatedKey(s);
            }
        });
        return new FailedFile(id, path, movedTo, reason, now);
    }

    /** The {@code n} most recent failures, newest first. */
    public List<FailedFile> recentFailures(int n) {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT id, path, moved_to, reason, failed_at FROM failed_file"
                            + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                s.setInt(1, n);
                List<FailedFile> failures = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        failures.add(new FailedFile(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), SqlTime.get(rs, 5)));
                    }
                }
                return failures;
            }
        });
    }

    /** Number of articles, that is distinct paths with at least one stored version. */
    public long articleCount() {
        return count("SELECT COUNT(*) FROM article");
    }

    /** Number of stored versions, that is stored digests. */
    public long versionCount() {
        return count("SELECT COUNT(*) FROM article_version");
    }

    /** Number of files that failed and were moved out of the inbox. */
    public long failedCount() {
        return count("SELECT COUNT(*) FROM failed_file");
    }

    private long count(String sql) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Optional<String> holderOf(Connection c, String sha256, String path) throws SQLException {
        try (PreparedStatement latest = c.prepareStatement(
                "SELECT v.content_hash FROM article_version v"
                        + " JOIN article a ON a.id = v.article_id WHERE a.path = ? ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY")) {
            latest.setString(1, path);
            try (ResultSet rs = latest.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(sha256)) {
                    return Optional.of(path);
                }
            }
        }
        try (PreparedStatement other = c.prepareStatement("SELECT a.path FROM article_version v"
                + " JOIN article a ON a.id = v.article_id WHERE v.content_hash = ? AND a.path <> ?"
                + " FETCH FIRST 1 ROWS ONLY")) {
            other.setString(1, sha256);
            other.setString(2, path);
            try (ResultSet rs = other.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void upsertSeen(Connection c, SeenFile file) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE seen_file SET size_bytes = ?, modified_at = ?, content_hash = ? WHERE path = ?")) {
            update.setLong(1, file.sizeBytes());
            SqlTime.set(update, 2, file.modifiedAt());
            update.setString(3, file.contentHash());
            update.setString(4, file.path());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO seen_file (size_bytes, modified_at, content_hash, path) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, file.sizeBytes());
            SqlTime.set(insert, 2, file.modifiedAt());
            insert.setString(3, file.contentHash());
            insert.setString(4, file.path());
            insert.executeUpdate();
        }
    }

    private long articleId(Connection c, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM article WHERE path = ?")) {
            s.setString(1, path);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO article (path, created_at) VALUES (?, ?)", new String[] {"id"})) {
            s.setString(1, path);
            SqlTime.set(s, 2, now());
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    private static int nextVersion(Connection c, long articleId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM article_version WHERE article_id = ?")) {
            s.setLong(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long insertVersion(
            Connection c, VersionRow row, ArticleDigest digest, String searchText, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO article_version (article_id, version, content_hash, title, folder, tags, digest_json,"
                        + " ingested_at, url, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            s.setLong(1, row.articleId());
            s.setInt(2, row.version());
            s.setString(3, row.hash());
            s.setString(4, digest.title());
            s.setString(5, row.folder());
            s.setString(6, DigestJson.writeTags(row.tags()));
            s.setString(7, DigestJson.write(digest));
            SqlTime.set(s, 8, now);
            s.setString(9, row.url());
            s.setString(10, searchText);
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    /** An address longer than the column is no address a reader could use. */
    private static String fitUrl(String url) {
        return url == null || url.isBlank() || url.length() > MAX_URL_CHARS ? null : url.strip();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The columns of a new version besides its digest. */
    private record VersionRow(long articleId, int version, String hash, String folder, List<String> tags, String url) {}

    /** The subfolder part of an inbox path: {@code "a/b"} for {@code "a/b/c.txt"}. */
    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The clock's time as the database keeps it, so what is returned equals what is read back. */
    private Instant now() {
        return SqlTime.stored(clock.instant());
    }

    private static long generatedKey(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
