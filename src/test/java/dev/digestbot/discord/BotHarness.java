package dev.digestbot.discord;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;

/**
 * The real JDA client, with a {@link CommandRegistry} as its listener, logged in to a fake
 * Discord; and the answers JDA sent to the fake for each interaction.
 */
final class BotHarness implements AutoCloseable {
    /** What every answer must say about mentions: none may ping. */
    static final JsonNode NO_MENTIONS = json("{\"parse\":[],\"replied_user\":false}");

    private static final Duration WAIT = Duration.ofSeconds(5);

    final FakeDiscord discord;
    private final CommandRegistry registry;
    private final DiscordConnection connection;

    BotHarness(CommandRegistry registry) {
        this.registry = registry;
        discord = FakeDiscord.start();
        connection = new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), WAIT, List.of(registry));
        connection.connect();
    }

    /** The first answer to {@code run}: a reply, a deferral or autocomplete choices. */
    JsonNode callback(FakeInteraction run) {
        return awaitOne("POST", run.callbackPath()).body();
    }

    /** The edit that replaced {@code run}'s deferred reply. */
    JsonNode original(FakeInteraction run) {
        return awaitOne("PATCH", run.originalPath()).body();
    }

    /** The first {@code count} follow-ups to {@code run}, in order. */
    List<JsonNode> followUps(FakeInteraction run, int count) {
        await().atMost(WAIT)
                .until(() -> discord.requests("POST", run.followupPath()).size() >= count);
        return discord.requests("POST", run.followupPath()).subList(0, count).stream()
                .map(RecordedRequest::body)
                .toList();
    }

    RecordedRequest awaitOne(String method, String path) {
        await().atMost(WAIT).until(() -> !discord.requests(method, path).isEmpty());
        return discord.requests(method, path).get(0);
    }

    @Override
    public void close() {
        connection.close();
        registry.close();
        discord.close();
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
