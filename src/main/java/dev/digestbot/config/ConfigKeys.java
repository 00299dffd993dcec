package dev.digestbot.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The keys the config file knows, and how each is named in the environment. */
final class ConfigKeys {
    static final String ENV_PREFIX = "DIGESTBOT_";
    static final String DESTINATIONS = "destinations";

    /** Keys with one value each, outside {@code destinations}. */
    static final List<String> FIXED = List.of(
            "summary.sentences",
            "summary.quotes",
            "summary.figures",
            "content.inbox",
            "content.failed",
            "data.dir",
            "templates.dir",
            "database.url",
            "database.user",
            "ingest.rescan",
            "ingest.stable",
            "delivery.backoff",
            "delivery.max-backoff",
            "delivery.max-attempts",
            "delivery.poll",
            "discord.rest-url",
            "discord.gateway-url",
            "discord.token-file",
            "discord.admin-channel",
            "discord.ready-timeout",
            "smtp.host",
            "smtp.port",
            "smtp.security",
            "smtp.username",
            "smtp.connections",
            "smtp.rate",
            "smtp.timeout",
            "smtp.messages-per-connection",
            "smtp.bounce-limit",
            "web.enabled",
            "web.bind",
            "web.base-url",
            "web.behind-proxy");

    /**
     * Secrets by key, each with the environment variable it is read from: rejected in the file. The
     * bot token keeps the name every Discord bot reads it from.
     */
    static final Map<String, String> SECRETS = orderedMap(
            "database.password",
            "DIGESTBOT_DATABASE_PASSWORD",
            "discord.token",
            "DISCORD_TOKEN",
            "smtp.password",
            "DIGESTBOT_SMTP_PASSWORD");

    /** Settings every destination has, whatever its type. */
    static final List<String> DESTINATION_COMMON =
            List.of("type", "cron", "timezone", "misfire", "folders", "tags", "max-items");

    private ConfigKeys() {}

    /** {@code summary.sentences} → {@code DIGESTBOT_SUMMARY_SENTENCES}. */
    static String envName(String key) {
        return ENV_PREFIX + envForm(key);
    }

    /** {@code max-items} → {@code MAX_ITEMS}: upper case, dots and dashes become underscores. */
    static String envForm(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The top-level sections of the fixed keys, plus {@code destinations}. */
    static Set<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        FIXED.forEach(key -> sections.add(section(key)));
        sections.add(DESTINATIONS);
        return sections;
    }

    /** The fixed keys of one section. */
    static List<String> keysOf(String section) {
        return FIXED.stream().filter(key -> section(key).equals(section)).toList();
    }

    /** Every setting a destination may have: the common ones and those of each type. */
    static List<String> destinationFields() {
        List<String> fields = new ArrayList<>(DESTINATION_COMMON);
        for (DestinationType type : DestinationType.values()) {
            fields.addAll(type.keys());
        }
        return fields;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String section(String key) {
        return key.substring(0, key.indexOf('.'));
    }
}
