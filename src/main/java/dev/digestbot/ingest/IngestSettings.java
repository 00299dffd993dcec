package dev.digestbot.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the inbox is watched.
 *
 * @param rescanEvery time between full rescans of the inbox, the safety net for folders whose
 *     changes raise no events (Docker volumes, network shares)
 * @param stableFor how long a file written in place must keep its size and modification time
 *     before it is read; a file renamed into the inbox is read after a short settle instead
 */
public record IngestSettings(Duration rescanEvery, Duration stableFor) {
    /**
     * 30 s between rescans; 2 s of stability, enough to ride out the pauses of a copier that
     * writes in place over a network. Drops by atomic rename do not wait for it.
     */
    public static final IngestSettings DEFAULTS = new IngestSettings(Duration.ofSeconds(30), Duration.ofSeconds(2));

    public IngestSettings {
        Objects.requireNonNull(rescanEvery, "rescanEvery");
        Objects.requireNonNull(stableFor, "stableFor");
        if (rescanEvery.isNegative() || rescanEvery.isZero()) {
            throw new IllegalArgumentException("rescanEvery must be positive, was " + rescanEvery);
        }
        if (stableFor.isNegative()) {
            throw new IllegalArgumentException("stableFor must not be negative, was " + stableFor);
        }
    }
}
