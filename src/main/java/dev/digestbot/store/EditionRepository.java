package dev.digestbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editions and what they carry. An edition is stored together with its items and its outbox rows
 * in one transaction; the schema's unique keys make sure a digest goes into at most one edition
 * per destination and edition numbers never repeat, so two processes composing at once cannot
 * both succeed: the one that loses gets {@link Optional#empty()} and nothing is stored.
 */
public final class EditionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(EditionRepository.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String UNSENT = "SELECT " + StoredDigestRows.COLUMNS
            + " FROM article_version v JOIN article a ON a.id = v.article_id"
            + " WHERE v.version = (SELECT MAX(l.version) FROM article_version l WHERE l.article_id = v.article_id)"
            + " AND NOT EXISTS (SELECT 1 FROM edition_item i"
            + " WHERE i.destination = ? AND i.article_version_id = v.id)";

    private static final String ITEMS = "SELECT i.folded, " + StoredDigestRows.COLUMNS
            + " FROM edition_item i JOIN article_version v ON v.id = i.article_version_id"
            + " JOIN article a ON a.id = v.article_id WHERE i.edition_id = ? ORDER BY i.position";

    private final Database database;
    private final Clock clock;

    public EditionRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The digests not yet in any edition of {@code destination}, oldest first: of each article
     * only its latest version, and only those in one of {@code folders} (or below it) and carrying
     * one of {@code tags} (compared ignoring case). An empty list of folders or tags lets all pass.
     */
    public List<StoredDigest> unsent(String destination, List<String> folders, List<String> tags) {
        Set<String> wanted = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return database.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement(UNSENT + folderFilter(folders) + " ORDER BY v.ingested_at, v.id")) {
                int index = 1;
                s.setString(index++, destination);
                for (String folder : folders) {
                    s.setString(index++, folder);
                    s.setString(index++, likeEscaped(folder) + "/%");
                }
                List<StoredDigest> digests = new ArrayList<>();
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        if (wanted.isEmpty() || hasAny(StoredDigestRows.tags(row), wanted)) {
                            digests.add(StoredDigestRows.read(row));
                        }
                    }
                }
                return digests;
            }
        });
    }

    /** The number the next edition of {@code destination} will get. */
    public int nextNumber(String destination) {
        return database.inTransaction(c -> nextNumber(c, destination));
    }

    /**
     * Stores an edition of {@code destination} with its items and one pending outbox row per
     * recipient, due now, all in one transaction.
     *
     * @param items the digests listed in full; at least one
     * @param folded the digests folded into "and k more"
     * @param recipients channels or addresses, each once; {@code ""} for a destination with a
     *     single target
     * @return the stored edition, or empty when another process stored an edition with one of
     *     these digests or this number first
     */
    public Optional<StoredEdition> create(
            String destination, List<StoredDigest> items, List<StoredDigest> folded, List<String> recipients) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an edition of " + destination + " needs at least one item");
        }
        Instant now = SqlTime.stored(clock.instant());
        try {
            return Optional.of(database.inTransaction(c -> {
                int number = nextNumber(c, destination);
                long id = insertEdition(c, destination, number, now);
                insertItems(c, id, destination, items, folded);
                insertDeliveries(
                        c, id, destination, recipients.stream().distinct().toList(), now);
                return new StoredEdition(id, destination, number, now, items, folded);
            }));
        } catch (StoreException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            LOG.info("Edition for destination {} not stored: another process stored one first", destination);
            return Optional.empty();
        }
    }

    /** The edition with key {@code id}, with its items in order. */
    public Optional<StoredEdition> find(long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT destination, number, created_at FROM edition WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet row = s.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(withItems(
                            c, id, row.getString("destination"), row.getInt("number"), SqlTime.get(row, "created_at")));
                }
            }
        });
    }

    /** How many editions are stored, over all destinations. */
    public long count() {
        return countByDestination().values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many editions each destination has had, by destination name. */
    public Map<String, Long> countByDestination() {
        return database.inTransaction(c -> {
            Map<String, Long> counts = new TreeMap<>();
            try (Statement s = c.createStatement();
                    ResultSet row = s.executeQuery("SELECT destination, COUNT(*) FROM edition GROUP BY destination")) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Each destination's newest edition, by destination name; destinations without one are absent. */
    public Map<String, LastEdition> lastEditions() {
        return database.inTransaction(c -> {
            Map<String, LastEdition> last = new TreeMap<>();
            String sql = "SELECT e.destination, e.number, e.created_at FROM edition e WHERE e.number ="
                    + " (SELECT MAX(l.number) FROM edition l WHERE l.destination = e.destination)";
            try (Statement s = c.createStatement();
                    ResultSet row = s.executeQuery(sql)) {
                while (row.next()) {
                    last.put(row.getString(1), new LastEdition(row.getInt(2), SqlTime.get(row, 3)));
                }
            }
            return last;
        });
    }

    private static StoredEdition withItems(Connection c, long id, String destination, int number, Instant createdAt)
            throws SQLException {
        List<StoredDigest> items = new ArrayList<>();
        List<StoredDigest> folded = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ITEMS)) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    (row.getBoolean("folded") ? folded : items).add(StoredDigestRows.read(row));
                }
            }
        }
        return new StoredEdition(id, destination, number, createdAt, items, folded);
    }

    private static int nextNumber(Connection c, String destination) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM edition WHERE destination = ?")) {
            s.setString(1, destination);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static long insertEdition(Connection c, String destination, int number, Instant now) throws SQLException {
        String sql = "INSERT INTO edition (destination, number, created_at) VALUES (?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            s.setString(1, destination);
            s.setInt(2, number);
            SqlTime.set(s, 3, now);
            s.executeUpdate();
            try (ResultSet key = s.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertItems(
            Connection c, long editionId, String destination, List<StoredDigest> items, List<StoredDigest> folded)
            throws SQLException {
        String sql = "INSERT INTO edition_item (edition_id, destination, article_version_id, position, folded)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int position = 0;
            for (List<StoredDigest> part : List.of(items, folded)) {
                for (StoredDigest digest : part) {
                    s.setLong(1, editionId);
                    s.setString(2, destination);
                    s.setLong(3, digest.versionId());
                    s.setInt(4, ++position);
                    s.setBoolean(5, part == folded);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void insertDeliveries(
            Connection c, long editionId, String destination, List<String> recipients, Instant now)
            throws SQLException {
        String sql = "INSERT INTO delivery (edition_id, destination, recipient, state, attempts, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, 0, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String recipient : recipients) {
                s.setLong(1, editionId);
                s.setString(2, destination);
                s.setString(3, recipient);
                s.setString(4, DeliveryState.PENDING.column());
                SqlTime.set(s, 5, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String folderFilter(List<String> folders) {
        if (folders.isEmpty()) {
            return "";
        }
        return folders.stream()
                .map(f -> "v.folder = ? OR v.folder LIKE ? ESCAPE '!'")
                .collect(Collectors.joining(" OR ", " AND (", ")"));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean hasAny(List<String> tags, Set<String> wanted) {
        return tags.stream().anyMatch(t -> wanted.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
