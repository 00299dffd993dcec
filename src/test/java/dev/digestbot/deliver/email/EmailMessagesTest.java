package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.digestbot.edition.Edition;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a subscriber's mail server receives, checked on GreenMail, a real SMTP server. */
class EmailMessagesTest {
    @TempDir
    Path templates;

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private SmtpConnections connections;
    private EmailSender sender;

    @BeforeEach
    void start() {
        greenMail.start();
        connections =
                new SmtpConnections(Newsletters.plain(greenMail.getSmtp().getPort()), 2, 0, 100, Newsletters.CLOCK);
        sender = new EmailSender(Newsletters.composer(templates), connections, recipient -> {});
    }

    @AfterEach
    void stop() {
        connections.close();
        greenMail.stop();
    }

    @Test
    void aMessageIsTextThenHtmlWithTheListHeadersAndTheReadersOwnUnsubscribeLink() throws Exception {
        sender.send(Newsletters.edition(Newsletters.ferry()), null, "ana@reader.example");

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getFrom()[0]).hasToString("Harbour Digest <news@harbour.example>");
        assertThat(received.getReplyTo()[0]).hasToString("editor@harbour.example");
        assertThat(received.getAllRecipients()[0]).hasToString("ana@reader.example");
        assertThat(received.getSubject()).isEqualTo("Digest #3, 1 May 2025: Ferry timetable doubles evening crossings");
        assertThat(received.getSentDate()).isEqualTo(java.util.Date.from(Newsletters.CLOCK.instant()));
        String link = "https://news.harbour.example/unsubscribe/token-for-ana.reader.example";
        assertThat(received.getHeader("List-Id", null)).isEqualTo("<letter.harbour.example>");
        assertThat(received.getHeader("List-Unsubscribe", null))
                .isEqualTo("<" + link + ">, <mailto:unsubscribe@harbour.example?subject=unsubscribe>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getMessageID()).matches("<digest\\.letter\\.3\\.41\\.[0-9a-f]{16}@harbour\\.example>");

        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent())
                .contains("Ferry timetable doubles evening crossings", "£1.2m", "Unsubscribe: " + link);
        assertThat((String) html.getContent())
                .contains("<h2", "Ferry timetable doubles evening crossings", "£1.2m", "<a href=\"" + link + "\"");
    }

    @Test
    void aResentMessageKeepsItsMessageIdAndAnotherReaderGetsAnother() throws Exception {
        Edition edition = Newsletters.edition(Newsletters.ferry());

        sender.send(edition, null, "ana@reader.example");
        sender.send(edition, null, "ana@reader.example");
        sender.send(edition, null, "ben@reader.example");

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
        assertThat(received[2].getMessageID()).isNotEqualTo(received[0].getMessageID());
        assertThat((String)
                        ((Multipart) received[2].getContent()).getBodyPart(0).getContent())
                .contains("token-for-ben.reader.example")
                .doesNotContain("token-for-ana");
    }

    @Test
    void articleTextIsEscapedInTheHtmlAndLeftReadableInTheText() throws Exception {
        sender.send(Newsletters.edition(Newsletters.hostile()), null, "ana@reader.example");

        Multipart parts = (Multipart) greenMail.getReceivedMessages()[0].getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html)
                .doesNotContain("<script", "<b>", "<img", "javascript:alert(1)\">", "&amp; parking")
                .contains("Council &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;budget&quot; vote")
                .contains("&amp;amp; parking &lt;b&gt;doubles&lt;/b&gt;")
                .contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;")
                .contains("&amp;lt;now&amp;gt;");
        assertThat(text)
                .contains("Council <script>alert('x')</script> & \"budget\" vote")
                .contains("Fees rise 5% &amp; parking <b>doubles</b>");
    }
}
