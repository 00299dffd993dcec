package dev.digestbot.discord;

import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.discord.fake.FakeGuild;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.Database;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /digest subscribe} and {@code /digest unsubscribe} on a bot with a newsletter, through the
 * real JDA client and the fake Discord: what they ask of the newsletter and what they answer.
 */
@Timeout(15)
class NewsletterCommandsTest {
    private static final int EPHEMERAL = 64;

    @TempDir
    Path dir;

    private final RecordingSignup signup = new RecordingSignup();
    private Database database;
    private BotHarness bot;

    @BeforeEach
    void start() {
        database = DigestRows.openDatabase(dir);
        TestClock clock = TestClock.at("2026-03-02T08:00:00Z");
        EditionTrigger none = new EditionTrigger() {
            @Override
            public List<String> destinations() {
                return List.of();
            }

            @Override
            public PublishedEdition publishNow(String destination) {
                throw new IllegalStateException("no destinations in this test");
            }
        };
        bot = new BotHarness(new CommandRegistry(
                new ArticleRepository(database, clock),
                ZoneId.of("UTC"),
                none,
                () -> {
                    throw new IllegalStateException("no status in this test");
                },
                Optional.of(signup)));
    }

    @AfterEach
    void stop() {
        bot.close();
        database.close();
    }

    @Test
    void subscribeAsksForAConfirmationOnBehalfOfTheUserAndAnswersAlikeForEveryAddress() {
        signup.answer = EmailSignup.Result.STARTED;

        String reply = privateReply("subscribe", Map.of("email", "  ada@reader.example "));

        assertThat(signup.calls).containsExactly("subscribe ada@reader.example every by " + MEMBER_ID);
        assertThat(reply)
                .isEqualTo("Check the inbox of ada@reader.example: unless it gets the digest already, a mail with a"
                        + " confirmation link is on its way. Nothing is sent until the link is opened.");
    }

    @Test
    void theCadencesOnOfferAreChoicesOfTheCommandAndTheChosenOneIsAskedFor() {
        assertThat(bot.awaitOne("PUT", "applications/" + FakeGuild.APPLICATION_ID + "/commands")
                        .body()
                        .toString())
                .contains("\"name\":\"cadence\"", "\"name\":\"once a week\"", "\"value\":\"weekly\"")
                .doesNotContain("once a day");

        privateReply("subscribe", Map.of("email", "bo@reader.example", "cadence", "weekly"));

        assertThat(signup.calls).containsExactly("subscribe bo@reader.example weekly by " + MEMBER_ID);
    }

    @Test
    void aTextThatIsNoAddressAndAMailThatCannotGoOutAreSaid() {
        signup.answer = EmailSignup.Result.NOT_AN_ADDRESS;
        assertThat(privateReply("subscribe", Map.of("email", "ada at home")))
                .isEqualTo("ada at home is not an email address.");

        signup.answer = EmailSignup.Result.NOT_SENT;
        assertThat(privateReply("subscribe", Map.of("email", "ada@reader.example")))
                .isEqualTo("The confirmation mail could not be sent just now. Please try again later.");
    }

    @Test
    void unsubscribeEndsWhatTheUserStartedAndSaysWhenThereWasNothing() {
        signup.left = 2;
        assertThat(privateReply("unsubscribe", Map.of()))
                .isEqualTo("Unsubscribed: those 2 addresses will get no more newsletters.");
        signup.left = 0;
        assertThat(privateReply("unsubscribe", Map.of())).startsWith("No newsletter subscription started from this");
        assertThat(signup.calls).containsExactly("unsubscribe " + MEMBER_ID, "unsubscribe " + MEMBER_ID);
    }

    private String privateReply(String subcommand, Map<String, Object> options) {
        FakeInteraction run =
                bot.discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", subcommand, options);
        assertThat(bot.callback(run).path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
        return bot.original(run).path("content").asText();
    }

    /** The newsletter's side, recorded: a seam, since the real one is tested with the app. */
    private static final class RecordingSignup implements EmailSignup {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile Result answer = Result.STARTED;
        volatile int left;

        @Override
        public List<Cadence> cadences() {
            return List.of(Cadence.EVERY, Cadence.WEEKLY);
        }

        @Override
        public Result subscribe(String email, Cadence cadence, String discordUser) {
            calls.add("subscribe " + email + " " + cadence.label() + " by " + discordUser);
            return answer;
        }

        @Override
        public int unsubscribeUser(String discordUser) {
            calls.add("unsubscribe " + discordUser);
            return left;
        }
    }
}
