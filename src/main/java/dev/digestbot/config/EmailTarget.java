package dev.digestbot.config;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code email} destination: a newsletter; each edition is mailed to the destination's active
 * subscribers.
 *
 * @param from the sender, an address with an optional name: {@code Digest Bot <news@example.org>}
 * @param replyTo where replies go, if not to {@code from}
 * @param listId the list's identifier for the {@code List-Id} header (RFC 2919), such as {@code
 *     daily.news.example.org}; by default the destination's name under the domain of {@code from}
 * @param unsubscribeMailto an address that takes unsubscribe requests by mail, offered in {@code
 *     List-Unsubscribe} beside the one-click link; none when empty
 */
public record EmailTarget(String from, Optional<String> replyTo, String listId, Optional<String> unsubscribeMailto)
        implements DestinationTarget {
    public EmailTarget {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(unsubscribeMailto, "unsubscribeMailto");
    }

    @Override
    public String type() {
        return "email";
    }
}
