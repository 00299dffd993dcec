package dev.digestbot.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens {@code <subscriber id>.<signature>}: the id signed with HMAC-SHA256 under the
 * bot's key, cut to 160 bits. Nothing is stored per token, so every mail can carry one and a
 * token works as long as its subscriber exists. The signed text names the purpose, so no other
 * signature the key makes can pass for an unsubscribe token; a confirm token (random, no dot)
 * never has this shape.
 */
final class UnsubscribeTokens {
    /** The name of the key in {@code signing_key}. */
    static final String KEY_NAME = "unsubscribe";

    private static final String PURPOSE = "digestbot unsubscribe v1:";
    private static final int SIGNATURE_BYTES = 20;
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{27})");

    private final SecretKeySpec key;

    UnsubscribeTokens(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The token that unsubscribes {@code subscriberId}; the same every time. */
    String token(long subscriberId) {
        return subscriberId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(subscriberId));
    }

    /** The subscriber {@code token} was made for, or empty when this key did not sign it. */
    OptionalLong subscriberOf(String token) {
        Matcher parts = SHAPE.matcher(token == null ? "" : token);
        if (!parts.matches()) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(parts.group(1));
        } catch (NumberFormatException e) { // nineteen digits past Long.MAX_VALUE
            return OptionalLong.empty();
        }
        byte[] presented = Base64.getUrlDecoder().decode(parts.group(2));
        // constant-time, so that response times do not reveal how much of a forged signature is right
        return MessageDigest.isEqual(presented, signature(id)) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private byte[] signature(long subscriberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((PURPOSE + subscriberId).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(full, SIGNATURE_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256 and takes a 256-bit key", e);
        }
    }
}
