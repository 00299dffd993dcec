package dev.digestbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in every string value of the file with the
 * environment's values; {@code $${VAR}} stays as the literal text {@code ${VAR}}. Values taken from
 * the environment are not substituted again. A variable that is not set and has no default is a
 * problem naming the field.
 */
final class EnvSubstitution {
    private final Map<String, String> env;
    private final String file;
    private final List<String> problems;

    EnvSubstitution(Map<String, String> env, String file, List<String> problems) {
        this.env = env;
        this.file = file;
        this.problems = problems;
    }

    void apply(ObjectNode node, String prefix) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String key = prefix + name;
            JsonNode value = node.get(name);
            if (value.isTextual()) {
                node.put(name, substitute(value.asText(), key));
            } else if (value.isObject()) {
                apply((ObjectNode) value, key + ".");
            } else if (value.isArray()) {
                applyToList((ArrayNode) value, key);
            }
        }
    }

    private void applyToList(ArrayNode list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isTextual()) {
                list.set(i, TextNode.valueOf(substitute(list.get(i).asText(), key)));
            }
        }
    }

    private String substitute(String text, String key) {
        if (!text.contains("${")) {
            return text;
        }
        List<String> unset = new ArrayList<>();
        StringSubstitutor substitutor = new StringSubstitutor(name -> {
            String value = env.get(name);
            if (value == null) {
                unset.add(name);
            }
            return value;
        });
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
        try {
            return substitutor.replace(text);
        } catch (IllegalArgumentException e) {
            // The variable that failed is the last one looked up in vain; earlier misses had defaults.
            String name = unset.isEmpty() ? "?" : unset.get(unset.size() - 1);
            problems.add(file + ": " + key + ": environment variable " + name
                    + " is not set; set it, or give a default as ${" + name + ":-value}");
            return text;
        }
    }
}
