package dev.digestbot.deliver.discord;

import static dev.digestbot.discord.fake.FakeGuild.ADMIN_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ROLE_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.deliver.Backoff;
import dev.digestbot.deliver.OutboxResult;
import dev.digestbot.deliver.OutboxWorker;
import dev.digestbot.discord.DiscordConnection;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.FakeGuild;
import dev.digestbot.discord.fake.RecordedRequest;
import dev.digestbot.discord.fake.ScriptedResponse;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.store.Database;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.Snapshots;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions posted through the outbox by {@link DiscordSender}, with the real JDA client against
 * the fake Discord and a real database: what reaches the channels, in what order, exactly once,
 * and what a refusal does to the delivery.
 */
@Timeout(20)
class DiscordSenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWS_MESSAGES = "channels/" + NEWS_CHANNEL_ID + "/messages";
    private static final String ADMIN_MESSAGES = "channels/" + ADMIN_CHANNEL_ID + "/messages";
    /** In no server the bot has joined. */
    private static final String HIDDEN_CHANNEL_ID = "1400000000000000999";

    private static final String MENTIONS = "@everyone @here <@&" + MODERATOR_ROLE_ID + "> <@" + MEMBER_ID + ">";
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30), 5);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T07:00:00Z");
    private FakeDiscord discord;
    private DiscordConnection connection;
    private JDA jda;
    private Database database;
    private EditionRepository editions;
    private DeliveryRepository deliveries;

    @BeforeEach
    void connect() {
        discord = FakeDiscord.start();
        connection = new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), Duration.ofSeconds(5), List.of());
        jda = connection.connect();
        database = DigestRows.openDatabase(dir);
        editions = new EditionRepository(database, clock);
        deliveries = new DeliveryRepository(database, clock);
    }

    @AfterEach
    void disconnect() {
        connection.close();
        discord.close();
        database.close();
    }

    @Test
    void aLargeEditionIsSplitOverSeveralMessagesPostedInOrder() {
        Edition edition = edition(23, List.of(NEWS_CHANNEL_ID));
        List<DiscordMessage> expected = layout().of(edition);

        assertThat(worker(Optional.empty()).sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        List<JsonNode> posted = bodies(discord.requests("POST", NEWS_MESSAGES));
        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(posted).hasSameSizeAs(expected);
        assertThat(posted.stream().flatMap(p -> titles(p).stream()))
                .containsExactlyElementsOf(IntStream.range(0, 23)
                        .mapToObj(i -> "Harbour report " + (i + 1))
                        .toList());
        assertThat(posted.get(0).path("content").asText()).startsWith("**Digest #1**");
        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSameSizeAs(expected);
        assertThat(posted.stream().map(DiscordSenderTest::withoutNonce).toList())
                .as("what was posted is what preview --discord prints")
                .containsExactlyElementsOf(MessagePayloads.of(expected));
        Snapshots.assertMatches("discord/edition-in-three-messages.json", pretty(posted));
    }

    @Test
    void mentionsInAnArticleAreEscapedAndAllowedToPingNoOne() {
        ArticleDigest loud = new ArticleDigest(
                "loud.txt",
                MENTIONS + " vote tonight",
                List.of("Organisers wrote " + MENTIONS + " on every poster.", "Nobody **bold** was _hurt_."),
                List.of(new Quote(MENTIONS + " come along", "Ines Moreau", "\"...\" said Ines Moreau.")),
                List.of(new Figure("@everyone", "@here counted", "...")));
        StoredDigest stored = new DigestRows(database).insert("loud.txt", "", List.of(), loud, clock.instant());
        editions.create("news", List.of(stored), List.of(), List.of(NEWS_CHANNEL_ID));

        worker(Optional.empty()).sendDue();

        JsonNode body = discord.requests("POST", NEWS_MESSAGES).get(0).body();
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("allowed_mentions").path("replied_user").asBoolean())
                .isFalse();
        JsonNode embed = body.path("embeds").path(0);
        assertThat(embed.toString()).doesNotContainPattern("[^\\\\]@(everyone|here|&|\\d)");
        assertThat(embed.path("title").asText()).startsWith("\\@everyone \\@here");
        Snapshots.assertMatches("discord/edition-with-mentions.json", body.toPrettyString() + "\n");
    }

    @Test
    void anEditionGoesToEachOfTheDestinationsChannels() {
        edition(2, List.of(NEWS_CHANNEL_ID, ADMIN_CHANNEL_ID));

        assertThat(worker(Optional.empty()).sendDue()).isEqualTo(new OutboxResult(2, 0, 0));

        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSize(1);
        assertThat(discord.messages(ADMIN_CHANNEL_ID)).hasSize(1);
        assertThat(titles(discord.messages(ADMIN_CHANNEL_ID).get(0)))
                .containsExactly("Harbour report 1", "Harbour report 2");
    }

    @Test
    void aServerErrorThenSuccessDeliversEachMessageExactlyOnce() {
        Edition edition = edition(12, List.of(NEWS_CHANNEL_ID));
        discord.script("POST", NEWS_MESSAGES, ScriptedResponse.SERVER_ERROR);
        OutboxWorker worker = worker(Optional.empty());

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().lastError()).contains("HTTP 500");
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSameSizeAs(layout().of(edition));
        assertThat(discord.requests("POST", NEWS_MESSAGES))
                .hasSize(layout().of(edition).size() + 1);
    }

    @Test
    void aServerErrorOnMessageTwoOfThreeResumesAtMessageTwo() {
        Edition edition = edition(23, List.of(NEWS_CHANNEL_ID));
        assertThat(layout().of(edition)).hasSize(3);
        discord.pass("POST", NEWS_MESSAGES, 1);
        discord.script("POST", NEWS_MESSAGES, ScriptedResponse.SERVER_ERROR);
        OutboxWorker worker = worker(Optional.empty());

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().partsSent()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        long id = row().id();
        assertThat(nonces(discord.requests("POST", NEWS_MESSAGES)))
                .as("message 1 once, message 2 twice, then message 3")
                .containsExactly("d" + id + "p0", "d" + id + "p1", "d" + id + "p1", "d" + id + "p2");
        List<JsonNode> seen = discord.messages(NEWS_CHANNEL_ID);
        assertThat(seen).hasSize(3);
        assertThat(seen.stream().flatMap(m -> titles(m).stream())).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void aMessageThatLandedButWhoseAnswerWasLostIsNotPostedTwice() {
        Edition edition = edition(3, List.of(NEWS_CHANNEL_ID));
        discord.landNextMessageThenFail(NEWS_CHANNEL_ID);
        OutboxWorker worker = worker(Optional.empty());

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        List<RecordedRequest> posts = discord.requests("POST", NEWS_MESSAGES);
        assertThat(posts).hasSize(2);
        assertThat(nonces(posts)).containsOnly("d" + row().id() + "p0");
        assertThat(posts)
                .allSatisfy(p ->
                        assertThat(p.body().path("enforce_nonce").asBoolean()).isTrue());
        assertThat(discord.messages(NEWS_CHANNEL_ID))
                .hasSize(layout().of(edition).size());
    }

    @Test
    void missingAccessFailsTheDeliveryWithTheReasonAlertsTheAdminsOnceAndIsNotRetried() {
        edition(2, List.of(NEWS_CHANNEL_ID));
        discord.script("POST", NEWS_MESSAGES, ScriptedResponse.MISSING_ACCESS);
        OutboxWorker worker = worker(Optional.of(ADMIN_CHANNEL_ID));

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 0, 1));

        assertThat(row().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row().lastError())
                .isEqualTo("missing access to channel " + NEWS_CHANNEL_ID
                        + " (50001): give the bot View Channel, Send Messages and Embed Links there");
        String alert = discord.requests("POST", ADMIN_MESSAGES)
                .get(0)
                .body()
                .path("content")
                .asText();
        assertThat(alert)
                .contains("Edition 1 of **news**", NEWS_CHANNEL_ID, "(50001)", "digestbot send --retry-failed news");
        clock.advance(Duration.ofDays(1));
        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
        assertThat(discord.requests("POST", NEWS_MESSAGES)).hasSize(1);
        assertThat(discord.requests("POST", ADMIN_MESSAGES)).hasSize(1);
    }

    @Test
    void anUnknownChannelFailsTheDeliveryAndAlertsTheAdmins() {
        edition(1, List.of(NEWS_CHANNEL_ID));
        discord.script("POST", NEWS_MESSAGES, ScriptedResponse.UNKNOWN_CHANNEL);

        assertThat(worker(Optional.of(ADMIN_CHANNEL_ID)).sendDue()).isEqualTo(new OutboxResult(0, 0, 1));

        assertThat(row().lastError()).startsWith("channel " + NEWS_CHANNEL_ID + " does not exist (10003)");
        assertThat(discord.requests("POST", ADMIN_MESSAGES)).hasSize(1);
    }

    @Test
    void aChannelTheBotCannotSeeFailsWithoutAPost() {
        edition(1, List.of(HIDDEN_CHANNEL_ID));

        assertThat(worker(Optional.of(ADMIN_CHANNEL_ID)).sendDue()).isEqualTo(new OutboxResult(0, 0, 1));

        assertThat(deliveries.list("news").get(0).lastError())
                .startsWith("the bot cannot see channel " + HIDDEN_CHANNEL_ID);
        assertThat(discord.requests("POST", "channels/" + HIDDEN_CHANNEL_ID + "/messages"))
                .isEmpty();
        assertThat(discord.requests("POST", ADMIN_MESSAGES)).hasSize(1);
    }

    @Test
    void aChannelOutOfSightWhileItsServerIsInAnOutageIsTriedAgainLater() {
        edition(1, List.of(NEWS_CHANNEL_ID));
        discord.dispatch(
                "GUILD_DELETE",
                new ObjectMapper()
                        .createObjectNode()
                        .put("id", FakeGuild.GUILD_ID)
                        .put("unavailable", true));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !jda.getUnavailableGuilds().isEmpty());

        assertThat(worker(Optional.of(ADMIN_CHANNEL_ID)).sendDue()).isEqualTo(new OutboxResult(0, 1, 0));

        assertThat(deliveries.list("news").get(0).lastError())
                .startsWith(
                        "channel " + NEWS_CHANNEL_ID + " is not visible while 1 of the bot's servers are unavailable");
        assertThat(discord.requests("POST", ADMIN_MESSAGES))
                .as("no alert for an outage")
                .isEmpty();
    }

    @Test
    void aChannelOutOfSightWhileANewSessionLoadsIsTriedAgainLater() {
        edition(1, List.of(NEWS_CHANNEL_ID));
        discord.withholdGuildCreate();
        discord.closeGatewayConnection(1000);
        await().atMost(Duration.ofSeconds(8))
                .until(() -> jda.getStatus() != JDA.Status.CONNECTED
                        && jda.getChannelById(GuildMessageChannel.class, NEWS_CHANNEL_ID) == null);

        assertThat(worker(Optional.of(ADMIN_CHANNEL_ID)).sendDue()).isEqualTo(new OutboxResult(0, 1, 0));

        assertThat(deliveries.list("news").get(0).lastError())
                .startsWith("channel " + NEWS_CHANNEL_ID + " is not visible while the Discord connection is ");
        assertThat(discord.requests("POST", ADMIN_MESSAGES))
                .as("no alert for a reconnect")
                .isEmpty();
    }

    @Test
    void noAlertGoesToTheFailingChannelItselfAndAFailedAlertChangesNothing() {
        edition(1, List.of(NEWS_CHANNEL_ID, ADMIN_CHANNEL_ID));
        discord.script("POST", NEWS_MESSAGES, ScriptedResponse.MISSING_ACCESS, ScriptedResponse.MISSING_ACCESS);
        discord.script("POST", ADMIN_MESSAGES, ScriptedResponse.MISSING_ACCESS);

        OutboxResult result = worker(Optional.of(NEWS_CHANNEL_ID)).sendDue();

        assertThat(result).isEqualTo(new OutboxResult(0, 0, 2));
        assertThat(discord.requests("POST", NEWS_MESSAGES))
                .as("the delivery to news, and the alert about admin that news refused")
                .hasSize(2);
        assertThat(discord.requests("POST", ADMIN_MESSAGES))
                .as("the delivery only, no alert about itself")
                .hasSize(1);
    }

    private OutboxWorker worker(Optional<String> adminChannel) {
        DiscordSender sender = new DiscordSender(jda, layout(), adminChannel);
        EditionRenderer renderer = new EditionRenderer(dir.resolve("templates"), ZoneOffset.UTC);
        return new OutboxWorker(deliveries, editions, renderer, Map.of("news", sender), BACKOFF, clock);
    }

    /** A posted body without the nonce its send added, as a preview shows it. */
    private static JsonNode withoutNonce(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove(List.of("nonce", "enforce_nonce"));
        return copy;
    }

    private static EditionMessages layout() {
        return new EditionMessages(ZoneOffset.UTC, true);
    }

    /** Stores an edition of {@code news} with {@code count} digests for {@code channels}. */
    private Edition edition(int count, List<String> channels) {
        DigestRows rows = new DigestRows(database);
        List<StoredDigest> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(rows.insert("Harbour report " + i, clock.instant()));
        }
        return Edition.of(editions.create("news", items, List.of(), channels).orElseThrow());
    }

    private Delivery row() {
        return deliveries.list("news").get(0);
    }

    private static List<JsonNode> bodies(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::body).toList();
    }

    private static List<String> nonces(List<RecordedRequest> requests) {
        return requests.stream().map(r -> r.body().path("nonce").asText()).toList();
    }

    private static List<String> titles(JsonNode message) {
        List<String> titles = new ArrayList<>();
        message.path("embeds").forEach(e -> titles.add(e.path("title").asText()));
        return titles;
    }

    private static String pretty(List<JsonNode> bodies) {
        ArrayNode all = JSON.createArrayNode();
        all.addAll(bodies);
        return all.toPrettyString() + "\n";
    }
}
