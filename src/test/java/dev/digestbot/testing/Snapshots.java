package dev.digestbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares what leaves the system with a stored file under {@code src/test/resources/snapshots}.
 * Run the build with {@code -Dsnapshots.update=true} to (re)write the files after an intended change,
 * then review the diff.
 */
public final class Snapshots {
    private static final Path DIR = Path.of("src", "test", "resources", "snapshots");

    private Snapshots() {}

    public static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                assertThat(Boolean.getBoolean("snapshots.update"))
                        .as("snapshot %s did not exist; written now, review and commit it", file)
                        .isTrue();
            }
            assertThat(actual).as("snapshot %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
