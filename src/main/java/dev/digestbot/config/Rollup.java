package dev.digestbot.config;

import java.util.Locale;

/**
 * A slower cadence an email destination offers beside every edition: one mail a day or a week
 * holding everything published since the last one.
 */
public enum Rollup {
    DAILY,
    WEEKLY;

    /** {@code daily} or {@code weekly}: the suffix of the roll-up's destination name and config key. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
