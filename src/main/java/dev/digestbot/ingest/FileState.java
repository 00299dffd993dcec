package dev.digestbot.ingest;

import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/** A file's size and modification time: what must stay still before it is read. */
record FileState(long size, Instant modified) {
    static FileState of(BasicFileAttributes attributes) {
        return new FileState(attributes.size(), attributes.lastModifiedTime().toInstant());
    }
}
