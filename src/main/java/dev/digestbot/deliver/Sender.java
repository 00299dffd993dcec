package dev.digestbot.deliver;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;

/**
 * Sends one rendered edition to one recipient of one destination. The outbox calls it once per
 * attempt and records the outcome; a sender neither retries nor remembers what it sent.
 *
 * <p>A sender tells the two kinds of failure apart: {@link TransientDeliveryException} when trying
 * again later may succeed (a timeout, a rate limit, a full disk), {@link PermanentDeliveryException}
 * when it never will (an unknown channel, a rejected address). Exception messages are stored and
 * logged, so they must not contain secrets.
 *
 * <p>A destination whose editions go out in several parts (Discord messages) overrides the
 * {@linkplain #send(Edition, RenderedEdition, String, DeliveryProgress) resumable form}, so that a
 * retry does not repeat the parts that went out before the failure.
 *
 * <p>A new destination type is one class plus one line where {@code cli} builds the senders:
 *
 * <pre>{@code
 * final class ConsoleSender implements Sender {
 *     public void send(Edition edition, RenderedEdition rendered, String recipient) {
 *         System.out.println(rendered.text());
 *     }
 * }
 * }</pre>
 */
public interface Sender {
    /**
     * Sends {@code rendered}, the rendering of {@code edition}.
     *
     * @param recipient a channel or an address, or {@code ""} for a destination with a single target
     */
    void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException;

    /**
     * Sends {@code rendered}, resuming after the parts {@code progress} says are out, and records
     * each part sent there. The outbox calls this form; by default the edition goes out whole.
     */
    default void send(Edition edition, RenderedEdition rendered, String recipient, DeliveryProgress progress)
            throws TransientDeliveryException, PermanentDeliveryException {
        send(edition, rendered, recipient);
    }

    /**
     * How many sends this sender takes at once, from as many threads: a newsletter's sender with a
     * pool of mail connections says how many, so that the outbox fans one edition out over all of
     * them. By default one at a time.
     */
    default int parallelSends() {
        return 1;
    }
}
