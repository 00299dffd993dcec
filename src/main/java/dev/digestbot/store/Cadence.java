package dev.digestbot.store;

import java.util.Locale;

/** How often a subscriber wants the newsletter, where the destination allows a choice. */
public enum Cadence {
    /** Every edition, as it is published. */
    EVERY,
    /** At most one mail a day. */
    DAILY,
    /** At most one mail a week. */
    WEEKLY;

    /** The value stored in the {@code subscriber.cadence} column, and written in CSV files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The cadence named {@code label}, in any case.
     *
     * @throws IllegalArgumentException naming the cadences there are
     */
    public static Cadence parse(String label) {
        return Labels.parse(Cadence.class, "cadence", label);
    }
}
