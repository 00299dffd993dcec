package dev.digestbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Queues a destination's failed deliveries again within the caller's transaction, to the
 * recipients configured now: a failed row of a recipient that is still configured is queued again;
 * an edition that failed for a recipient that is not gets a row for each configured recipient that
 * has none yet. Plain SQL that H2 and PostgreSQL both run.
 */
final class FailedRequeue {
    private FailedRequeue() {}

    /** A failed row: its edition and its recipient. */
    private record Failed(long editionId, int editionNumber, String recipient) {}

    static Requeued run(Connection c, String destination, List<String> recipients, Instant now) throws SQLException {
        Set<String> current = Set.copyOf(recipients);
        List<Failed> failed = failedRows(c, destination);
        int requeued = 0;
        SortedSet<String> stale = new TreeSet<>();
        Map<Long, Integer> staleEditions = new TreeMap<>();
        for (Failed f : failed) {
            if (current.contains(f.recipient())) {
                requeued += requeue(c, destination, f, now);
            } else {
                stale.add(f.recipient());
                staleEditions.put(f.editionId(), f.editionNumber());
            }
        }
        int created = 0;
        List<Integer> editionNumbers = new ArrayList<>();
        for (Map.Entry<Long, Integer> edition : staleEditions.entrySet()) {
            int added = insertMissing(c, edition.getKey(), destination, recipients, now);
            if (added > 0) {
                created += added;
                editionNumbers.add(edition.getValue());
            }
        }
        return new Requeued(requeued, created, editionNumbers, List.copyOf(stale));
    }

    private static List<Failed> failedRows(Connection c, String destination) throws SQLException {
        String sql = "SELECT d.edition_id, e.number, d.recipient FROM delivery d JOIN edition e ON e.id = d.edition_id"
                + " WHERE d.destination = ? AND d.state = 'failed' ORDER BY d.edition_id, d.recipient";
        List<Failed> failed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, destination);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    failed.add(new Failed(row.getLong(1), row.getInt(2), row.getString(3)));
                }
            }
        }
        return failed;
    }

    private static int requeue(Connection c, String destination, Failed f, Instant now) throws SQLException {
        String sql = "UPDATE delivery SET state = 'pending', attempts = 0, next_attempt_at = ?, claimed_until = NULL"
                + " WHERE edition_id = ? AND destination = ? AND recipient = ? AND state = 'failed'";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            SqlTime.set(s, 1, now);
            s.setLong(2, f.editionId());
            s.setString(3, destination);
            s.setString(4, f.recipient());
            return s.executeUpdate();
        }
    }

    /** Queues the edition for each of {@code recipients} that has no row of it yet; how many were queued. */
    private static int insertMissing(
            Connection c, long editionId, String destination, List<String> recipients, Instant now)
            throws SQLException {
        // NOT EXISTS keeps a second run from adding anything; the unique key stops a concurrent one
        String sql = "INSERT INTO delivery (edition_id, destination, recipient, state, attempts, next_attempt_at)"
                + " SELECT e.id, ?, ?, 'pending', 0, ? FROM edition e WHERE e.id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM delivery d WHERE d.edition_id = e.id AND d.destination = ? AND d.recipient = ?)";
        int inserted = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String recipient : recipients) {
                s.setString(1, destination);
                s.setString(2, recipient);
                SqlTime.set(s, 3, now);
                s.setLong(4, editionId);
                s.setString(5, destination);
                s.setString(6, recipient);
                inserted += s.executeUpdate();
            }
        }
        return inserted;
    }
}
