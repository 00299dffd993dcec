package dev.digestbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Applies {@code DIGESTBOT_<KEY>} environment variables over the file's settings. Fixed keys match
 * by name ({@code DIGESTBOT_DELIVERY_MAX_BACKOFF}); destination keys read as
 * {@code DIGESTBOT_DESTINATIONS_<NAME>_<FIELD>}, where the field is the longest destination setting
 * that ends the variable and the rest is the name, its underscores turned back into dashes (names
 * never hold underscores). A {@code DIGESTBOT_} variable that names no setting is a problem.
 */
final class EnvironmentOverrides {
    private static final String DESTINATION_PREFIX = ConfigKeys.envForm(ConfigKeys.DESTINATIONS) + "_";

    private final Map<String, String> env;
    private final String file;
    private final List<String> problems;

    EnvironmentOverrides(Map<String, String> env, String file, List<String> problems) {
        this.env = env;
        this.file = file;
        this.problems = problems;
    }

    /** Sets the overridden keys in {@code root}; returns each overridden key with its variable. */
    Map<String, String> apply(ObjectNode root) {
        Map<String, String> applied = new HashMap<>();
        new TreeMap<>(env).forEach((variable, value) -> {
            if (!variable.startsWith(ConfigKeys.ENV_PREFIX) || ConfigKeys.SECRETS.containsValue(variable)) {
                return;
            }
            Optional<String> secret = secretNamed(variable);
            if (secret.isPresent()) {
                problems.add(file + ": " + variable + " (environment): the secret " + secret.get() + " is read from "
                        + ConfigKeys.SECRETS.get(secret.get()) + "; set that instead");
                return;
            }
            Optional<String> key = keyOf(variable);
            if (key.isPresent()) {
                set(root, key.get(), value);
                applied.put(key.get(), variable);
            } else {
                problems.add(file + ": " + variable + " (environment): names no setting" + hint(variable));
            }
        });
        return applied;
    }

    /** The secret a {@code DIGESTBOT_} variable would name if secrets were read that way. */
    private static Optional<String> secretNamed(String variable) {
        return ConfigKeys.SECRETS.keySet().stream()
                .filter(key -> ConfigKeys.envName(key).equals(variable))
                .findFirst();
    }

    private static Optional<String> keyOf(String variable) {
        String rest = variable.substring(ConfigKeys.ENV_PREFIX.length());
        Optional<String> fixed = ConfigKeys.FIXED.stream()
                .filter(key -> ConfigKeys.envName(key).equals(variable))
                .findFirst();
        if (fixed.isPresent() || !rest.startsWith(DESTINATION_PREFIX)) {
            return fixed;
        }
        return destinationKey(rest.substring(DESTINATION_PREFIX.length()));
    }

    /** {@code MY_DAILY_MAX_ITEMS} → {@code destinations.my-daily.max-items}. */
    private static Optional<String> destinationKey(String nameAndField) {
        return ConfigKeys.destinationFields().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(field -> {
                    String suffix = "_" + ConfigKeys.envForm(field);
                    return nameAndField.endsWith(suffix) && nameAndField.length() > suffix.length();
                })
                .findFirst()
                .map(field -> {
                    String name = nameAndField.substring(0, nameAndField.length() - field.length() - 1);
                    return ConfigKeys.DESTINATIONS + "."
                            + name.toLowerCase(Locale.ROOT).replace('_', '-') + "." + field;
                });
    }

    private static String hint(String variable) {
        if (variable.startsWith(ConfigKeys.ENV_PREFIX + DESTINATION_PREFIX)) {
            String endings = ConfigKeys.destinationFields().stream()
                    .map(field -> "_" + ConfigKeys.envForm(field))
                    .collect(Collectors.joining(", "));
            return "; a destination variable is DIGESTBOT_DESTINATIONS_<NAME> followed by one of " + endings;
        }
        List<String> known = ConfigKeys.FIXED.stream().map(ConfigKeys::envName).toList();
        return Suggestions.didYouMean(variable, known);
    }

    private static void set(ObjectNode root, String key, String value) {
        String[] path = key.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        parent.put(path[path.length - 1], value);
    }
}
