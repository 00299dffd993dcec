package dev.digestbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum constants by their lower-case labels, as columns store them and people type them. */
final class Labels {
    private Labels() {}

    /**
     * How many rows of {@code table} have each value of {@code column}, a label of {@code type}
     * read by {@code parse}; every constant is present, zero when none.
     */
    static <E extends Enum<E>> Map<E, Long> count(
            Connection c, String table, String column, Class<E> type, Function<String, E> parse) throws SQLException {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        String sql = "SELECT " + column + ", COUNT(*) FROM " + table + " GROUP BY " + column;
        try (Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            while (row.next()) {
                counts.put(parse.apply(row.getString(1)), row.getLong(2));
            }
        }
        return counts;
    }

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
