package dev.digestbot.store;

/** Text that is not an email address the bot can send to; the message names it and says why. */
public final class InvalidEmailException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidEmailException(String address, String why) {
        super("'" + address + "' is not an email address: " + why);
    }
}
