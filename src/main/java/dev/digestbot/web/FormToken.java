package dev.digestbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request protection for the subscribe form, by double submit: the form page sets a
 * random value both in a {@code SameSite=Strict} cookie and in a hidden field, and a post counts
 * only when the two match. Another site can make a browser post the form, but the browser then
 * leaves the cookie out, and the other site cannot read it. An {@code Origin} check would not do
 * here: the pages send {@code Referrer-Policy: no-referrer}, under which browsers send {@code
 * Origin: null} with every form post.
 */
final class FormToken {
    static final String NAME = "form_token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {}

    /** A new unguessable value (128 bits). */
    static String create() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the cookie and the field both hold the same value, compared in constant time. */
    static boolean matches(String cookie, String field) {
        if (cookie == null || field == null || cookie.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
