package dev.digestbot.config;

import java.nio.file.Path;

/**
 * A {@code file} destination: each edition is written as a file.
 *
 * @param dir the folder the edition files are written to
 */
public record FileTarget(Path dir) implements DestinationTarget {
    @Override
    public String type() {
        return "file";
    }
}
