package dev.digestbot.web;

import io.javalin.http.Context;

/**
 * The headers every response carries. The policy allows nothing from other origins, and inline
 * style only with the nonce made for the response, so injected markup can neither run script nor
 * restyle the page. Pages carry tokens in their address and hidden fields: nothing is cached and no
 * referrer leaves them.
 */
final class SecurityHeaders {
    private static final String NONCE = "styleNonce";

    private SecurityHeaders() {}

    /** Sets the headers and the response's style nonce; a before-handler for every path. */
    static void apply(Context ctx) {
        String nonce = FormToken.create(); // any fresh unguessable value serves as a nonce
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
