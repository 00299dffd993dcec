package dev.digestbot.discord;

import static dev.digestbot.discord.BotHarness.NO_MENTIONS;
import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.discord.fake.FakeGuild;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.Snapshots;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands every member uses, answered by the real JDA client from digests in a real
 * database, as the fake Discord receives the answers. One bot serves all tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(15)
class SlashCommandsTest {
    private static final int EPHEMERAL = 64;
    private static final int DEFERRED = 5;

    @TempDir
    static Path dir;

    private Database database;
    private List<StoredDigest> stored;
    private BotHarness bot;

    @BeforeAll
    void start() {
        database = DigestRows.openDatabase(dir);
        TestClock clock = TestClock.at("2026-03-02T08:00:00Z");
        ArticleRepository articles = new ArticleRepository(database, clock);
        stored = NewsDigests.store(articles, clock);
        EditionTrigger noDestinations = new EditionTrigger() {
            @Override
            public List<String> destinations() {
                return List.of();
            }

            @Override
            public PublishedEdition publishNow(String destination) {
                return new PublishedEdition(destination, OptionalInt.empty(), 0, 0, 0);
            }
        };
        bot = new BotHarness(new CommandRegistry(
                articles,
                ZoneId.of("Europe/London"),
                noDestinations,
                () -> {
                    throw new IllegalStateException("no status in this test");
                },
                Optional.empty()));
    }

    @AfterAll
    void stop() {
        bot.close();
        database.close();
    }

    @Test
    void theCommandSetIsRegisteredOnStart() {
        JsonNode registered = bot.awaitOne("PUT", "applications/" + FakeGuild.APPLICATION_ID + "/commands")
                .body();

        Snapshots.assertMatches("discord/digest-command.json", registered.toPrettyString() + "\n");
    }

    @Test
    void latestAnswersWithTheNewestDigestsNewestFirst() {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "latest", Map.of("count", 3));

        JsonNode defer = bot.callback(run);
        assertThat(defer.path("type").asInt()).isEqualTo(DEFERRED);
        assertThat(defer.path("data").path("flags").asInt() & EPHEMERAL)
                .as("seen by all")
                .isZero();
        JsonNode answer = bot.original(run);
        assertThat(titles(answer)).containsExactly(NewsDigests.TRAM, NewsDigests.LONG_TITLE, escapedMarket());
        assertThat(answer.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void latestSplitsWhatDoesNotFitOneMessageOverFollowUps() {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "latest", Map.of("count", 10));

        List<JsonNode> messages = new ArrayList<>();
        messages.add(bot.original(run));
        messages.addAll(bot.followUps(run, 2));

        List<String> titles = new ArrayList<>();
        for (JsonNode message : messages) {
            assertThat(message.path("embeds").size()).isBetween(1, 10);
            assertThat(embedChars(message)).isLessThanOrEqualTo(6000);
            assertThat(message.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
            titles.addAll(titles(message));
        }
        assertThat(titles).hasSize(stored.size());
        assertThat(titles.subList(titles.size() - 3, titles.size()))
                .containsExactly(
                        NewsDigests.BUDGET + ", part 3",
                        NewsDigests.BUDGET + ", part 2",
                        NewsDigests.BUDGET + ", part 1");
    }

    @Test
    void searchAnswersWithTheDigestsThatMatch() {
        FakeInteraction run = bot.discord.dispatchSlashCommand(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "search", Map.of("query", "sandbags"));

        JsonNode answer = bot.original(run);
        assertThat(titles(answer)).containsExactly(NewsDigests.BARRIER);
        assertThat(answer.path("embeds").path(0).path("url").asText())
                .as("the headline links the article")
                .isEqualTo(NewsDigests.URL_BASE + "flood-barrier-on-the-river-wend-approved");
    }

    @Test
    void searchSaysSoWhenNothingMatches() {
        FakeInteraction run = bot.discord.dispatchSlashCommand(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "search", Map.of("query", "@everyone *zeppelin*"));

        JsonNode answer = bot.original(run);
        assertThat(answer.path("content").asText()).isEqualTo("No digests match “\\@everyone \\*zeppelin\\*”.");
        assertThat(answer.path("embeds")).isEmpty();
        assertThat(answer.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void showAnswersWithOneDigestWhoseMentionsCannotPing() {
        long market = idOf(NewsDigests.MARKET);

        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of("id", market));

        JsonNode answer = bot.original(run);
        assertThat(titles(answer)).containsExactly(escapedMarket());
        assertThat(answer.path("embeds").path(0).path("description").asText())
                .contains("\\@here")
                .doesNotContain(" @here");
        assertThat(answer.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void showAnswersAnUnknownIdPrivately() {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of("id", 9999));

        bot.awaitOne("DELETE", run.originalPath());
        JsonNode refusal = bot.followUps(run, 1).get(0);
        assertThat(refusal.path("content").asText())
                .isEqualTo("No digest has the id 9999. Start typing a title in the id field to pick one.");
        assertThat(refusal.path("flags").asInt()).isEqualTo(EPHEMERAL);
        assertThat(refusal.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    @Test
    void theIdAutocompletesOverRecentTitles() {
        FakeInteraction run = bot.discord.dispatchAutocomplete(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of(), "id", OptionType.INTEGER.getKey(), "river");

        JsonNode answer = bot.callback(run);
        assertThat(answer.path("type").asInt()).as("autocomplete result").isEqualTo(8);
        assertThat(answer.path("data").path("choices"))
                .extracting(c -> c.path("name").asText(), c -> c.path("value").asLong())
                .containsExactly(choice(NewsDigests.BARRIER), choice(NewsDigests.LIBRARY));
    }

    @Test
    void withNothingTypedTheNewestTitlesAreOfferedCutToDiscordsLimit() {
        FakeInteraction run = bot.discord.dispatchAutocomplete(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of(), "id", OptionType.INTEGER.getKey(), "");

        JsonNode choices = bot.callback(run).path("data").path("choices");
        assertThat(choices).hasSize(stored.size());
        assertThat(choices.path(0).path("name").asText()).isEqualTo(NewsDigests.TRAM);
        String cut = choices.path(1).path("name").asText();
        assertThat(cut).hasSizeLessThanOrEqualTo(100).endsWith("…");
        assertThat(NewsDigests.LONG_TITLE).startsWith(cut.substring(0, cut.length() - 1));
    }

    @Test
    void subscribeAndUnsubscribeSayPrivatelyThatEmailIsNotConfigured() {
        FakeInteraction subscribe = bot.discord.dispatchSlashCommand(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "subscribe", Map.of("email", "ada@example.org"));
        FakeInteraction unsubscribe =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "unsubscribe", Map.of());

        for (FakeInteraction run : List.of(subscribe, unsubscribe)) {
            assertThat(bot.callback(run).path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
            assertThat(bot.original(run).path("content").asText()).isEqualTo("Email is not configured on this bot.");
        }
    }

    @Test
    void readingCommandsWorkInADirectMessageToo() {
        FakeInteraction run = bot.discord.dispatchDirectMessageCommand(MEMBER_ID, "digest", "latest", Map.of());

        assertThat(titles(bot.original(run))).hasSize(LatestCommand.DEFAULT_COUNT);
    }

    private Tuple choice(String title) {
        return tuple(title, idOf(title));
    }

    private long idOf(String title) {
        return stored.stream()
                .filter(d -> d.digest().title().equals(title))
                .findFirst()
                .orElseThrow()
                .versionId();
    }

    private static List<String> titles(JsonNode message) {
        return StreamSupport.stream(message.path("embeds").spliterator(), false)
                .map(e -> e.path("title").asText())
                .toList();
    }

    private static int embedChars(JsonNode message) {
        int chars = 0;
        for (JsonNode embed : message.path("embeds")) {
            chars += embed.path("title").asText().length()
                    + embed.path("description").asText().length();
            chars += embed.path("footer").path("text").asText().length();
            for (JsonNode field : embed.path("fields")) {
                chars += field.path("name").asText().length()
                        + field.path("value").asText().length();
            }
        }
        return chars;
    }

    private static String escapedMarket() {
        return NewsDigests.MARKET.replace("@", "\\@");
    }
}
