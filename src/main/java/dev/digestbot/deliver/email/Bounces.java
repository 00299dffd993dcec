package dev.digestbot.deliver.email;

/** Where the newsletter's sender reports an address the server refused for good. */
@FunctionalInterface
public interface Bounces {
    /** Counts a refusal of {@code recipient}; may mark it bounced. */
    void refused(String recipient);
}
