package dev.digestbot.discord;

import dev.digestbot.store.Cadence;
import java.util.List;

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

    /** The cadences a reader may choose, every edition first; a choice is offered when there are several. */
    List<Cadence> cadences();

    /**
     * Starts double opt-in for {@code email} on behalf of {@code discordUser}, who can end the
     * subscription from Discord once its owner has confirmed it.
     *
     * @param cadence one of {@link #cadences()}
     */
    Result subscribe(String email, Cadence cadence, String discordUser);

    /**
     * Ends every subscription {@code discordUser} started.
     *
     * @return how many addresses will get no more mail
     */
    int unsubscribeUser(String discordUser);
}
