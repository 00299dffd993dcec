package dev.digestbot.deliver.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** What JDA is given to send is what {@code preview --discord} prints. */
class JdaMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jdaSendsThePreviewedPayload() throws IOException {
        DiscordMessage message = new DiscordMessage(
                "**Digest #7** · 2 May 2026 · 2 articles",
                List.of(
                        new DigestEmbed(
                                "Pier \\*reopens\\*",
                                "https://news.example/pier?ref=digest",
                                "• Repairs took a year.\n\n> “At last” — **Ada Rowe**",
                                List.of(new EmbedField("£2m", "cost of repairs", true)),
                                "pier.md · 2 May 2026"),
                        new DigestEmbed("No link", null, "• Plain.", List.of(), "b.txt · 2 May 2026")));

        JsonNode sent = sent(JdaMessages.message(message));
        JsonNode previewed = MessagePayloads.of(List.of(message)).get(0);

        assertThat(sent.path("content")).isEqualTo(previewed.path("content"));
        assertThat(sent.path("embeds")).isEqualTo(previewed.path("embeds"));
        assertThat(sent.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(sent.path("allowed_mentions").path("replied_user").asBoolean(true))
                .isFalse();
    }

    /** The JSON JDA would post, with the embed fields Discord echoes back ("type") left out. */
    private static JsonNode sent(MessageCreateData data) throws IOException {
        JsonNode json = JSON.readTree(data.toData().toJson());
        json.path("embeds").forEach(e -> ((ObjectNode) e).remove("type"));
        return json;
    }
}
