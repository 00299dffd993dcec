package dev.digestbot.store;

import java.time.Instant;

/**
 * A confirm token just issued, in clear. This is the only time the clear value exists: the
 * database keeps its hash, so it cannot be shown again. Put it in a link; never log it ({@link
 * #toString()} leaves it out).
 *
 * @param token URL-safe, unguessable, 192 random bits
 * @param expiresAt when it stops working
 * @param cadence what confirming it sets
 */
public record IssuedToken(String token, long subscriberId, Instant expiresAt, Cadence cadence) {
    @Override
    public String toString() {
        return "IssuedToken[confirm for subscriber " + subscriberId + ", expires " + expiresAt + "]";
    }
}
