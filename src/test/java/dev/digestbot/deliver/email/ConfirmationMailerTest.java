package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.edition.ConfirmationRenderer;
import dev.digestbot.store.Cadence;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail that asks a new subscriber to confirm, over SMTP and as a file. */
class ConfirmationMailerTest {
    private static final URI LINK = URI.create("https://news.harbour.example/confirm/abc_DEF-123");

    @TempDir
    Path dir;

    @Test
    void aConfirmationMailCarriesTheLinkInBothBodiesFromTheNewsletter() throws Exception {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        try (SmtpConnections connections =
                new SmtpConnections(Newsletters.plain(greenMail.getSmtp().getPort()), 1, 0, 100, Newsletters.CLOCK)) {
            ConfirmationMailer.overSmtp(renderer(), Newsletters.LETTER, connections, Newsletters.CLOCK, zone())
                    .send("ada@reader.example", LINK, Newsletters.CREATED.plusSeconds(7 * 86_400), Optional.empty());

            MimeMessage mail = greenMail.getReceivedMessages()[0];
            assertThat(mail.getSubject()).isEqualTo("Confirm your subscription to Harbour Digest");
            assertThat(mail.getHeader("From", null)).isEqualTo("Harbour Digest <news@harbour.example>");
            assertThat(mail.getHeader("Reply-To", null)).isEqualTo("editor@harbour.example");
            assertThat(mail.getHeader("To", null)).isEqualTo("ada@reader.example");
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(mail.getMessageID()).matches("<confirm\\.[0-9a-f]{24}@harbour\\.example>");
            assertThat(mail.getHeader("List-Unsubscribe"))
                    .as("no list mail yet")
                    .isNull();
            List<String> bodies = bodies(mail);
            assertThat(bodies.get(0)).contains(LINK.toString(), "until 8 May 2025");
            assertThat(bodies.get(1)).contains("href=\"" + LINK + "\"").contains("until 8 May 2025");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void withoutAServerTheMailIsKeptAsAFileUnderConfirmations() throws Exception {
        Path outbox = dir.resolve("outbox");
        ConfirmationMailer.intoFiles(renderer(), Newsletters.LETTER, outbox, Newsletters.CLOCK, zone())
                .send("ada@reader.example", LINK, Newsletters.CREATED.plusSeconds(86_400), Optional.empty());

        List<Path> files;
        try (var listed = Files.list(outbox.resolve("confirmations"))) {
            files = listed.toList();
        }
        assertThat(files)
                .singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).matches("confirm-[0-9]+-[0-9a-f]+\\.eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getSubject()).isEqualTo("Confirm your subscription to Harbour Digest");
            assertThat(bodies(mail).get(0)).contains(LINK.toString());
        }
    }

    @Test
    void aReaderAskingForAnotherCadenceIsAskedToConfirmTheChangeNotToSubscribe() throws Exception {
        Path outbox = dir.resolve("outbox");
        ConfirmationMailer.intoFiles(renderer(), Newsletters.LETTER, outbox, Newsletters.CLOCK, zone())
                .send("ada@reader.example", LINK, Newsletters.CREATED.plusSeconds(86_400), Optional.of(Cadence.WEEKLY));

        Path file;
        try (var listed = Files.list(outbox.resolve("confirmations"))) {
            file = listed.findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getSubject()).isEqualTo("Confirm how often you get Harbour Digest");
            List<String> bodies = bodies(mail);
            assertThat(bodies.get(0))
                    .startsWith("You asked to get Harbour Digest at most once a week from now on.")
                    .contains(LINK.toString(), "If you did not ask for this, ignore this mail")
                    .doesNotContain("subscription");
            assertThat(bodies.get(1))
                    .contains("at most once a week", "Confirm the change", "href=\"" + LINK + "\"")
                    .doesNotContain("Confirm my subscription");
        }
    }

    @Test
    void anAddressThatIsNoAddressFailsForGood() {
        ConfirmationMailer mailer = ConfirmationMailer.intoFiles(
                renderer(), Newsletters.LETTER, dir.resolve("outbox"), Newsletters.CLOCK, zone());

        assertThatThrownBy(() -> mailer.send("not an address", LINK, Newsletters.CREATED, Optional.empty()))
                .isInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining("is not a mail address");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    private ConfirmationRenderer renderer() {
        return new ConfirmationRenderer(dir.resolve("templates"));
    }

    private static ZoneId zone() {
        return ZoneId.of("Europe/London");
    }

    private static List<String> bodies(MimeMessage mail) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        return List.of((String) alternative.getBodyPart(0).getContent(), (String)
                alternative.getBodyPart(1).getContent());
    }
}
