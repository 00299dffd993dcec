package dev.digestbot.store;

import java.util.Locale;

/**
 * Where a newsletter subscriber stands. Only {@link #ACTIVE} addresses receive editions: a
 * pending one has not confirmed yet, and the others asked to leave or cannot be mailed.
 */
public enum SubscriberStatus {
    /** Subscribed, waiting for the address to confirm. */
    PENDING,
    /** Confirmed (or imported as already consented): receives editions. */
    ACTIVE,
    /** Left; comes back only by confirming again. */
    UNSUBSCRIBED,
    /** Rejected permanently by the receiving server too often. */
    BOUNCED,
    /** Reported a mail as spam. */
    COMPLAINED;

    /** The value stored in the {@code subscriber.status} column, and shown to operators. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status named {@code label}, in any case.
     *
     * @throws IllegalArgumentException naming the statuses there are
     */
    public static SubscriberStatus parse(String label) {
        return Labels.parse(SubscriberStatus.class, "subscriber status", label);
    }
}
