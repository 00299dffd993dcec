package dev.digestbot.web;

/** Whether the service can do its work; {@code GET /health} answers 200 only when it can. */
@FunctionalInterface
public interface HealthCheck {
    /** True when the database answers; must return within a couple of seconds. */
    boolean healthy();
}
