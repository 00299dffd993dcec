package dev.digestbot.store;

import java.util.Locale;

/** Where an outbox row stands: waiting to be sent (maybe again), sent, or given up on. */
public enum DeliveryState {
    PENDING,
    SENT,
    FAILED;

    /** The value stored in the {@code delivery.state} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryState fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
