package dev.digestbot.store;

import java.time.Instant;

/**
 * A token just issued, in clear. This is the only time the clear value exists: the database keeps
 * its hash, so it cannot be shown again. Put it in a link; never log it ({@link #toString()}
 * leaves it out).
 *
 * @param token URL-safe, unguessable
 * @param expiresAt when it stops working, or null for never
 */
public record IssuedToken(String token, long subscriberId, TokenPurpose purpose, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedToken[" + purpose.column() + " for subscriber " + subscriberId + ", expires "
                + (expiresAt == null ? "never" : expiresAt) + "]";
    }
}
