package dev.digestbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox. A sender claims due rows for a lease, sends, and marks each row sent, due again
 * later, or failed. The claim is a lease rather than a lock held across the send, so a row whose
 * sender crashed becomes due again once the lease runs out, and no transaction stays open while
 * a message is on its way.
 *
 * <p>Claiming locks with {@code FOR UPDATE SKIP LOCKED}, which H2 and PostgreSQL both accept, so
 * concurrent claimers pass over each other's rows instead of waiting (see {@link DueClaim}).
 *
 * <p>Made {@link #journaled} (the embedded database), it records claims and sends in a {@link
 * SentJournal} and writes rows sent to the table in batches; a crashed process's journal is
 * replayed by the next start, which also frees the rows it held unsent. {@link #close()} ends
 * the journal.
 */
public final class DeliveryRepository implements AutoCloseable {
    static final String COLUMNS = "d.id, d.edition_id, d.destination, d.recipient, d.state, d.attempts, d.parts_sent,"
            + " d.next_attempt_at, d.claimed_until, d.last_error, d.sent_at,"
            + " (SELECT e.number FROM edition e WHERE e.id = d.edition_id) AS edition_number";

    static final String FREE = "(d.claimed_until IS NULL OR d.claimed_until <= ?)";

    private static final int MAX_ERROR_LENGTH = 2048;

    private static final String SENT = "state = 'sent', sent_at = ?, last_error = NULL";

    /** What every outcome does besides its own assignments: counts the attempt, ends the claim. */
    private static final String ENDING_CLAIM = ", attempts = attempts + 1, claimed_until = NULL";

    /** Rows recorded in the journal before they are written to the table in one commit. */
    static final int JOURNAL_BATCH = 64;

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRepository.class);

    private final Database database;
    private final Clock clock;

    /** Where the journal goes, or null to mark each row sent in the table at once. */
    private final Path journals;

    /** Rows sent, in the journal and not yet in the table; guards the fields below as well. */
    private final List<Delivery> unwritten = new ArrayList<>();

    /** Rows claimed, in the journal, and neither sent nor put back yet. */
    private final Set<Long> holding = new HashSet<>();

    /** Made on the first claim, so a command that sends nothing leaves no file. */
    private SentJournal journal;

    private int batchesBeingWritten;

    /** An outbox whose rows are marked sent in the table, one commit each. */
    public DeliveryRepository(Database database, Clock clock) {
        this(database, clock, null);
    }

    private DeliveryRepository(Database database, Clock clock, Path journals) {
        this.database = database;
        this.clock = clock;
        this.journals = journals;
    }

    /**
     * An outbox that records rows sent in a {@link SentJournal} in {@code journals} and writes
     * them to the table in batches: for a database that only this machine writes, where a commit
     * per message would cost more than sending it. Journals left by processes that died are
     * replayed first: the rows they sent are marked sent, and those they held unsent are freed
     * for another attempt at once rather than when their lease runs out.
     */
    public static DeliveryRepository journaled(Database database, Clock clock, Path journals) {
        replayAbandoned(database, clock, journals);
        return new DeliveryRepository(database, clock, journals);
    }

    private static void replayAbandoned(Database database, Clock clock, Path journals) {
        for (SentJournal.Abandoned abandoned : SentJournal.abandoned(journals)) {
            Instant now = SqlTime.stored(clock.instant());
            SentJournal.Replay replay = abandoned.replay();
            int[] settled = database.inTransaction(
                    c -> new int[] {markSentAfterCrash(c, replay.sent(), now), release(c, replay.held())});
            abandoned.delete();
            LOG.info(
                    "Replayed sent journal {}: {} outbox row(s) that went out before the last stop marked sent,"
                            + " {} it held unsent freed",
                    abandoned.file().getFileName(),
                    settled[0],
                    settled[1]);
        }
    }

    /** Marks {@code ids} sent where still pending, whoever holds them: they went out. */
    private static int markSentAfterCrash(Connection c, List<Long> ids, Instant now) throws SQLException {
        String sql = "UPDATE delivery SET " + SENT + ENDING_CLAIM + " WHERE id = ? AND state = 'pending'";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long id : ids) {
                SqlTime.set(s, 1, now);
                s.setLong(2, id);
                s.addBatch();
            }
            return IntStream.of(s.executeBatch()).sum();
        }
    }

    /** Ends the claims of a dead process on rows still under the lease it took: nobody sends them. */
    private static int release(Connection c, Map<Long, Instant> held) throws SQLException {
        String sql =
                "UPDATE delivery SET claimed_until = NULL WHERE id = ? AND state = 'pending' AND claimed_until = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Map.Entry<Long, Instant> row : held.entrySet()) {
                s.setLong(1, row.getKey());
                SqlTime.set(s, 2, row.getValue());
                s.addBatch();
            }
            return IntStream.of(s.executeBatch()).sum();
        }
    }

    /**
     * Claims up to {@code limit} pending rows of {@code destinations} that are due and not held by
     * another sender, for {@code lease}; the earliest due first.
     */
    public List<Delivery> claimDue(Collection<String> destinations, int limit, Duration lease) {
        if (destinations.isEmpty()) {
            return List.of();
        }
        // rows sent must be in the table before their lease can run out and they look due again
        flushSent();
        Instant now = SqlTime.stored(clock.instant());
        Instant until = SqlTime.stored(now.plus(lease));
        List<Long> journaled = new ArrayList<>();
        try {
            return database.inTransaction(c -> {
                List<Delivery> claimed = DueClaim.run(c, destinations, limit, now, until);
                if (journals != null && !claimed.isEmpty()) {
                    // before the commit: a claim the journal does not name would wait out its lease after a crash
                    synchronized (unwritten) {
                        journal().claimed(claimed);
                        claimed.forEach(d -> journaled.add(d.id()));
                        holding.addAll(journaled);
                    }
                }
                return claimed;
            });
        } catch (RuntimeException e) {
            // not claimed after all; the journal's entries free nothing
            synchronized (unwritten) {
                holding.removeAll(journaled);
                clearWhenSettled();
            }
            throw e;
        }
    }

    /**
     * Records that a claimed row went out, so that it is not sent again even if this process is
     * killed the moment this returns (nothing forces the disk: a commit of the embedded database
     * does not either). With a {@link SentJournal} the row is written to the journal, and to the
     * table in batches, before each claim and by {@link #flushSent()}; a row whose claim was lost to
     * another sender meanwhile is then left to that sender and logged. Without one, the row is
     * marked in the table at once, and false means the claim was lost.
     */
    public boolean markSent(Delivery claimed) {
        if (journals == null) {
            return finish(claimed, SENT, SqlTime.stored(clock.instant()));
        }
        List<Delivery> batch = null;
        synchronized (unwritten) {
            journal().sent(claimed.id());
            holding.remove(claimed.id());
            unwritten.add(claimed);
            if (unwritten.size() >= JOURNAL_BATCH) {
                batch = takeUnwritten();
            }
        }
        if (batch != null) {
            writeSent(batch);
        }
        return true;
    }

    /**
     * Writes the rows recorded in the journal to the table, so that they show as sent; the outbox
     * calls it at the end of each pass. Without a journal there is nothing to write.
     */
    public void flushSent() {
        List<Delivery> batch;
        synchronized (unwritten) {
            if (unwritten.isEmpty()) {
                return;
            }
            batch = takeUnwritten();
        }
        writeSent(batch);
    }

    /**
     * Writes the journal's rows to the table and ends the journal. A journal whose rows are not
     * all in the table (a write failed, or is still under way in another thread) is left for the
     * next start to replay.
     */
    @Override
    public void close() {
        flushSent();
        synchronized (unwritten) {
            if (journal != null && settled()) {
                journal.close();
                journal = null;
            }
        }
    }

    /** Takes every unwritten row, holding the lock on {@link #unwritten}. */
    private List<Delivery> takeUnwritten() {
        List<Delivery> batch = new ArrayList<>(unwritten);
        unwritten.clear();
        batchesBeingWritten++;
        return batch;
    }

    private void writeSent(List<Delivery> batch) {
        boolean written = false;
        try {
            List<Boolean> changed = database.inTransaction(c -> markAllSent(c, batch));
            written = true;
            warnLost(batch, changed);
        } finally {
            synchronized (unwritten) {
                batchesBeingWritten--;
                if (!written) {
                    // tried again with the next batch; the journal keeps them meanwhile
                    unwritten.addAll(batch);
                } else {
                    clearWhenSettled();
                }
            }
        }
    }

    private static void warnLost(List<Delivery> batch, List<Boolean> changed) {
        List<Long> lost = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!changed.get(i)) {
                lost.add(batch.get(i).id());
            }
        }
        if (!lost.isEmpty()) {
            LOG.warn("Outbox rows {} went out after their lease ran out; another sender holds them", lost);
        }
    }

    private List<Boolean> markAllSent(Connection c, List<Delivery> claimed) throws SQLException {
        return finish(c, claimed, SENT, SqlTime.stored(clock.instant()));
    }

    /** Puts a claimed row back in the queue, due at {@code nextAttemptAt}, with why it failed. */
    public boolean markRetry(Delivery claimed, Instant nextAttemptAt, String error) {
        return finish(claimed, "next_attempt_at = ?, last_error = ?", nextAttemptAt, shortened(error));
    }

    /** Marks a claimed row failed for good, with the reason. */
    public boolean markFailed(Delivery claimed, String error) {
        return finish(claimed, "state = 'failed', last_error = ?", shortened(error));
    }

    /** This process's journal, made on first use; holding the lock on {@link #unwritten}. */
    private SentJournal journal() {
        if (journal == null) {
            journal = SentJournal.create(journals);
        }
        return journal;
    }

    /** Empties the journal once the table knows all it says; holding the lock on {@link #unwritten}. */
    private void clearWhenSettled() {
        if (journal != null && settled()) {
            journal.clear();
        }
    }

    private boolean settled() {
        return batchesBeingWritten == 0 && unwritten.isEmpty() && holding.isEmpty();
    }

    /**
     * Records that the first {@code partsSent} parts of a claimed row are out, so that a later
     * attempt resumes after them; false when the claim was lost to another sender meanwhile, which
     * then must not send on.
     */
    public boolean markPartsSent(Delivery claimed, int partsSent) {
        String sql = "UPDATE delivery SET parts_sent = ? WHERE id = ? AND state = 'pending' AND claimed_until = ?";
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, partsSent);
                s.setLong(2, claimed.id());
                SqlTime.set(s, 3, claimed.claimedUntil());
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Queues the failed deliveries of {@code destination} again, due now with a fresh count of
     * attempts, once an operator has fixed what made them fail, to the recipients configured now.
     * A failed row of a recipient in {@code recipients} is queued again; its last error stays until
     * the next attempt replaces it. An edition that failed for a recipient no longer configured (a
     * channel id that was wrong, or replaced) is queued for each configured recipient that has no
     * row of it yet; the stale row stays failed. Running it twice queues nothing twice.
     *
     * @param recipients the destination's channels or addresses now, or {@code [""]} for a
     *     destination with a single target
     */
    public Requeued requeueFailed(String destination, List<String> recipients) {
        Instant now = SqlTime.stored(clock.instant());
        return database.inTransaction(c -> FailedRequeue.run(c, destination, recipients, now));
    }

    /** How many outbox rows are in each state; every state is present, zero when none. */
    public Map<DeliveryState, Long> countByState() {
        return database.inTransaction(
                c -> Labels.count(c, "delivery", "state", DeliveryState.class, DeliveryState::fromColumn));
    }

    /** The outbox rows of {@code destination}, newest edition first. */
    public List<Delivery> list(String destination) {
        return database.inTransaction(c -> {
            String sql = "SELECT " + COLUMNS + " FROM delivery d WHERE d.destination = ?"
                    + " ORDER BY d.edition_id DESC, d.recipient";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, destination);
                return read(s);
            }
        });
    }

    /** The {@code n} newest failed deliveries, of every destination, newest edition first. */
    public List<Delivery> recentFailures(int n) {
        return database.inTransaction(c -> {
            String sql = "SELECT " + COLUMNS + " FROM delivery d WHERE d.state = 'failed'"
                    + " ORDER BY d.edition_id DESC, d.id DESC LIMIT ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, n);
                return read(s);
            }
        });
    }

    /**
     * A failed row of the newest edition {@code destination} has rows for, if any: what went wrong
     * with its latest delivery. Rows of recipients the destination no longer has are history, not
     * a problem to fix, and are passed over.
     *
     * @param recipients the destination's channels or addresses now
     */
    public Optional<Delivery> latestFailure(String destination, List<String> recipients) {
        if (recipients.isEmpty()) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            String sql = "SELECT " + COLUMNS + " FROM delivery d WHERE d.destination = ? AND d.state = 'failed'"
                    + " AND d.edition_id = (SELECT MAX(l.edition_id) FROM delivery l WHERE l.destination = ?)"
                    + " AND d.recipient IN (" + String.join(", ", Collections.nCopies(recipients.size(), "?"))
                    + ") ORDER BY d.recipient LIMIT 1";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, destination);
                s.setString(2, destination);
                for (int i = 0; i < recipients.size(); i++) {
                    s.setString(3 + i, recipients.get(i));
                }
                return read(s).stream().findFirst();
            }
        });
    }

    /** Applies {@code assignments} to a row still held under the caller's claim, ending the claim. */
    private boolean finish(Delivery claimed, String assignments, Object... values) {
        boolean changed = database.inTransaction(c -> finish(c, List.of(claimed), assignments, values))
                .get(0);
        if (journals != null) {
            // the claim is over: the journal need not free this row after a crash
            synchronized (unwritten) {
                holding.remove(claimed.id());
                clearWhenSettled();
            }
        }
        return changed;
    }

    /**
     * Applies {@code assignments} to each of {@code claimed} still held under its claim, ending
     * the claim: true for each row changed, false for each whose claim was lost meanwhile.
     */
    private static List<Boolean> finish(Connection c, List<Delivery> claimed, String assignments, Object... values)
            throws SQLException {
        String sql = "UPDATE delivery SET " + assignments + ENDING_CLAIM
                + " WHERE id = ? AND state = 'pending' AND claimed_until = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Delivery row : claimed) {
                int index = 1;
                for (Object value : values) {
                    if (value instanceof Instant instant) {
                        SqlTime.set(s, index++, instant);
                    } else {
                        s.setString(index++, (String) value);
                    }
                }
                s.setLong(index++, row.id());
                SqlTime.set(s, index, row.claimedUntil());
                s.addBatch();
            }
            List<Boolean> changed = new ArrayList<>(claimed.size());
            for (int count : s.executeBatch()) {
                changed.add(count == 1);
            }
            return changed;
        }
    }

    static List<Delivery> read(PreparedStatement s) throws SQLException {
        List<Delivery> deliveries = new ArrayList<>();
        try (ResultSet row = s.executeQuery()) {
            while (row.next()) {
                deliveries.add(new Delivery(
                        row.getLong("id"),
                        row.getLong("edition_id"),
                        row.getInt("edition_number"),
                        row.getString("destination"),
                        row.getString("recipient"),
                        DeliveryState.fromColumn(row.getString("state")),
                        row.getInt("attempts"),
                        row.getInt("parts_sent"),
                        SqlTime.get(row, "next_attempt_at"),
                        SqlTime.get(row, "claimed_until"),
                        row.getString("last_error"),
                        SqlTime.get(row, "sent_at")));
            }
        }
        return deliveries;
    }

    private static String shortened(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026";
    }
}
