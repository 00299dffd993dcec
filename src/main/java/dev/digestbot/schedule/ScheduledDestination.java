package dev.digestbot.schedule;

import java.time.ZoneId;
import java.util.Objects;

/**
 * When one destination gets its editions.
 *
 * @param name the destination's name, also the name of its Quartz job and trigger
 * @param cron a Quartz cron expression, already validated by the configuration
 * @param zone the time zone the cron expression is read in
 * @param misfire what to do about firings missed while down
 */
public record ScheduledDestination(String name, String cron, ZoneId zone, Misfire misfire) {
    public ScheduledDestination {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(misfire, "misfire");
    }
}
