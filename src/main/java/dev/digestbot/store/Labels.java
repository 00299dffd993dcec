package dev.digestbot.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants by their lower-case labels, as columns store them and people type them. */
final class Labels {
    private Labels() {}

    static <E extends Enum<E>> E parse(Class<E> type, String what, String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + label + "' (one of: " + known + ")");
    }
}
