package dev.digestbot.deliver.email;

import java.net.URI;
import java.util.Optional;

/**
 * The one-click unsubscribe link of each recipient, such as {@code
 * https://news.example.org/unsubscribe/TOKEN}: put in the {@code List-Unsubscribe} header and at
 * the foot of both bodies. The link must work for that recipient only and must not be guessable.
 */
@FunctionalInterface
public interface UnsubscribeLinks {
    /**
     * The link that unsubscribes {@code recipient}, an address as the outbox holds it; empty when
     * the recipient is no longer a subscriber, who then gets no mail.
     */
    Optional<URI> of(String recipient);
}
