package dev.digestbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An edition as stored: the digests it lists in full and those it folds into "and k more".
 *
 * @param id the edition's key; deliveries refer to it
 * @param destination the destination it was composed for
 * @param number 1, 2, 3… within its destination
 * @param createdAt when it was composed
 * @param items the digests listed in full, in edition order
 * @param folded the digests past the edition's limit, in edition order
 */
public record StoredEdition(
        long id,
        String destination,
        int number,
        Instant createdAt,
        List<StoredDigest> items,
        List<StoredDigest> folded) {
    public StoredEdition {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(createdAt, "createdAt");
        items = List.copyOf(items);
        folded = List.copyOf(folded);
    }
}
