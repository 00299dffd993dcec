package dev.digestbot.deliver.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Messages as the JSON bodies of Discord's "create message" call, with mentions switched off:
 * what {@code digestbot preview --discord} prints, and what a channel receives.
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

    static ObjectNode of(DiscordMessage message) {
        ObjectNode payload = JSON.createObjectNode();
        if (!message.content().isEmpty()) {
            payload.put("content", message.content());
        }
        ArrayNode embeds = payload.putArray("embeds");
        for (DigestEmbed embed : message.embeds()) {
            ObjectNode e = embeds.addObject();
            e.put("title", embed.title());
            if (embed.url() != null) {
                e.put("url", embed.url());
            }
            e.put("description", embed.description());
            if (!embed.fields().isEmpty()) { // as JDA sends it: no empty list
                ArrayNode fields = e.putArray("fields");
                for (EmbedField field : embed.fields()) {
                    fields.addObject()
                            .put("name", field.name())
                            .put("value", field.value())
                            .put("inline", field.inline());
                }
            }
            e.putObject("footer").put("text", embed.footer());
        }
        // nothing in a digest may ping: not @everyone, not roles, not users
        payload.putObject("allowed_mentions").putArray("parse");
        return payload;
    }
}
