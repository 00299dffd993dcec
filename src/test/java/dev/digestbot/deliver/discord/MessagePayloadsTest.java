package dev.digestbot.deliver.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePayloadsTest {
    @Test
    void aMessageBecomesDiscordsCreateMessageBodyWithNoMentionsAllowed() {
        DiscordMessage message = new DiscordMessage(
                "**Digest #2**",
                List.of(new DigestEmbed(
                        "Title",
                        "https://news.example/a",
                        "• One.",
                        List.of(new EmbedField("£4m", "cost of scheme", true)),
                        "a.txt · 1 May 2026")));

        assertThat(MessagePayloads.of(List.of(message)).toString())
                .isEqualTo(
                        "[{\"content\":\"**Digest #2**\",\"embeds\":[{\"title\":\"Title\",\"url\":\"https://news.example/a\",\"description\":\"• One.\","
                                + "\"fields\":[{\"name\":\"£4m\",\"value\":\"cost of scheme\",\"inline\":true}],"
                                + "\"footer\":{\"text\":\"a.txt · 1 May 2026\"}}],\"allowed_mentions\":{\"parse\":[]}}]");
    }

    @Test
    void aMessageWithoutTextHasNoContent() {
        assertThat(MessagePayloads.of(new DiscordMessage("", List.of())).has("content"))
                .isFalse();
    }
}
