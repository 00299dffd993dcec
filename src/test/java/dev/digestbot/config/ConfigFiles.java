package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Writes a config file into a test folder and loads it with a given environment and a fixed clock. */
final class ConfigFiles {
    /** 2026-03-02 09:00 UTC, seen from Paris: the default zone of destinations in these tests. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private final Path dir;

    ConfigFiles(Path dir) {
        this.dir = dir;
    }

    Path write(String yaml) {
        try {
            return Files.writeString(dir.resolve("digestbot.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DigestbotConfig load(String yaml) throws ConfigException {
        return load(yaml, Map.of());
    }

    DigestbotConfig load(String yaml, Map<String, String> env) throws ConfigException {
        return new ConfigLoader(env, CLOCK).load(write(yaml), true);
    }

    /** The problems loading {@code yaml} reports; fails when it loads. */
    List<String> problems(String yaml, Map<String, String> env) {
        Path file = write(yaml);
        AtomicReference<List<String>> problems = new AtomicReference<>();
        assertThatThrownBy(() -> new ConfigLoader(env, CLOCK).load(file, true))
                .isInstanceOfSatisfying(ConfigException.class, e -> problems.set(e.problems()));
        return problems.get();
    }

    List<String> problems(String yaml) {
        return problems(yaml, Map.of());
    }

    /** The file name problems start with. */
    String name() {
        return dir.resolve("digestbot.yml").toString();
    }
}
