package dev.digestbot.deliver;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sender that fails a set number of times, then succeeds, and remembers what it sent. */
final class FlakySender implements Sender {
    /** One successful send. */
    record Sent(int number, String recipient, String subject) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final boolean permanent;
    private int failuresLeft;

    private FlakySender(int failures, boolean permanent) {
        this.failuresLeft = failures;
        this.permanent = permanent;
    }

    static FlakySender reliable() {
        return new FlakySender(0, false);
    }

    static FlakySender failingTransiently(int times) {
        return new FlakySender(times, false);
    }

    static FlakySender rejecting() {
        return new FlakySender(Integer.MAX_VALUE, true);
    }

    @Override
    public synchronized void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        if (failuresLeft > 0) {
            failuresLeft--;
            if (permanent) {
                throw new PermanentDeliveryException("channel " + recipient + " does not exist");
            }
            throw new TransientDeliveryException("connection reset");
        }
        sent.add(new Sent(edition.number(), recipient, rendered.subject()));
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }
}
