package dev.digestbot.deliver.discord;

import java.util.Objects;

/** One name/value field of an embed, already escaped and within Discord's limits. */
public record EmbedField(String name, String value, boolean inline) {
    public EmbedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    int size() {
        return name.length() + value.length();
    }
}
