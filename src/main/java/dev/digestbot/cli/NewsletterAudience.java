package dev.digestbot.cli;

import dev.digestbot.deliver.email.UnsubscribeLinks;
import java.util.List;

/**
 * Who an email destination's editions go to, and each reader's unsubscribe link: the subscriber
 * store's active addresses and tokens. {@link #NONE} is the audience of a bot whose subscriber
 * store is not wired in: email destinations then make editions for nobody.
 */
interface NewsletterAudience {
    /** No subscribers at all. */
    NewsletterAudience NONE = new NewsletterAudience() {
        @Override
        public List<String> recipients(String destination) {
            return List.of();
        }

        @Override
        public UnsubscribeLinks links(String destination) {
            return recipient -> {
                throw new IllegalStateException("no subscriber store is wired in, so " + destination
                        + " has no subscribers to make unsubscribe links for");
            };
        }
    };

    /** The addresses that get the next edition of {@code destination}. */
    List<String> recipients(String destination);

    /** The unsubscribe links of {@code destination}'s readers. */
    UnsubscribeLinks links(String destination);
}
