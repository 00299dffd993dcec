package dev.digestbot.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The known destination types and the settings only they have. A new type is one constant here,
 * reading its settings into a new {@link DestinationTarget} record.
 */
enum DestinationType {
    FILE("file", List.of("dir")) {
        @Override
        DestinationTarget target(FieldReader fields, String prefix, String name, Path dataDir) {
            Path fallback = dataDir.resolve("editions").resolve(name);
            return new FileTarget(fields.path(prefix + "dir", fallback));
        }
    },
    DISCORD("discord", List.of("channels", "header")) {
        @Override
        DestinationTarget target(FieldReader fields, String prefix, String name, Path dataDir) {
            return new DiscordTarget(channels(fields, prefix + "channels"), fields.flag(prefix + "header", true));
        }
    },
    EMAIL("email", List.of("from", "reply-to", "list-id", "unsubscribe-mailto", "daily-cron", "weekly-cron")) {
        @Override
        DestinationTarget target(FieldReader fields, String prefix, String name, Path dataDir) {
            MailAddresses addresses = new MailAddresses(fields);
            Optional<String> from = addresses.address(prefix + "from", true);
            String fallbackList = name + "." + from.map(MailAddresses::domain).orElse("localhost");
            return new EmailTarget(
                    from.orElse(""),
                    addresses.address(prefix + "reply-to", false),
                    addresses.listId(prefix + "list-id", fallbackList),
                    addresses.address(prefix + "unsubscribe-mailto", false));
        }
    };

    private final String key;
    private final List<String> keys;

    DestinationType(String key, List<String> keys) {
        this.key = key;
        this.keys = keys;
    }

    /** At least one channel id, each well formed and given once. */
    private static List<String> channels(FieldReader fields, String key) {
        List<String> channels = fields.list(key);
        if (channels.isEmpty() && !fields.node(key).isObject()) {
            fields.problem(key, "missing; list the channel ids to post to, e.g. [\"1234567890123456789\"]");
        }
        Set<String> seen = new HashSet<>();
        for (String channel : channels) {
            if (!ChannelIds.valid(channel)) {
                fields.problem(key, "'" + channel + "' is not a channel id; " + ChannelIds.FORM);
            } else if (!seen.add(channel)) {
                fields.problem(key, "channel " + channel + " is listed twice");
            }
        }
        return channels;
    }

    /** The settings this type adds to the common ones. */
    List<String> keys() {
        return keys;
    }

    /** Reads this type's settings of the destination whose keys start with {@code prefix}. */
    abstract DestinationTarget target(FieldReader fields, String prefix, String name, Path dataDir);

    /** The type written as {@code name} in the file, if known. */
    static Optional<DestinationType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.key.equals(name)).findFirst();
    }

    /** The known type names, for error messages. */
    static String known() {
        return Arrays.stream(values()).map(t -> t.key).collect(Collectors.joining(", "));
    }
}
