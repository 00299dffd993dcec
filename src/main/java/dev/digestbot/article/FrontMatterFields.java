package dev.digestbot.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Typed access to front matter fields, with errors that name the field. */
record FrontMatterFields(JsonNode root, String source) {

    /** A scalar field as text; null when absent, empty or null. */
    String text(String field) throws ArticleException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new ArticleException(source, "front matter field '" + field + "' must be text, not a list or map");
        }
        String value = TextCleaner.collapseSpaces(TextCleaner.clean(node.asText()));
        return value.isEmpty() ? null : value;
    }

    /** A list field, also accepted as comma-separated text ("tags: rail, strikes"). */
    List<String> list(String field) throws ArticleException {
        JsonNode node = root.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isValueNode()) {
            addAll(values, node.asText().split(","));
            return values;
        }
        if (!node.isArray()) {
            throw new ArticleException(
                    source, "front matter field '" + field + "' must be a list or comma-separated text");
        }
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw new ArticleException(source, "front matter field '" + field + "' must list plain values");
            }
            addAll(values, item.asText());
        }
        return values;
    }

    private static void addAll(List<String> values, String... items) {
        for (String item : items) {
            String value = TextCleaner.collapseSpaces(TextCleaner.clean(item));
            if (!value.isEmpty() && !values.contains(value)) {
                values.add(value);
            }
        }
    }
}
