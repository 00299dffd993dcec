package dev.digestbot.store;

/** A database failure, with a message that says what was being stored or read. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
