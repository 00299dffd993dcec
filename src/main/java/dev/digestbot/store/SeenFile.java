package dev.digestbot.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What ingest last saw of a file in the inbox, so that an unchanged file is skipped without being
 * read again.
 *
 * @param path the file's path relative to the inbox, with {@code /} separators
 * @param sizeBytes the file's size when it was read
 * @param modifiedAt its last-modified time, kept to the microsecond as the database keeps it
 * @param contentHash SHA-256 of the bytes that were read, 64 lower-case hex digits
 */
public record SeenFile(String path, long sizeBytes, Instant modifiedAt, String contentHash) {
    public SeenFile {
        Objects.requireNonNull(path, "path");
        modifiedAt = modifiedAt.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Whether a file with this size and modification time is the one that was seen. */
    public boolean sameAs(long size, Instant modified) {
        return size == sizeBytes && modified.truncatedTo(ChronoUnit.MICROS).equals(modifiedAt);
    }
}
