package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.edition.Edition;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlSenderTest {
    @TempDir
    Path dir;

    @Test
    void writesOneParseableMessagePerRecipientAndAResendReplacesIt() throws Exception {
        EmlSender sender = new EmlSender(dir.resolve("outbox"), Newsletters.composer(dir.resolve("templates")));
        Edition edition = Newsletters.edition(Newsletters.ferry());

        sender.send(edition, null, "ana@reader.example");
        sender.send(edition, null, "ben@reader.example");
        sender.send(edition, null, "ana@reader.example");

        Path folder = dir.resolve("outbox").resolve("letter");
        List<Path> files = list(folder);
        assertThat(files)
                .hasSize(2)
                .allMatch(f -> f.getFileName().toString().matches("edition-0003-[0-9a-f]{16}\\.eml"));
        Path ana = folder.resolve(EmlSender.fileName(edition, "ana@reader.example"));
        MimeMessage message;
        try (InputStream in = Files.newInputStream(ana)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getAllRecipients()[0]).hasToString("ana@reader.example");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getMessageID()).endsWith("@harbour.example>");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("Ferry timetable doubles evening crossings");
        assertThat(Files.readString(ana)).doesNotContain("ana@reader.example>").contains("To: ana@reader.example");
    }

    @Test
    void aRecipientThatIsNoAddressFailsForGood() {
        EmlSender sender = new EmlSender(dir.resolve("outbox"), Newsletters.composer(dir.resolve("templates")));

        assertThatThrownBy(() -> sender.send(Newsletters.edition(Newsletters.ferry()), null, "not an address"))
                .isInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining("'not an address' is not a mail address");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
