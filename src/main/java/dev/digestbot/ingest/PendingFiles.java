package dev.digestbot.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files seen in the inbox but not yet read, and when each counts as complete.
 *
 * <p>A file written in place must keep its size and modification time for {@code stableFor}.
 * A file that appeared by rename (announced by a create event, never by a modify event, and
 * not empty) was complete before it appeared: it only waits {@code settle}, long enough for a
 * modify event that would show an in-place writer to arrive. Files found by a scan, whose
 * history is unknown, wait the full {@code stableFor}. An empty file is most likely a writer
 * that has not started yet, so it waits {@value #EMPTY_FACTOR} times as long before it is read
 * (and refused as empty). Times are taken from the clock, never
 * from the file's modification time, which a network share may set by another machine's
 * clock. Not thread-safe: one ingest thread owns it.
 */
final class PendingFiles {
    static final int EMPTY_FACTOR = 5;

    private final Map<Path, Pending> files = new HashMap<>();
    private final Duration stableFor;
    private final Duration settle;
    private final Clock clock;

    PendingFiles(Duration stableFor, Duration settle, Clock clock) {
        this.stableFor = stableFor;
        this.settle = settle.compareTo(stableFor) < 0 ? settle : stableFor;
        this.clock = clock;
    }

    boolean contains(Path file) {
        return files.containsKey(file);
    }

    /** A modify event: someone writes the file in place, so it waits the full interval. */
    void writtenInPlace(Path file) {
        files.computeIfPresent(file, (f, p) -> new Pending(p.state(), p.since(), false, true));
    }

    /**
     * Looks at the file as it is now. Empty when it is complete (it is then no longer pending),
     * otherwise the time to look again.
     *
     * @param renamedIn whether a create event announced the file just now
     */
    Optional<Instant> check(Path file, FileState state, boolean renamedIn) {
        Instant now = clock.instant();
        Pending pending = files.get(file);
        if (pending == null || !pending.state().equals(state)) {
            pending = new Pending(state, now, renamedIn, false);
            files.put(file, pending);
        } else if (renamedIn && !pending.renamedIn() && !pending.written()) {
            // a scan found the file before its create event was handled: the event tells its history
            pending = new Pending(state, now, true, false);
            files.put(file, pending);
        }
        Instant readyAt = pending.since().plus(quietTime(pending));
        if (now.isBefore(readyAt)) {
            return Optional.of(readyAt);
        }
        files.remove(file);
        return Optional.empty();
    }

    void forget(Path file) {
        files.remove(file);
    }

    private Duration quietTime(Pending pending) {
        if (pending.state().size() == 0) {
            return stableFor.multipliedBy(EMPTY_FACTOR);
        }
        return pending.renamedIn() ? settle : stableFor;
    }

    /** @param written whether a modify event showed a writer at work */
    private record Pending(FileState state, Instant since, boolean renamedIn, boolean written) {}
}
