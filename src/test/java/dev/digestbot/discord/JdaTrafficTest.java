package dev.digestbot.discord;

import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.FakeGuild;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.discord.fake.RecordedRequest;
import dev.digestbot.discord.fake.ScriptedResponse;
import dev.digestbot.testing.Snapshots;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * What the real JDA client, connected through {@link DiscordConnection}, sends to the fake
 * Discord: message payloads, interaction answers, command registration, and how Discord's
 * errors reach the caller. One connection serves all tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(10)
class JdaTrafficTest {
    private static final String MENTIONS =
            "@everyone @here <@&" + FakeGuild.MODERATOR_ROLE_ID + "> <@" + MEMBER_ID + "> the council vote is tonight";
    private static final JsonNode NO_MENTIONS = readJson("{\"parse\":[],\"replied_user\":false}");

    private final BlockingQueue<SlashCommandInteractionEvent> commands = new LinkedBlockingQueue<>();
    private FakeDiscord discord;
    private DiscordConnection connection;
    private JDA jda;

    @BeforeAll
    void connect() {
        discord = FakeDiscord.start();
        connection = new DiscordConnection(
                FakeDiscord.TOKEN, discord.endpoints(), Duration.ofSeconds(5), List.of(new AnsweringListener()));
        jda = connection.connect();
    }

    @AfterAll
    void disconnect() {
        connection.close();
        discord.close();
    }

    @Test
    void aMessageFullOfMentionsAllowsNoneOfThem() {
        news().sendMessage(MENTIONS).complete();

        RecordedRequest sent = lastMessagePost();
        assertThat(sent.body().path("content").asText()).isEqualTo(MENTIONS);
        assertThat(sent.body().path("allowed_mentions")).isEqualTo(NO_MENTIONS);
        ObjectNode snapshot = sent.body().deepCopy();
        assertThat(snapshot.path("nonce").asText())
                .as("a random nonce per message")
                .matches("\\d+");
        snapshot.put("nonce", "(random)");
        Snapshots.assertMatches("discord/message-with-mentions.json", snapshot.toPrettyString() + "\n");
    }

    @Test
    void anEmbedMessageAllowsNoMentionsEither() {
        news().sendMessageEmbeds(new EmbedBuilder()
                        .setTitle("Council vote tonight")
                        .setDescription(MENTIONS)
                        .build())
                .complete();

        JsonNode body = lastMessagePost().body();
        assertThat(body.path("embeds").path(0).path("description").asText()).isEqualTo(MENTIONS);
        assertThat(body.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void aSlashCommandReachesTheListenerAndItsReplyTheCallback() throws InterruptedException {
        FakeInteraction run =
                discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "latest", Map.of("count", 3));

        SlashCommandInteractionEvent event = commands.poll(5, TimeUnit.SECONDS);
        assertThat(event).isNotNull();
        assertThat(event.getFullCommandName()).isEqualTo("digest latest");
        assertThat(event.getOption("count").getAsInt()).isEqualTo(3);
        assertThat(event.getMember().getId()).isEqualTo(MEMBER_ID);
        assertThat(event.getMember().hasPermission(Permission.MANAGE_SERVER)).isFalse();
        RecordedRequest reply = awaitOne("POST", run.callbackPath());
        assertThat(reply.query()).isEqualTo("with_response=true");
        assertThat(reply.body().path("type").asInt())
                .as("CHANNEL_MESSAGE_WITH_SOURCE")
                .isEqualTo(4);
        assertThat(reply.body().path("data").path("content").asText()).isEqualTo("latest 3 for " + MENTIONS);
        assertThat(reply.body().path("data").path("flags").asInt())
                .as("ephemeral")
                .isEqualTo(64);
        assertThat(reply.body().path("data").path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void aDeferredReplyIsAnsweredByEditingTheOriginalThroughTheWebhook() throws InterruptedException {
        FakeInteraction run = discord.dispatchSlashCommand(
                MODERATOR_ID, NEWS_CHANNEL_ID, "digest", "search", Map.of("query", "river"));

        SlashCommandInteractionEvent event = commands.poll(5, TimeUnit.SECONDS);
        assertThat(event).isNotNull();
        assertThat(event.getMember().hasPermission(Permission.MANAGE_SERVER)).isTrue();
        assertThat(awaitOne("POST", run.callbackPath()).body().path("type").asInt())
                .as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE")
                .isEqualTo(5);
        JsonNode edit = awaitOne("PATCH", run.originalPath()).body();
        assertThat(edit.path("content").asText()).isEqualTo("results for river");
        assertThat(edit.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void aFollowUpAfterADeferredReplyGoesToTheInteractionWebhook() throws InterruptedException {
        FakeInteraction run =
                discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of("id", 42));

        assertThat(commands.poll(5, TimeUnit.SECONDS)).isNotNull();
        JsonNode defer = awaitOne("POST", run.callbackPath()).body();
        assertThat(defer.path("type").asInt()).isEqualTo(5);
        assertThat(defer.path("data").path("flags").asInt()).as("ephemeral").isEqualTo(64);
        JsonNode followUp = awaitOne("POST", run.followupPath()).body();
        assertThat(followUp.path("content").asText()).isEqualTo("digest 42 " + MENTIONS);
        assertThat(followUp.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void slashCommandsAreRegisteredAsOneBulkOverwrite() {
        List<Command> registered = jda.updateCommands()
                .addCommands(Commands.slash("digest", "Article digests")
                        .addSubcommands(new SubcommandData("latest", "The newest digests")
                                .addOption(OptionType.INTEGER, "count", "How many", false)))
                .complete();

        assertThat(registered)
                .singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("digest"));
        JsonNode body = awaitOne("PUT", "applications/" + FakeGuild.APPLICATION_ID + "/commands")
                .body();
        assertThat(body.path(0).path("options").path(0).path("name").asText()).isEqualTo("latest");
    }

    @Test
    void aServerErrorReachesTheCallerAndTheNextSendGoesThrough() {
        String path = "channels/" + NEWS_CHANNEL_ID + "/messages";
        discord.script("POST", path, ScriptedResponse.SERVER_ERROR);
        int before = discord.requests("POST", path).size();

        assertThatThrownBy(() -> news().sendMessage("first try").complete())
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getErrorCode()).isZero());
        news().sendMessage("second try").complete();

        assertThat(discord.requests("POST", path).subList(before, before + 2))
                .extracting(r -> r.body().path("content").asText())
                .containsExactly("first try", "second try");
    }

    @Test
    void missingAccessReachesTheCallerAsDiscordsErrorCode() {
        discord.script("POST", "channels/" + NEWS_CHANNEL_ID + "/messages", ScriptedResponse.MISSING_ACCESS);

        assertThatThrownBy(() -> news().sendMessage("hello").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_ACCESS);
                    assertThat(e.getErrorCode()).isEqualTo(50001);
                });
    }

    private TextChannel news() {
        return jda.getTextChannelById(NEWS_CHANNEL_ID);
    }

    private RecordedRequest lastMessagePost() {
        List<RecordedRequest> posts = discord.requests("POST", "channels/" + NEWS_CHANNEL_ID + "/messages");
        return posts.get(posts.size() - 1);
    }

    private RecordedRequest awaitOne(String method, String path) {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !discord.requests(method, path).isEmpty());
        return discord.requests(method, path).get(0);
    }

    private static JsonNode readJson(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers {@code /digest latest} at once and {@code /digest search} after deferring. */
    private final class AnsweringListener extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            commands.add(event);
            if ("search".equals(event.getSubcommandName())) {
                // An edit carries allowed_mentions only when set on the edit: JDA's default is for new messages.
                event.deferReply()
                        .queue(hook -> hook.editOriginal("results for "
                                        + event.getOption("query").getAsString())
                                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                                .queue());
            } else if ("show".equals(event.getSubcommandName())) {
                event.deferReply(true)
                        .queue(hook -> hook.sendMessage(
                                        "digest " + event.getOption("id").getAsLong() + " " + MENTIONS)
                                .queue());
            } else {
                event.reply("latest " + event.getOption("count").getAsInt() + " for " + MENTIONS)
                        .setEphemeral(true)
                        .queue();
            }
        }
    }
}
