package dev.digestbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed reads of the settings tree that collect problems instead of failing on the first. A value
 * that is absent, null or empty means "use the default". Each problem reads {@code file: key:
 * problem}, and a key set from the environment is named with its variable.
 */
final class FieldReader {
    private final JsonNode root;
    private final String file;
    private final Map<String, String> fromEnvironment;
    private final List<String> problems;

    FieldReader(JsonNode root, String file, Map<String, String> fromEnvironment, List<String> problems) {
        this.root = root;
        this.file = file;
        this.fromEnvironment = Map.copyOf(fromEnvironment);
        this.problems = problems;
    }

    /** The node at a dotted key, or a missing node. */
    JsonNode node(String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.isObject() ? node.path(part) : MissingNode.getInstance();
        }
        return node;
    }

    /** The trimmed text at {@code key}, or empty when absent, null or blank. */
    Optional<String> text(String key) {
        JsonNode node = node(key);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isContainerNode()) {
            problem(key, "expected a single value, not a " + (node.isArray() ? "list" : "mapping"));
            return Optional.empty();
        }
        String text = node.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The text at {@code key}; a problem saying {@code why} when it is not set. */
    Optional<String> required(String key, String why) {
        Optional<String> text = text(key);
        if (text.isEmpty() && !node(key).isContainerNode()) {
            problem(key, "missing; " + why);
        }
        return text;
    }

    int count(String key, int fallback, int min, int max) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                problem(key, value + " is out of range " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "expected a whole number, got '" + text.get() + "'");
            return fallback;
        }
    }

    /** A positive duration such as {@code 30s}. */
    Duration duration(String key, Duration fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<Duration> value = Durations.parse(text.get());
        if (value.isEmpty() || value.get().isZero()) {
            problem(key, "expected a duration above zero such as 500ms, 30s, 5m or 1h, got '" + text.get() + "'");
            return fallback;
        }
        return value.get();
    }

    /** {@code true} or {@code false}. */
    boolean flag(String key, boolean fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, "expected true or false, got '" + text.get() + "'");
                yield fallback;
            }
        };
    }

    /**
     * An absolute URL with one of {@code schemes} and a host; a path that does not end in {@code /}
     * gets one, since the URL is a base that paths are added to.
     */
    URI url(String key, URI fallback, String... schemes) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        String expected = "expected an absolute " + String.join(":// or ", schemes) + ":// URL without a query, got '"
                + text.get() + "'";
        try {
            URI url = new URI(text.get());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (url.getHost() == null
                    || !Arrays.asList(schemes).contains(scheme)
                    || url.getRawQuery() != null
                    || url.getRawFragment() != null) {
                problem(key, expected);
                return fallback;
            }
            return url.getRawPath().endsWith("/") ? url : URI.create(url + "/");
        } catch (URISyntaxException e) {
            problem(key, expected);
            return fallback;
        }
    }

    Path path(String key, Path fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Path.of(text.get());
        } catch (InvalidPathException e) {
            problem(key, "not a usable path: " + e.getReason());
            return fallback;
        }
    }

    /** One of {@code choices}, written as {@code name} gives it. */
    <E extends Enum<E>> E choice(String key, E[] choices, Function<E, String> name, E fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<E> chosen = Arrays.stream(choices)
                .filter(c -> name.apply(c).equals(text.get()))
                .findFirst();
        if (chosen.isEmpty()) {
            String allowed = Arrays.stream(choices).map(name).collect(Collectors.joining(", "));
            problem(key, "expected one of " + allowed + ", got '" + text.get() + "'");
        }
        return chosen.orElse(fallback);
    }

    /** A list of words: a YAML list, or one comma-separated string (as environment values are). */
    List<String> list(String key) {
        JsonNode node = node(key);
        List<String> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> listItem(key, item, items));
        } else if (node.isObject()) {
            problem(key, "expected a list, not a mapping");
        } else if (!node.isMissingNode() && !node.isNull()) {
            Arrays.stream(node.asText().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(items::add);
        }
        return items;
    }

    private void listItem(String key, JsonNode item, List<String> items) {
        if (item.isContainerNode() || item.isNull() || item.asText().isBlank()) {
            problem(key, "expected a list of words; an entry is empty or nested");
        } else {
            items.add(item.asText().strip());
        }
    }

    /** Records a problem with {@code key}, naming the environment variable when it set the key. */
    void problem(String key, String message) {
        String variable = fromEnvironment.get(key);
        String field = variable == null ? key : key + " (from " + variable + ")";
        problems.add(file + ": " + field + ": " + message);
    }
}
