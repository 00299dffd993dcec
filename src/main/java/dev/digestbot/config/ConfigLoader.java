package dev.digestbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads {@code digestbot.yml}: reads the YAML, lets {@code DIGESTBOT_<KEY>} environment variables
 * override any key (dots and dashes become underscores: {@code DIGESTBOT_SUMMARY_SENTENCES} sets
 * {@code summary.sentences}), and checks every value, reporting all problems at once.
 */
public final class ConfigLoader {
    private static final String ENV_PREFIX = "DIGESTBOT_";
    private static final List<String> KEYS = List.of("summary.sentences", "summary.quotes", "summary.figures");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * Loads {@code file}; a file that does not exist yields the defaults when {@code required} is
     * false (the bot runs without any config), and an error otherwise.
     */
    public DigestbotConfig load(Path file, boolean required) throws ConfigException {
        String name = file.toString();
        ObjectNode root = read(file, name, required);
        List<String> problems = new ArrayList<>();
        applyEnvironment(root);
        reportUnknownKeys(root, "", name, problems);
        Fields fields = new Fields(root, name, problems);
        SummaryConfig defaults = SummaryConfig.DEFAULTS;
        SummaryConfig summary = new SummaryConfig(
                fields.count("summary.sentences", defaults.sentences(), 1, 20),
                fields.count("summary.quotes", defaults.quotes(), 0, 50),
                fields.count("summary.figures", defaults.figures(), 0, 50));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new DigestbotConfig(summary);
    }

    private ObjectNode read(Path file, String name, boolean required) throws ConfigException {
        if (!Files.exists(file)) {
            if (required) {
                throw new ConfigException(List.of(name + ": no such config file"));
            }
            return yaml.createObjectNode();
        }
        try {
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException(List.of(name + ": expected a mapping of settings at the top level"));
            }
            return (ObjectNode) node;
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException(List.of(name + where + ": not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(List.of(name + ": cannot read: " + e.getMessage()));
        }
    }

    private void applyEnvironment(ObjectNode root) {
        for (String key : KEYS) {
            String value = env.get(envName(key));
            if (value != null) {
                String[] path = key.split("\\.");
                ObjectNode parent = root;
                for (int i = 0; i < path.length - 1; i++) {
                    JsonNode child = parent.get(path[i]);
                    parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
                }
                parent.put(path[path.length - 1], value);
            }
        }
    }

    /** {@code summary.sentences} → {@code DIGESTBOT_SUMMARY_SENTENCES}. */
    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static void reportUnknownKeys(JsonNode node, String prefix, String file, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            boolean section = KEYS.stream().anyMatch(k -> k.startsWith(key + "."));
            if (section && field.getValue().isObject()) {
                reportUnknownKeys(field.getValue(), key + ".", file, problems);
            } else if (!KEYS.contains(key)) {
                problems.add(file + ": " + key + ": unknown setting");
            }
        }
    }

    /** Typed access to validated fields, collecting problems instead of failing on the first. */
    private record Fields(ObjectNode root, String file, List<String> problems) {
        int count(String key, int fallback, int min, int max) {
            JsonNode node = root.at("/" + key.replace('.', '/'));
            if (node.isMissingNode() || node.isNull()) {
                return fallback;
            }
            String text = node.asText().strip();
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    problems.add(file + ": " + key + ": " + value + " is out of range " + min + ".." + max);
                }
                return value;
            } catch (NumberFormatException e) {
                problems.add(file + ": " + key + ": expected a whole number, got '" + text + "'");
                return fallback;
            }
        }
    }
}
