package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.deliver.PublishResult;
import dev.digestbot.discord.EmailSignup;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.SeenFile;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.store.SubscriberStatus;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import dev.digestbot.web.ConfirmOutcome;
import dev.digestbot.web.SubscribeOutcome;
import dev.digestbot.web.UnsubscribeOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsletter as the running bot joins it up — subscriber store, confirmation mail, outbox,
 * unsubscribe links — over a real app and database and GreenMail as the SMTP server.
 */
class NewsletterFlowTest {
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https://news\\.example\\.org/confirm/([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("<https://news\\.example\\.org/unsubscribe/([0-9]+\\.[A-Za-z0-9_-]+)>");

    @TempDir
    Path home;

    private final TestClock clock = TestClock.at("2026-06-01T07:00:00Z");
    private GreenMail greenMail;
    private App app;

    @BeforeEach
    void start() throws Exception {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        Path config = HomeConfig.write(home, """
                smtp:
                  host: 127.0.0.1
                  port: %2$d
                  security: none
                web:
                  base-url: https://news.example.org/
                destinations:
                  letter:
                    type: email
                    cron: "0 0 7 * * ?"
                    daily-cron: "0 0 18 * * ?"
                    from: "Harbour Digest <news@harbour.example>"
                """, greenMail.getSmtp().getPort());
        app = App.open(new ConfigLoader(Map.of()).load(config, true), clock);
    }

    @AfterEach
    void stop() {
        app.close();
        greenMail.stop();
    }

    @Test
    void subscribeConfirmReceiveUnsubscribeAndReceiveNothingMore() throws Exception {
        NewsletterSignup signup = app.signup().orElseThrow();

        assertThat(signup.subscribe("ada@reader.example", Cadence.EVERY)).isEqualTo(SubscribeOutcome.CONFIRMATION_SENT);
        MimeMessage confirmation = onlyMessageTo("ada@reader.example");
        assertThat(confirmation.getSubject()).isEqualTo("Confirm your subscription to Harbour Digest");
        String token = find(CONFIRM_LINK, parts(confirmation).get(0));
        publish("Ferry timetable changes"); // before confirming: nobody gets it
        assertThat(greenMail.getReceivedMessages()).hasSize(1);

        assertThat(signup.confirm(token)).isEqualTo(ConfirmOutcome.CONFIRMED);
        assertThat(signup.confirm(token)).isEqualTo(ConfirmOutcome.ALREADY_USED);
        assertThat(signup.subscribe("ada@reader.example", Cadence.EVERY)).isEqualTo(SubscribeOutcome.ALREADY_ACTIVE);
        PublishResult edition = publish("Harbour wall repaired");
        assertThat(edition.deliveries().sent()).isEqualTo(1);
        MimeMessage digest = greenMail.getReceivedMessages()[1];
        assertThat(digest.getSubject()).contains("Harbour wall repaired");
        String header = digest.getHeader("List-Unsubscribe", ",");
        String leave = find(UNSUBSCRIBE_LINK, header);
        assertThat(parts(digest))
                .hasSize(2)
                .allSatisfy(body -> assertThat(body).contains("https://news.example.org/unsubscribe/" + leave));

        assertThat(signup.unsubscribe(leave)).isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        assertThat(signup.unsubscribe(leave)).isEqualTo(UnsubscribeOutcome.ALREADY_UNSUBSCRIBED);
        assertThat(signup.unsubscribe(leave + "x")).isEqualTo(UnsubscribeOutcome.UNKNOWN);
        publish("Lighthouse open to visitors");

        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aDiscordUserSubscribesAndLeavesWithoutTheAddress() throws Exception {
        NewsletterSignup signup = app.signup().orElseThrow();
        assertThat(signup.subscribe("not an address", Cadence.EVERY, "123456789012345678"))
                .isEqualTo(EmailSignup.Result.NOT_AN_ADDRESS);
        // daily is offered here; weekly is not, so it would be every edition
        assertThat(signup.subscribe("bo@reader.example", Cadence.DAILY, "123456789012345678"))
                .isEqualTo(EmailSignup.Result.STARTED);
        assertThat(app.subscribers().find("bo@reader.example").orElseThrow().cadence())
                .isEqualTo(Cadence.DAILY);
        signup.confirm(
                find(CONFIRM_LINK, parts(onlyMessageTo("bo@reader.example")).get(0)));

        assertThat(signup.unsubscribeUser("999999999999999999")).isZero();
        assertThat(signup.unsubscribeUser("123456789012345678")).isEqualTo(1);
        assertThat(publish("Harbour wall repaired").deliveries().sent()).isZero();
    }

    @Test
    void readersWhoChoseDailyGetOneRollUpOfTheDayInsteadOfEachEdition() throws Exception {
        app.subscribers().add("ada@reader.example", Cadence.EVERY, true);
        app.subscribers().add("bo@reader.example", Cadence.DAILY, true);
        // weekly is not offered here, so this reader gets every edition
        app.subscribers().add("cy@reader.example", Cadence.WEEKLY, true);

        publish("Harbour wall repaired");
        publish("Ferry timetable changes");
        PublishResult rollup = app.publish("letter.daily");

        assertThat(rollup.deliveries().sent()).isEqualTo(1);
        assertThat(subjectsTo("ada@reader.example")).hasSize(2);
        assertThat(subjectsTo("cy@reader.example")).hasSize(2);
        assertThat(subjectsTo("bo@reader.example"))
                .singleElement()
                .satisfies(subject -> assertThat(subject).contains("Harbour wall repaired", "and 1 more"));
        assertThat(app.publish("letter.daily").edition())
                .as("nothing new since the roll-up")
                .isEmpty();
    }

    @Test
    void aReaderWhoSignsUpAgainForDailyGetsEveryEditionUntilConfirmingThenOneRollUp() throws Exception {
        NewsletterSignup signup = app.signup().orElseThrow();
        app.subscribers().add("ada@reader.example", Cadence.EVERY, true);

        assertThat(signup.subscribe("ada@reader.example", Cadence.DAILY)).isEqualTo(SubscribeOutcome.CONFIRMATION_SENT);
        MimeMessage change = onlyMessageTo("ada@reader.example");
        assertThat(change.getSubject()).isEqualTo("Confirm how often you get Harbour Digest");
        assertThat(publish("Harbour wall repaired").deliveries().sent())
                .as("before confirming, every edition as before")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(signup.confirm(find(CONFIRM_LINK, parts(change).get(0)))).isEqualTo(ConfirmOutcome.CONFIRMED);
        assertThat(publish("Ferry timetable changes").deliveries().sent()).isZero();
        assertThat(app.publish("letter.daily").deliveries().sent()).isEqualTo(1);

        assertThat(subjectsTo("ada@reader.example"))
                .hasSize(3)
                .last()
                .as("the day's roll-up: everything since the last roll-up, the edition she had included")
                .satisfies(subject -> assertThat(subject).contains("Harbour wall repaired", "and 1 more"));
    }

    @Test
    void aQueuedMessageToSomeoneNoLongerSubscribedIsNotSentAndSaysWhy() {
        app.subscribers().add("ada@reader.example", Cadence.EVERY, true);
        app.subscribers().add("gone@reader.example", Cadence.EVERY, true);
        app.subscribers().stop("gone@reader.example", SubscriberStatus.UNSUBSCRIBED);
        StoredDigest digest = store("Harbour wall repaired");
        // queued while both were readers, as before an outage and a restart
        app.editions()
                .create("letter", List.of(digest), List.of(), List.of("ada@reader.example", "gone@reader.example"));

        app.worker().sendDue();

        assertThat(greenMail.getReceivedMessages())
                .extracting(NewsletterFlowTest::recipients)
                .containsExactly("ada@reader.example");
        assertThat(app.deliveries().list("letter"))
                .filteredOn(d -> d.recipient().equals("gone@reader.example"))
                .singleElement()
                .satisfies(d -> assertThat(d.lastError()).isEqualTo("not sent: the reader is no longer a subscriber"));
    }

    @Test
    void aConfirmationThatCannotBeSentLeavesTheAddressPendingAndSaysSo() {
        greenMail.stop();

        assertThat(app.signup().orElseThrow().subscribe("ada@reader.example", Cadence.EVERY))
                .isEqualTo(SubscribeOutcome.NOT_SENT);
        assertThat(app.subscribers()
                        .find("ada@reader.example")
                        .orElseThrow()
                        .status()
                        .label())
                .isEqualTo("pending");
    }

    private PublishResult publish(String title) {
        store(title);
        return app.publish("letter");
    }

    private StoredDigest store(String title) {
        clock.advance(Duration.ofMinutes(5));
        String hash = String.format("%064x", title.hashCode() & 0xffffffffL);
        return app.articles()
                .storeVersion(
                        new SeenFile(title + ".txt", 10, clock.instant(), hash),
                        DigestRows.digest(title),
                        ArticleMetadata.NONE,
                        title + ".")
                .orElseThrow();
    }

    private MimeMessage onlyMessageTo(String address) throws Exception {
        List<MimeMessage> to = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).equals(address))
                .toList();
        assertThat(to).hasSize(1);
        return to.get(0);
    }

    private List<String> subjectsTo(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (recipients(message).equals(address)) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    /** The decoded bodies of a multipart/alternative message: text, then HTML. */
    private static List<String> parts(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < alternative.getCount(); i++) {
            bodies.add((String) alternative.getBodyPart(i).getContent());
        }
        return bodies;
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new AssertionError("a received message without readable recipients", e);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
