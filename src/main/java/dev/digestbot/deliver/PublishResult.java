package dev.digestbot.deliver;

import dev.digestbot.edition.Edition;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Publisher#publish} did.
 *
 * @param edition the edition stored, or empty when there was nothing new (or another process
 *     stored the same edition first)
 * @param deliveries what the outbox pass that followed sent for the destination, including rows
 *     of earlier editions that were due
 */
public record PublishResult(Optional<Edition> edition, OutboxResult deliveries) {
    public PublishResult {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(deliveries, "deliveries");
    }
}
