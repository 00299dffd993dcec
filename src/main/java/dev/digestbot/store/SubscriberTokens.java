package dev.digestbot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code subscriber_token} table of confirm tokens: tokens are issued in clear once and stored as their SHA-256
 * hash, and found again by hashing what is presented.
 *
 * <p>No constant-time comparison is needed: the only comparison is the database's index lookup
 * of the presented token's hash. What its timing could reveal is how much of that hash matches a
 * stored one, and turning that into a token would mean finding SHA-256 preimages; the token
 * itself is never compared.
 */
final class SubscriberTokens {
    /** 192 random bits, 32 URL-safe characters. */
    private static final int TOKEN_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SubscriberTokens() {}

    /**
     * A stored token, found by the hash of what was presented.
     *
     * @param cadence what confirming sets, or null (a token older than the column) to keep it
     */
    record Stored(long subscriberId, Instant expiresAt, Instant usedAt, Cadence cadence) {}

    /**
     * Stores the hash of a new random token for {@code subscriberId}, confirming {@code cadence},
     * and returns it in clear.
     */
    static IssuedToken issue(Connection c, long subscriberId, Cadence cadence, Instant now, Instant expiresAt)
            throws SQLException {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String sql =
                "INSERT INTO subscriber_token (token_hash, subscriber_id, purpose, created_at, expires_at, cadence)"
                        + " VALUES (?, ?, 'confirm', ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, hash(token));
            s.setLong(2, subscriberId);
            SqlTime.set(s, 3, now);
            SqlTime.set(s, 4, expiresAt);
            s.setString(5, cadence.label());
            s.executeUpdate();
        }
        return new IssuedToken(token, subscriberId, SqlTime.stored(expiresAt), cadence);
    }

    /**
     * The confirm token {@code token}, if there is one. Not locked: callers lock its
     * subscriber, then change the token conditionally.
     */
    static Optional<Stored> find(Connection c, String token) throws SQLException {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT subscriber_id, expires_at, used_at, cadence FROM subscriber_token"
                + " WHERE token_hash = ? AND purpose = 'confirm'";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, hash(token));
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String cadence = row.getString(4);
                return Optional.of(new Stored(
                        row.getLong(1),
                        SqlTime.get(row, 2),
                        SqlTime.get(row, 3),
                        cadence == null ? null : Cadence.parse(cadence)));
            }
        }
    }

    /** Marks {@code token} used at {@code now}; false when it was used before. */
    static boolean markUsed(Connection c, String token, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE subscriber_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")) {
            SqlTime.set(s, 1, now);
            s.setString(2, hash(token));
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Retires every unused confirm token of {@code subscriberId}: once an address is active, or
     * has left, an older confirmation mail must not (re)activate it.
     */
    static void retireConfirmations(Connection c, long subscriberId, Instant now) throws SQLException {
        String sql = "UPDATE subscriber_token SET used_at = ?"
                + " WHERE subscriber_id = ? AND purpose = 'confirm' AND used_at IS NULL";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            SqlTime.set(s, 1, now);
            s.setLong(2, subscriberId);
            s.executeUpdate();
        }
    }

    /** The SHA-256 of the token's UTF-8 bytes, in lower-case hex. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
