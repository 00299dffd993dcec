package dev.digestbot.store;

import java.util.List;

/**
 * What queuing a destination's failed deliveries again did.
 *
 * @param requeued failed rows of recipients still configured, queued again
 * @param created rows newly queued for the configured recipients of editions that failed for a
 *     recipient no longer configured
 * @param editionNumbers the editions those new rows belong to, oldest first
 * @param staleRecipients the recipients no longer configured that have failed rows; those rows stay
 *     failed, as a record of what happened
 */
public record Requeued(int requeued, int created, List<Integer> editionNumbers, List<String> staleRecipients) {
    public Requeued {
        editionNumbers = List.copyOf(editionNumbers);
        staleRecipients = List.copyOf(staleRecipients);
    }
}
