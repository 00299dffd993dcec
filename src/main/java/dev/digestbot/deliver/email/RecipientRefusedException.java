package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;

/**
 * The server refused the recipient's address for good (a 5xx reply to it, such as "550 no such
 * user"): a bounce, which counts against the subscriber, unlike a refused message.
 */
public final class RecipientRefusedException extends PermanentDeliveryException {
    private static final long serialVersionUID = 1L;

    RecipientRefusedException(String message) {
        super(message);
    }
}
