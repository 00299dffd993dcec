package dev.digestbot.edition;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.store.StoredEdition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An edition of one destination: the digests it lists in full and those folded into "and k more".
 *
 * @param id the stored edition's key, or {@link #DRAFT} for an edition composed but not stored
 * @param destination the destination's name
 * @param number 1, 2, 3… within the destination; a draft carries the number it would get
 * @param createdAt when it was composed
 * @param items the digests listed in full, oldest first
 * @param folded the digests past the destination's limit, oldest first
 */
public record Edition(
        long id,
        String destination,
        int number,
        Instant createdAt,
        List<StoredDigest> items,
        List<StoredDigest> folded) {
    /** The id of an edition that is not stored. */
    public static final long DRAFT = 0;

    public Edition {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(createdAt, "createdAt");
        items = List.copyOf(items);
        folded = List.copyOf(folded);
    }

    /** The edition as the store holds it. */
    public static Edition of(StoredEdition stored) {
        return new Edition(
                stored.id(),
                stored.destination(),
                stored.number(),
                stored.createdAt(),
                stored.items(),
                stored.folded());
    }
}
