package dev.digestbot.discord;

import static dev.digestbot.discord.BotHarness.NO_MENTIONS;
import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.OWNER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.FailedFile;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /digest now} and {@code /digest status}, which need Manage Server, and what members see
 * when a command fails. This bot's digests live in a database that is already closed, so every
 * command that reads digests fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(15)
class AdminCommandsTest {
    private static final int EPHEMERAL = 64;
    private static final Instant DAILY_AT = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant FAILED_AT = Instant.parse("2026-03-01T22:15:00Z");

    @TempDir
    static Path dir;

    private final List<String> published = new CopyOnWriteArrayList<>();
    private volatile boolean statusBroken;
    private BotHarness bot;

    @BeforeAll
    void start() {
        Database closed = DigestRows.openDatabase(dir);
        closed.close();
        ArticleRepository articles = new ArticleRepository(closed, TestClock.at("2026-03-02T08:00:00Z"));
        bot = new BotHarness(
                new CommandRegistry(articles, ZoneId.of("UTC"), new Trigger(), this::status, Optional.empty()));
    }

    @AfterAll
    void stop() {
        bot.close();
    }

    @Test
    void nowByAModeratorPublishesEveryDestinationAndSaysWhatHappenedToEach() {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MODERATOR_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of());

        assertThat(bot.callback(run).path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
        JsonNode answer = bot.original(run);
        assertThat(answer.path("content").asText())
                .isEqualTo("edition 4 of daily: 2 channel(s) sent\n"
                        + "nothing new for weekly\n"
                        + "could not publish archive: the archive folder is read-only");
        assertThat(answer.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
        assertThat(published).containsSubsequence("daily", "weekly", "archive");
    }

    @Test
    void nowWithADestinationPublishesOnlyThatOne() {
        int before = published.size();
        FakeInteraction run = bot.discord.dispatchSlashCommand(
                OWNER_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of("destination", "weekly"));

        assertThat(bot.original(run).path("content").asText()).isEqualTo("nothing new for weekly");
        assertThat(published.subList(before, published.size())).containsExactly("weekly");
    }

    @Test
    void nowWithAnUnknownDestinationNamesTheKnownOnes() {
        FakeInteraction run = bot.discord.dispatchSlashCommand(
                OWNER_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of("destination", "monthly"));

        assertThat(bot.original(run).path("content").asText())
                .isEqualTo("There is no destination called “monthly”. Destinations: daily, weekly, archive.");
    }

    @Test
    void nowIsRefusedPrivatelyForAMemberWithoutManageServer() {
        int before = published.size();
        FakeInteraction run = bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of());

        JsonNode refusal = bot.callback(run);
        assertThat(refusal.path("type").asInt()).as("an immediate reply").isEqualTo(4);
        assertThat(refusal.path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
        assertThat(refusal.path("data").path("content").asText())
                .isEqualTo("/digest now needs the Manage Server permission.");
        assertThat(published).hasSize(before);
    }

    @Test
    void adminCommandsInADirectMessageSayTheyWorkInAServerOnly() {
        FakeInteraction run = bot.discord.dispatchDirectMessageCommand(OWNER_ID, "digest", "status", Map.of());

        JsonNode refusal = bot.callback(run);
        assertThat(refusal.path("data").path("content").asText()).isEqualTo("/digest status works in a server only.");
        assertThat(refusal.path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
    }

    @Test
    void destinationsAutocompleteForAdminsOnly() {
        FakeInteraction admin = bot.discord.dispatchAutocomplete(
                MODERATOR_ID,
                NEWS_CHANNEL_ID,
                "digest",
                "now",
                Map.of(),
                "destination",
                OptionType.STRING.getKey(),
                "LY");
        FakeInteraction member = bot.discord.dispatchAutocomplete(
                MEMBER_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of(), "destination", OptionType.STRING.getKey(), "");

        assertThat(bot.callback(admin).path("data").path("choices"))
                .extracting(c -> c.path("value").asText())
                .containsExactly("daily", "weekly");
        assertThat(bot.callback(member).path("data").path("choices")).isEmpty();
    }

    @Test
    void statusShowsTheOwnerTheOutboxTheLastEditionsAndWhatFailed() {
        FakeInteraction run = bot.discord.dispatchSlashCommand(OWNER_ID, NEWS_CHANNEL_ID, "digest", "status", Map.of());

        assertThat(bot.callback(run).path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
        assertThat(bot.original(run).path("content").asText())
                .isEqualTo("**Outbox** 2 pending · 14 sent · 1 failed\n"
                        + "**Destinations**\n"
                        + "• daily: edition 4, <t:" + DAILY_AT.getEpochSecond() + ":f>\n"
                        + "• weekly: no edition yet\n"
                        + "**Failed deliveries**\n"
                        + "• daily edition 3 to 1400000000000000002: 403 Missing Access\n"
                        + "**Failed files**\n"
                        + "• inbox/broken\\_page.html: not UTF-8 text (<t:" + FAILED_AT.getEpochSecond() + ":f>)");
    }

    @Test
    void aFailingPrivateCommandSaysSoPrivately() {
        statusBroken = true;
        try {
            FakeInteraction run =
                    bot.discord.dispatchSlashCommand(OWNER_ID, NEWS_CHANNEL_ID, "digest", "status", Map.of());

            assertThat(bot.callback(run).path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
            assertThat(bot.original(run).path("content").asText())
                    .isEqualTo("Sorry, /digest status failed. The bot's log has the details.");
        } finally {
            statusBroken = false;
        }
    }

    @Test
    void aFailingPublicCommandTakesBackItsPublicReplyAndSaysSoPrivately() {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "latest", Map.of());

        assertThat(bot.callback(run).path("data").path("flags").asInt() & EPHEMERAL)
                .isZero();
        bot.awaitOne("DELETE", run.originalPath());
        JsonNode apology = bot.followUps(run, 1).get(0);
        assertThat(apology.path("content").asText())
                .isEqualTo("Sorry, /digest latest failed. The bot's log has the details.");
        assertThat(apology.path("flags").asInt()).isEqualTo(EPHEMERAL);
        assertThat(apology.path("allowed_mentions")).isEqualTo(NO_MENTIONS);
    }

    private BotStatus status() {
        if (statusBroken) {
            throw new IllegalStateException("the outbox table is locked");
        }
        return new BotStatus(
                Map.of(DeliveryState.PENDING, 2L, DeliveryState.SENT, 14L, DeliveryState.FAILED, 1L),
                List.of(new DestinationStatus("daily", 4, DAILY_AT), new DestinationStatus("weekly", 0, null)),
                List.of(new Delivery(
                        7,
                        3,
                        3,
                        "daily",
                        "1400000000000000002",
                        DeliveryState.FAILED,
                        1,
                        0,
                        DAILY_AT,
                        null,
                        "403 Missing Access",
                        null)),
                List.of(new FailedFile(1, "inbox/broken_page.html", "broken_page.html", "not UTF-8 text", FAILED_AT)));
    }

    /** Three destinations: one with a new edition, one with nothing new, one that cannot publish. */
    private final class Trigger implements EditionTrigger {
        @Override
        public List<String> destinations() {
            return List.of("daily", "weekly", "archive");
        }

        @Override
        public PublishedEdition publishNow(String destination) {
            published.add(destination);
            return switch (destination) {
                case "daily" -> new PublishedEdition(destination, OptionalInt.of(4), 2, 0, 0);
                case "weekly" -> new PublishedEdition(destination, OptionalInt.empty(), 0, 0, 0);
                default -> throw new IllegalStateException("the archive folder is read-only");
            };
        }
    }
}
