package dev.digestbot.discord;

import java.time.Instant;
import java.util.Objects;

/**
 * One destination's line of {@code /digest status}.
 *
 * @param name the destination's name
 * @param lastEdition the number of its latest edition, 0 when it has had none
 * @param lastEditionAt when that edition was composed, or null when it has had none
 */
public record DestinationStatus(String name, int lastEdition, Instant lastEditionAt) {
    public DestinationStatus {
        Objects.requireNonNull(name, "name");
        if ((lastEdition == 0) != (lastEditionAt == null)) {
            throw new IllegalArgumentException("a last edition needs its time, and no edition has none");
        }
    }
}
