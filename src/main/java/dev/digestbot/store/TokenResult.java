package dev.digestbot.store;

import java.util.Optional;

/**
 * The outcome of presenting a token.
 *
 * @param subscriber whose token it is, now; empty only when the token is {@link
 *     TokenStatus#UNKNOWN}, so that a page can tell a second click ("already confirmed") from a
 *     bad link
 */
public record TokenResult(TokenStatus status, Optional<Subscriber> subscriber) {
    static TokenResult unknown() {
        return new TokenResult(TokenStatus.UNKNOWN, Optional.empty());
    }

    static TokenResult of(TokenStatus status, Subscriber subscriber) {
        return new TokenResult(status, Optional.of(subscriber));
    }

    /** Whether the token did what it is for. */
    public boolean accepted() {
        return status == TokenStatus.ACCEPTED;
    }
}
