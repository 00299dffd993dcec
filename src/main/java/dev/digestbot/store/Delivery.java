package dev.digestbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One outbox row: an edition on its way to one recipient of one destination.
 *
 * @param id the row's key
 * @param editionId the edition to send
 * @param editionNumber that edition's number within its destination
 * @param destination the destination's name
 * @param recipient a channel or an address, or {@code ""} for a destination with a single target
 * @param state where the row stands
 * @param attempts how many sends were tried so far
 * @param partsSent how many parts (messages) of a delivery sent in several parts are out already;
 *     a retry resumes after them
 * @param nextAttemptAt when a pending row is due
 * @param claimedUntil while a sender holds the row, the end of its lease; otherwise null. A claim
 *     on a row is identified by this value, so a sender whose lease ran out cannot mark a row that
 *     another sender has claimed since.
 * @param lastError why the last attempt failed, or null
 * @param sentAt when the row was sent, or null
 */
public record Delivery(
        long id,
        long editionId,
        int editionNumber,
        String destination,
        String recipient,
        DeliveryState state,
        int attempts,
        int partsSent,
        Instant nextAttemptAt,
        Instant claimedUntil,
        String lastError,
        Instant sentAt) {
    public Delivery {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
