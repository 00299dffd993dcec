package dev.digestbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code digestbot.yml}: reads the YAML, replaces {@code ${VAR}} in its values, lets {@code
 * DIGESTBOT_<KEY>} environment variables override any key (dots and dashes become underscores:
 * {@code DIGESTBOT_SUMMARY_SENTENCES} sets {@code summary.sentences}), takes secrets from the
 * environment only, and checks every value, reporting all problems at once.
 */
public final class ConfigLoader {
    // A key given twice is an error rather than the last one silently winning.
    private final ObjectMapper yaml =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final Map<String, String> env;
    private final Clock clock;

    /** A loader reading {@code env}, with the system clock and time zone. */
    public ConfigLoader(Map<String, String> env) {
        this(env, Clock.systemDefaultZone());
    }

    /**
     * A loader reading {@code env}; {@code clock} says when "now" is (a schedule must fire again
     * after it) and its zone is the default zone of destinations.
     */
    public ConfigLoader(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    /**
     * Loads {@code file}; a file that does not exist yields the defaults (with environment
     * overrides) when {@code required} is false, and an error otherwise.
     */
    public DigestbotConfig load(Path file, boolean required) throws ConfigException {
        String name = file.toString();
        ObjectNode root = read(file, name, required);
        List<String> problems = new ArrayList<>();
        rejectSecrets(root, name, problems);
        new EnvSubstitution(env, name, problems).apply(root, "");
        Map<String, String> fromEnvironment = new EnvironmentOverrides(env, name, problems).apply(root);
        new UnknownKeys(name, problems).report(root);
        FieldReader fields = new FieldReader(root, name, fromEnvironment, problems);
        DigestbotConfig config = new SettingsReader(fields, env, clock).read();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private static void rejectSecrets(ObjectNode root, String file, List<String> problems) {
        ConfigKeys.SECRETS.forEach((key, variable) -> {
            String[] path = key.split("\\.");
            if (root.get(path[0]) instanceof ObjectNode section && section.has(path[1])) {
                section.remove(path[1]);
                problems.add(file + ": " + key + ": secrets are not read from the file; set " + variable
                        + " in the environment");
            }
        });
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
}
