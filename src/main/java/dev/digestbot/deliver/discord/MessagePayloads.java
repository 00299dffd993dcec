package dev.digestbot.deliver.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Messages as the JSON bodies JDA posts to Discord's "create message" call, built by JDA itself
 * from {@link JdaMessages}: what {@code digestbot preview --discord} prints is what a channel
 * receives, but for the per-send nonce.
 */
public final class MessagePayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessagePayloads() {}

    /** One JSON object per message, in sending order. */
    public static ArrayNode of(List<DiscordMessage> messages) {
        ArrayNode payloads = JSON.createArrayNode();
        messages.forEach(m -> payloads.add(of(m)));
        return payloads;
    }

    static JsonNode of(DiscordMessage message) {
        try {
            return JSON.readTree(JdaMessages.message(message).toData().toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("JDA wrote a message body that is not JSON", e);
        }
    }
}
