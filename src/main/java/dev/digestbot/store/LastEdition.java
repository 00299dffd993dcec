package dev.digestbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A destination's newest edition, as status reports show it.
 *
 * @param number its number within the destination
 * @param createdAt when it was composed
 */
public record LastEdition(int number, Instant createdAt) {
    public LastEdition {
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
