package dev.digestbot.schedule;

/** Sends every delivery that is due, retries included: what the repeating delivery job does. */
@FunctionalInterface
public interface OutboxSweep {
    void sendDue();
}
