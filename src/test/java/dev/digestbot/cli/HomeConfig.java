package dev.digestbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Config files for commands run in tests: the inbox, the quarantine and the data folder all under
 * one temporary home, so nothing is read or written outside it.
 */
final class HomeConfig {
    private static final String FOLDERS = """
            content:
              inbox: %1$s/content/inbox
              failed: %1$s/content/failed
            data:
              dir: %1$s/data
            """;

    private HomeConfig() {}

    /**
     * Writes {@code home/digestbot.yml}: the home's folders, then {@code sections} formatted with
     * the home as {@code %1$s} and {@code arguments} as {@code %2$s} on.
     *
     * @return the file written
     */
    static Path write(Path home, String sections, Object... arguments) throws IOException {
        Object[] all = Stream.concat(Stream.of(home.toString().replace('\\', '/')), Stream.of(arguments))
                .toArray();
        Path config = home.resolve("digestbot.yml");
        Files.writeString(config, (FOLDERS + sections).formatted(all));
        return config;
    }
}
