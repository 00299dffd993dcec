package dev.digestbot.edition;

import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.StoredDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Composes the next edition of a destination from the digests it has not had yet. However many
 * arrived since the last edition, they make one edition: the first {@code maxItems} listed in
 * full, the rest folded into "and k more", so a burst of articles never floods a channel.
 */
public final class EditionComposer {
    private final EditionRepository editions;
    private final Clock clock;

    public EditionComposer(EditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /** A draft of the next edition, or empty when the destination has nothing new. */
    public Optional<Edition> compose(EditionPolicy policy) {
        List<StoredDigest> unsent = editions.unsent(policy.destination(), policy.folders(), policy.tags());
        if (unsent.isEmpty()) {
            return Optional.empty();
        }
        int listed = Math.min(policy.maxItems(), unsent.size());
        return Optional.of(new Edition(
                Edition.DRAFT,
                policy.destination(),
                editions.nextNumber(policy.destination()),
                clock.instant(),
                unsent.subList(0, listed),
                unsent.subList(listed, unsent.size())));
    }
}
