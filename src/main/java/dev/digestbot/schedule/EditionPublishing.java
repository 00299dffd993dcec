package dev.digestbot.schedule;

/** Publishes the next edition of one destination: what a destination's cron firing does. */
@FunctionalInterface
public interface EditionPublishing {
    void publish(String destination);
}
