package dev.digestbot.config;

import java.time.Duration;

/**
 * The {@code ingest} section: how the inbox is watched.
 *
 * @param rescan how often the whole inbox is listed again, for folders that miss watch events
 * @param stable how long a file's size and modification time must stay unchanged before it is read
 */
public record IngestConfig(Duration rescan, Duration stable) {
    /** The timings used when the config file does not set them. */
    public static final IngestConfig DEFAULTS = new IngestConfig(Duration.ofSeconds(30), Duration.ofSeconds(2));
}
