package dev.digestbot.config;

import java.util.List;

/**
 * A configuration that cannot be used. Carries every problem found, each naming the file and the
 * field, so an operator can fix them all in one go.
 */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the file name. */
    public List<String> problems() {
        return problems;
    }
}
