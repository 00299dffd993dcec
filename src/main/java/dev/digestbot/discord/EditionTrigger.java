package dev.digestbot.discord;

import java.util.List;

/**
 * Publishes a destination's next edition on demand, for {@code /digest now}: what
 * {@code digestbot send --now} does, from Discord. The application adapts its publisher to it.
 */
public interface EditionTrigger {
    /** The names of the configured destinations, in configuration order. */
    List<String> destinations();

    /**
     * Composes, stores and sends the next edition of {@code destination} now, outside its
     * schedule, and sends whatever else of the destination is due.
     *
     * @param destination one of {@link #destinations()}
     */
    PublishedEdition publishNow(String destination);
}
