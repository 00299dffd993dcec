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
