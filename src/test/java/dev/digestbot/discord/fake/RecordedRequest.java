package dev.digestbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One request JDA made to the fake REST API.
 *
 * @param method the HTTP method
 * @param path the path below the API base, such as {@code channels/1400000000000000001/messages}
 * @param query the query string without {@code ?}, or empty
 * @param authorization the {@code Authorization} header, or empty
 * @param body the JSON body; {@link MissingNode} when there was none
 */
public record RecordedRequest(String method, String path, String query, String authorization, JsonNode body) {
    /** Whether this is {@code method} on {@code path}. */
    public boolean is(String method, String path) {
        return this.method.equals(method) && this.path.equals(path);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + body;
    }
}
