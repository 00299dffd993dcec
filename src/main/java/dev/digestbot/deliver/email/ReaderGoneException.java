package dev.digestbot.deliver.email;

import jakarta.mail.MessagingException;

/** The recipient of a queued message is no longer a subscriber: it is not sent. */
final class ReaderGoneException extends MessagingException {
    private static final long serialVersionUID = 1L;

    ReaderGoneException() {
        super("not sent: the reader is no longer a subscriber");
    }
}
