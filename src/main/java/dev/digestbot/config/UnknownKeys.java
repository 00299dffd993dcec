package dev.digestbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reports keys the bot does not know, with the known key a misspelling is nearest to. */
final class UnknownKeys {
    private final String file;
    private final List<String> problems;

    UnknownKeys(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    void report(JsonNode root) {
        Set<String> sections = ConfigKeys.sections();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String section = entry.getKey();
            JsonNode value = entry.getValue();
            if (!sections.contains(section)) {
                unknown(section, Suggestions.didYouMean(section, sections));
            } else if (isMapping(section, value)) {
                if (section.equals(ConfigKeys.DESTINATIONS)) {
                    destinations(value);
                } else {
                    section(section, value);
                }
            }
        }
    }

    private void section(String section, JsonNode node) {
        List<String> known = ConfigKeys.keysOf(section);
        for (String name : names(node)) {
            String key = section + "." + name;
            if (!known.contains(key)) {
                unknown(key, Suggestions.didYouMean(key, known));
            }
        }
    }

    private void destinations(JsonNode node) {
        for (Map.Entry<String, JsonNode> destination : node.properties()) {
            String prefix = ConfigKeys.DESTINATIONS + "." + destination.getKey();
            if (isMapping(prefix, destination.getValue())) {
                List<String> known = fieldsOf(destination.getValue());
                for (String name : names(destination.getValue())) {
                    if (!known.contains(name)) {
                        unknown(prefix + "." + name, Suggestions.didYouMean(name, known));
                    }
                }
            }
        }
    }

    /** The settings a destination may have: its type's, or every type's when the type is unknown. */
    private static List<String> fieldsOf(JsonNode destination) {
        return DestinationType.named(destination.path("type").asText())
                .map(type -> {
                    List<String> fields = new ArrayList<>(ConfigKeys.DESTINATION_COMMON);
                    fields.addAll(type.keys());
                    return fields;
                })
                .orElseGet(ConfigKeys::destinationFields);
    }

    private boolean isMapping(String key, JsonNode value) {
        if (value.isObject() || value.isNull()) {
            return value.isObject();
        }
        problems.add(file + ": " + key + ": expected a mapping of settings");
        return false;
    }

    private void unknown(String key, String suggestion) {
        problems.add(file + ": " + key + ": unknown setting" + suggestion);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
