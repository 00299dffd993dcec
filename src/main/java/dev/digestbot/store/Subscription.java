package dev.digestbot.store;

import java.util.Optional;

/**
 * What subscribing an address did.
 *
 * @param subscriber the subscriber now
 * @param confirmation the token to mail for confirming, or empty when the address was active
 *     already, with the cadence asked for, and needs no confirmation
 */
public record Subscription(Subscriber subscriber, Optional<IssuedToken> confirmation) {
    /** Whether the address already received editions as asked, so that nothing was issued. */
    public boolean alreadyActive() {
        return confirmation.isEmpty();
    }

    /**
     * The cadence an active subscriber asked to change to, which its confirmation sets; empty
     * for a subscription to start.
     */
    public Optional<Cadence> cadenceChange() {
        return subscriber.status() == SubscriberStatus.ACTIVE
                ? confirmation.map(IssuedToken::cadence)
                : Optional.empty();
    }
}
