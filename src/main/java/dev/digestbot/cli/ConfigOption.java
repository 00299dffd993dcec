package dev.digestbot.cli;

import dev.digestbot.config.ConfigException;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.config.DigestbotConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command takes, and loading the file it names. */
final class ConfigOption {
    static final Path DEFAULT = Path.of("config", "digestbot.yml");

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: config/digestbot.yml; built-in defaults when absent).")
    private Path file;

    /** Loads the configuration; a bad one is a usage error naming the file and field. */
    DigestbotConfig load(Map<String, String> env) {
        try {
            return new ConfigLoader(env).load(path(), isGiven());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The file named by {@code --config}, or the default. */
    Path path() {
        return file == null ? DEFAULT : file;
    }

    /** Whether {@code --config} was given: then the file must exist; the default file may be absent. */
    boolean isGiven() {
        return file != null;
    }
}
