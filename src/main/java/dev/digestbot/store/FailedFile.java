package dev.digestbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A file that could not be ingested and was moved out of the inbox.
 *
 * @param id the row's key
 * @param path the file's path relative to the inbox when it failed
 * @param movedTo where it was moved, relative to the failed folder
 * @param reason why it failed, one line
 * @param failedAt when it failed
 */
public record FailedFile(long id, String path, String movedTo, String reason, Instant failedAt) {
    public FailedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
