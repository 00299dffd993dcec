package dev.digestbot.store;

import java.util.Optional;

/**
 * What adding an address from the command line or an import did.
 *
 * @param subscriber the subscriber now
 * @param previous the status the address had before, or empty when it was new
 */
public record AddResult(Subscriber subscriber, Optional<SubscriberStatus> previous) {
    /** Whether the address was not stored before. */
    public boolean isNew() {
        return previous.isEmpty();
    }

    /** Whether the address is new or its status changed. */
    public boolean changed() {
        return previous.map(p -> p != subscriber.status()).orElse(true);
    }
}
