package dev.digestbot.store;

import java.util.Locale;

/**
 * What a subscriber token can do. A token does one thing only: a confirm token cannot
 * unsubscribe, and an unsubscribe token cannot confirm.
 */
public enum TokenPurpose {
    /** Confirms a pending subscription; used once, expires. */
    CONFIRM,
    /** Unsubscribes; works every time, never expires. */
    UNSUBSCRIBE;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
