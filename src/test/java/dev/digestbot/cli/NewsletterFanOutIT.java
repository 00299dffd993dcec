package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One edition fanned out to a few hundred readers by the packaged bot, over pooled SMTP
 * connections at a rate that makes the fan-out take seconds, broken in the middle: by the mail
 * server going away and coming back, and by the bot being killed and started again. Nobody may be
 * skipped, and nobody may get a copy more than what was on its way when the bot died.
 */
class NewsletterFanOutIT {
    private static final int READERS = 200;
    private static final int CONNECTIONS = 4;
    /** Messages a second: the fan-out takes five seconds, time enough to break it halfway. */
    private static final int RATE = 40;

    private static final String TIDE = """
            ---
            title: Spring tide floods the lower promenade
            ---

            The lower promenade in Saltwick was closed for three hours on Sunday after a spring tide \
            pushed seawater over the railings at high water.

            Council staff put out barriers at 06:30 and reopened the path at 09:45, once the water had \
            drained back through the storm gullies.

            "It was the highest tide we have recorded here in eleven years," said harbour master Nell \
            Aston. "Nobody was hurt and the sea wall did its job."

            Two cafés on the front opened late. The council will inspect the gullies this week.
            """;

    @TempDir
    Path home;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private NewsletterHome letter;

    @BeforeEach
    void startSmtp() {
        // a connection broken mid-message, as an outage does, ends GreenMail's handler thread with an
        // uncaught exception, which Awaitility would otherwise report as this test's failure
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        smtp.start();
        letter = new NewsletterHome(home);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        Awaitility.reset();
    }

    @Test
    void anSmtpOutageMidFanOutEndsWithExactlyOneCopyForEveryReader() throws Exception {
        List<String> readers;
        try (SmtpOutage port = new SmtpOutage(smtp.getSmtp().getPort())) {
            letter.writeConfig(port.port(), CONNECTIONS, RATE, NewsletterHome.EVERY_SECOND);
            readers = letter.importReaders(READERS);
            try (BotProcess bot = BotProcess.start(home)) {
                BotProcess.drop(home, "tide.md", TIDE);
                await().atMost(Duration.ofSeconds(30)).until(() -> received() >= READERS / 4);
                port.down();
                await().atMost(Duration.ofSeconds(20)).until(() -> bot.logged("failed on attempt"));
                assertThat(received()).as("sent before the server came back").isLessThan(READERS);
                port.up();
                await().atMost(Duration.ofSeconds(40)).until(() -> letter.rows("sent") == READERS);
                // a pass says in one line what it did; readers are not listed one by one
                await().atMost(Duration.ofSeconds(10)).until(() -> bot.logged("Outbox pass for letter: "));
                assertThat(bot.count(" sent on attempt ")).isZero();
            }
            assertThat(letter.retriedRows()).as("rows the outage made wait").isPositive();
        }
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(ReceivedMail.perRecipient(messages))
                .containsOnlyKeys(readers)
                .allSatisfy((reader, copies) -> assertThat(copies).as(reader).isEqualTo(1));
        assertThat(ReceivedMail.perMessageId(messages)).hasSize(READERS);
    }

    @Test
    void aBotKilledMidFanOutSkipsNobodyAndRepeatsAtMostTheMessagesInFlight() throws Exception {
        letter.writeConfig(smtp.getSmtp().getPort(), CONNECTIONS, RATE, NewsletterHome.EVERY_SECOND);
        List<String> readers = letter.importReaders(READERS);
        BotProcess killed = BotProcess.start(home);
        try {
            BotProcess.drop(home, "tide.md", TIDE);
            await().atMost(Duration.ofSeconds(30)).until(() -> received() >= READERS / 4);
        } finally {
            killed.kill();
        }
        assertThat(received()).as("sent before the kill").isLessThan(READERS);
        int leased = letter.leasedRows();
        assertThat(leased).as("rows the killed bot held").isPositive();

        try (BotProcess restarted = BotProcess.start(home)) {
            // the dead bot's journal: what it sent is marked sent, what it held unsent is freed,
            // so everything left goes out now rather than when the dead bot's leases run out
            await().atMost(Duration.ofSeconds(30)).until(() -> letter.rows("sent") == READERS);
            Matcher replay = Pattern.compile(
                            "Replayed sent journal \\S+: (\\d+) outbox row\\(s\\) .* marked sent, (\\d+) it held unsent freed")
                    .matcher(restarted.log());
            assertThat(replay.find())
                    .as("replay in the log:%n%s", restarted.log())
                    .isTrue();
            assertThat(Integer.parseInt(replay.group(1)) + Integer.parseInt(replay.group(2)))
                    .as("every row the dead bot held is accounted for")
                    .isEqualTo(leased);
        }
        MimeMessage[] messages = smtp.getReceivedMessages();
        Map<String, Long> copies = ReceivedMail.perRecipient(messages);
        assertThat(copies).containsOnlyKeys(readers);
        assertThat(copies.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        long repeated = copies.values().stream().mapToLong(n -> n - 1).sum();
        assertThat(repeated)
                .as("copies sent twice: at most one per connection was in flight")
                .isLessThanOrEqualTo(CONNECTIONS);
        assertThat(ReceivedMail.perMessageId(messages))
                .as("a copy sent again is the same message to the reader's mail server")
                .hasSize(READERS);
    }

    private int received() {
        return smtp.getReceivedMessages().length;
    }
}
