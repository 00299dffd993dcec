package dev.digestbot.store;

import java.util.Optional;

/**
 * What subscribing an address did.
 *
 * @param subscriber the subscriber now
 * @param confirmation the token to mail for confirming, or empty when the address was active
 *     already and needs no confirmation
 */
public record Subscription(Subscriber subscriber, Optional<IssuedToken> confirmation) {
    /** Whether the address already received editions, so that nothing was issued. */
    public boolean alreadyActive() {
        return confirmation.isEmpty();
    }
}
