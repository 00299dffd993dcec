package dev.digestbot.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The headers every response carries. The policy allows nothing from other origins, and inline
 * style only with the nonce made for the response, so injected markup can neither run script nor
 * restyle the page. Pages carry tokens in their address and hidden fields: nothing is cached and no
 * referrer leaves them.
 */
final class SecurityHeaders {
    private static final String NONCE = "styleNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /** Sets the headers and the response's style nonce; a before-handler for every path. */
    static void apply(Context ctx) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.attribute(NONCE, nonce);
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'nonce-" + nonce + "'; form-action 'self'; frame-ancestors 'none';"
                        + " base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /** The style nonce {@link #apply} made for this response. */
    static String nonce(Context ctx) {
        return ctx.attribute(NONCE);
    }
}
