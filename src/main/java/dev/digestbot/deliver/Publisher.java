package dev.digestbot.deliver;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionComposer;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.store.EditionRepository;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a destination's next edition: composes it from the digests the destination has not
 * had, stores it with one outbox row per recipient, then sends what is due for the destination.
 * Used by the schedule on each firing and by {@code digestbot send --now}.
 */
public final class Publisher {
    /** The recipients of a destination with a single target, such as a folder. */
    public static final List<String> SINGLE_TARGET = List.of("");

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final EditionComposer composer;
    private final EditionRepository editions;
    private final EditionRenderer renderer;
    private final OutboxWorker worker;

    public Publisher(
            EditionComposer composer, EditionRepository editions, EditionRenderer renderer, OutboxWorker worker) {
        this.composer = composer;
        this.editions = editions;
        this.renderer = renderer;
        this.worker = worker;
    }

    /**
     * Stores the next edition of {@code policy}'s destination, if there is anything new, and
     * sends the destination's due deliveries.
     *
     * @param recipients the destination's channels or addresses, or {@link #SINGLE_TARGET}
     */
    public PublishResult publish(EditionPolicy policy, List<String> recipients) {
        Optional<Edition> stored = composer.compose(policy)
                .flatMap(draft -> editions.create(draft.destination(), draft.items(), draft.folded(), recipients))
                .map(Edition::of);
        stored.ifPresentOrElse(
                e -> LOG.info(
                        "Edition {} of {} stored: {} listed, {} folded, {} recipient(s)",
                        e.number(),
                        e.destination(),
                        e.items().size(),
                        e.folded().size(),
                        recipients.size()),
                () -> LOG.info("No new edition of {}", policy.destination()));
        return new PublishResult(stored, worker.sendDue(policy.destination()));
    }

    /** The next edition of {@code policy}'s destination as it would go out, storing nothing. */
    public Optional<RenderedEdition> preview(EditionPolicy policy) {
        return draft(policy).map(renderer::render);
    }

    /** The next edition of {@code policy}'s destination, not stored. */
    public Optional<Edition> draft(EditionPolicy policy) {
        return composer.compose(policy);
    }
}
