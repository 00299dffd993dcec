package dev.digestbot.discord.fake;

import java.util.Map;

/**
 * A response a test makes the fake REST API give instead of its usual one.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers extra headers, such as {@code Retry-After} on a 429
 */
public record ScriptedResponse(int status, String body, Map<String, String> headers) {
    /** Discord's answer when the bot may not see or post in a channel. */
    public static final ScriptedResponse MISSING_ACCESS =
            new ScriptedResponse(403, "{\"code\":50001,\"message\":\"Missing Access\"}", Map.of());

    /** Discord's answer for a channel that no longer exists. */
    public static final ScriptedResponse UNKNOWN_CHANNEL =
            new ScriptedResponse(404, "{\"code\":10003,\"message\":\"Unknown Channel\"}", Map.of());

    /** An internal server error, which JDA does not retry by itself. */
    public static final ScriptedResponse SERVER_ERROR =
            new ScriptedResponse(500, "{\"code\":0,\"message\":\"500: Internal Server Error\"}", Map.of());

    /** Not a response: lets one request through to the usual answer (see {@code FakeDiscord#pass}). */
    static final ScriptedResponse PASS = new ScriptedResponse(0, "", Map.of());

    public ScriptedResponse {
        headers = Map.copyOf(headers);
    }
}
