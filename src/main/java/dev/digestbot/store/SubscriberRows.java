package dev.digestbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The SQL of the {@code subscriber} table, one statement a method, inside the caller's transaction. */
final class SubscriberRows {
    private static final String COLUMNS =
            "id, email, status, cadence, created_at, confirmed_at, unsubscribed_at, bounces";

    private SubscriberRows() {}

    /** What makes an address unique: the whole of it lower-cased. */
    static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /** The subscriber with {@code email} in any case, locked for update. */
    static Optional<Subscriber> byEmail(Connection c, String email) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM subscriber WHERE email_key = ? FOR UPDATE", key(email));
    }

    /** The subscriber with {@code id}, locked for update. */
    static Optional<Subscriber> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM subscriber WHERE id = ? FOR UPDATE", id);
    }

    /** The subscribers whose subscription {@code discordUser} started, locked for update. */
    static List<Subscriber> byDiscordUser(Connection c, String discordUser) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM subscriber WHERE discord_user = ? FOR UPDATE")) {
            s.setString(1, discordUser);
            return all(s);
        }
    }

    /** Keeps {@code discordUser} as the one who started {@code id}'s subscription; null for nobody. */
    static void linkDiscordUser(Connection c, long id, String discordUser) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE subscriber SET discord_user = ? WHERE id = ?")) {
            s.setString(1, discordUser);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** Subscribers with {@code status}, or all when it is null, by address. */
    static List<Subscriber> list(Connection c, SubscriberStatus status) throws SQLException {
        String where = status == null ? "" : " WHERE status = ?";
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM subscriber" + where + " ORDER BY email_key")) {
            if (status != null) {
                s.setString(1, status.label());
            }
            return all(s);
        }
    }

    static Subscriber insert(Connection c, String email, SubscriberStatus status, Cadence cadence, Instant now)
            throws SQLException {
        String sql = "INSERT INTO subscriber (email, email_key, status, cadence, created_at, confirmed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            s.setString(1, email);
            s.setString(2, key(email));
            s.setString(3, status.label());
            s.setString(4, cadence.label());
            SqlTime.set(s, 5, now);
            SqlTime.set(s, 6, status == SubscriberStatus.ACTIVE ? now : null);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return byId(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /**
     * Moves {@code subscriber} to {@code status}, stamping when it became active (with no bounces
     * counted against it any more) or unsubscribed.
     *
     * @return the subscriber now
     */
    static Subscriber moveTo(Connection c, Subscriber subscriber, SubscriberStatus status, Instant now)
            throws SQLException {
        String stamp = switch (status) {
            case ACTIVE -> ", confirmed_at = ?, bounces = 0";
            case UNSUBSCRIBED -> ", unsubscribed_at = ?";
            default -> "";
        };
        try (PreparedStatement s = c.prepareStatement("UPDATE subscriber SET status = ?" + stamp + " WHERE id = ?")) {
            int index = 1;
            s.setString(index++, status.label());
            if (!stamp.isEmpty()) {
                SqlTime.set(s, index++, now);
            }
            s.setLong(index, subscriber.id());
            s.executeUpdate();
        }
        return byId(c, subscriber.id()).orElseThrow();
    }

    /** Sets {@code subscriber}'s cadence; returns it now. */
    static Subscriber setCadence(Connection c, Subscriber subscriber, Cadence cadence) throws SQLException {
        if (subscriber.cadence() == cadence) {
            return subscriber;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE subscriber SET cadence = ? WHERE id = ?")) {
            s.setString(1, cadence.label());
            s.setLong(2, subscriber.id());
            s.executeUpdate();
        }
        return byId(c, subscriber.id()).orElseThrow();
    }

    /** Counts one more permanent failure against {@code subscriber}; returns it now. */
    static Subscriber countBounce(Connection c, Subscriber subscriber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE subscriber SET bounces = bounces + 1 WHERE id = ?")) {
            s.setLong(1, subscriber.id());
            s.executeUpdate();
        }
        return byId(c, subscriber.id()).orElseThrow();
    }

    static boolean delete(Connection c, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriber WHERE email_key = ?")) {
            s.setString(1, key(email));
            return s.executeUpdate() == 1;
        }
    }

    private static Optional<Subscriber> one(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, value);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static List<Subscriber> all(PreparedStatement s) throws SQLException {
        List<Subscriber> found = new ArrayList<>();
        try (ResultSet row = s.executeQuery()) {
            while (row.next()) {
                found.add(read(row));
            }
        }
        return found;
    }

    private static Subscriber read(ResultSet row) throws SQLException {
        return new Subscriber(
                row.getLong("id"),
                row.getString("email"),
                SubscriberStatus.parse(row.getString("status")),
                Cadence.parse(row.getString("cadence")),
                SqlTime.get(row, "created_at"),
                SqlTime.get(row, "confirmed_at"),
                SqlTime.get(row, "unsubscribed_at"),
                row.getInt("bounces"));
    }
}
