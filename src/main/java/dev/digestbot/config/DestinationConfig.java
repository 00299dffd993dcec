package dev.digestbot.config;

import java.time.ZoneId;
import java.util.List;

/**
 * One entry of the {@code destinations} section: when editions are made for it, which articles they
 * hold, and where they go.
 *
 * @param name the destination's name (lowercase letters, digits, dashes)
 * @param cron a Quartz cron expression, already checked to parse
 * @param timezone the zone the cron expression is read in
 * @param misfire what to do about a firing missed while the bot was down
 * @param folders inbox subfolders whose articles go here; empty means every folder
 * @param tags front matter tags whose articles go here; empty means every article
 * @param maxItems the most article digests in one edition; the rest are counted as "and k more"
 * @param target the type-specific settings
 */
public record DestinationConfig(
        String name,
        String cron,
        ZoneId timezone,
        Misfire misfire,
        List<String> folders,
        List<String> tags,
        int maxItems,
        DestinationTarget target) {
    /** Items per edition when the config file does not say. */
    public static final int DEFAULT_MAX_ITEMS = 10;

    public DestinationConfig {
        folders = List.copyOf(folders);
        tags = List.copyOf(tags);
    }

    /** This destination under {@code name}, fired by {@code cron}, sending to {@code target}. */
    DestinationConfig with(String name, String cron, DestinationTarget target) {
        return new DestinationConfig(name, cron, timezone, misfire, folders, tags, maxItems, target);
    }

    /** The type name, as in {@code target().type()}. */
    public String type() {
        return target.type();
    }
}
