package dev.digestbot.deliver.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePayloadsTest {
    @Test
    void aMessageBecomesTheBodyJdaPostsWithNoMentionsAllowed() {
        DiscordMessage message = new DiscordMessage(
                "**Digest #2**",
                List.of(new DigestEmbed(
                        "Title",
                        "https://news.example/a",
                        "• One.",
                        List.of(new EmbedField("£4m", "cost of scheme", true)),
                        "a.txt · 1 May 2026")));

        JsonNode payload = MessagePayloads.of(List.of(message)).get(0);

        assertThat(payload.path("content").asText()).isEqualTo("**Digest #2**");
        assertThat(payload.path("allowed_mentions").toString()).isEqualTo("{\"parse\":[],\"replied_user\":false}");
        JsonNode embed = payload.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Title");
        assertThat(embed.path("url").asText()).isEqualTo("https://news.example/a");
        assertThat(embed.path("description").asText()).isEqualTo("• One.");
        assertThat(embed.path("fields").toString())
                .isEqualTo("[{\"inline\":true,\"name\":\"£4m\",\"value\":\"cost of scheme\"}]");
        assertThat(embed.path("footer").path("text").asText()).isEqualTo("a.txt · 1 May 2026");
    }

    @Test
    void anEmbedWithoutALinkHasNoUrl() {
        DiscordMessage message =
                new DiscordMessage("", List.of(new DigestEmbed("Title", null, "• One.", List.of(), "a.txt")));

        assertThat(MessagePayloads.of(List.of(message))
                        .get(0)
                        .path("embeds")
                        .get(0)
                        .has("url"))
                .isFalse();
    }
}
