package dev.digestbot.discord;

/**
 * The newsletter as {@code /digest subscribe} and {@code /digest unsubscribe} reach it. Calls come
 * from the command pool's threads, several at once.
 */
public interface EmailSignup {
    /** What asking for the newsletter by email did. */
    enum Result {
        /** A confirmation mail went out, or the address already gets the newsletter. */
        STARTED,
        /** The text is not a mail address. */
        NOT_AN_ADDRESS,
        /** The confirmation mail could not be sent now; asking again later may work. */
        NOT_SENT
    }

    /**
     * Starts double opt-in for {@code email} on behalf of {@code discordUser}, who can end the
     * subscription from Discord once its owner has confirmed it.
     */
    Result subscribe(String email, String discordUser);

    /**
     * Ends every subscription {@code discordUser} started.
     *
     * @return how many addresses will get no more mail
     */
    int unsubscribeUser(String discordUser);
}
