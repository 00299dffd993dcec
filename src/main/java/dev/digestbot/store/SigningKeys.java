package dev.digestbot.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code signing_key} table: one random 256-bit key per name, made by whichever instance asks
 * first. Every instance of a cluster reads the same key, so a link signed by one is accepted by
 * all, and a restart keeps old links working.
 */
final class SigningKeys {
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningKeys() {}

    /**
     * The key called {@code name}, made now if there is none. A concurrent maker's insert wins and
     * makes this one fail on the primary key; the caller runs it again and reads that key.
     */
    static byte[] load(Connection c, String name, Instant now) throws SQLException {
        Optional<byte[]> stored = find(c, name);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO signing_key (name, key_base64, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, Base64.getEncoder().encodeToString(key));
            SqlTime.set(s, 3, now);
            s.executeUpdate();
        }
        return key;
    }

    private static Optional<byte[]> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT key_base64 FROM signing_key WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
            }
        }
    }
}
