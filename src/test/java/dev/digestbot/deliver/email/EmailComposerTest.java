package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.summarize.ArticleDigest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages built from one rendering per edition, checked as a mail client reads them. */
class EmailComposerTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    @TempDir
    Path templates;

    @Test
    void eachReadersBodiesAreExactlyTheEditionRenderedForThem() throws Exception {
        EditionRenderer renderer = new EditionRenderer(templates, ZoneOffset.UTC);
        EmailComposer composer = new EmailComposer(renderer, Newsletters.LETTER, Newsletters.LINKS, Newsletters.CLOCK);

        for (Edition edition :
                List.of(Newsletters.edition(Newsletters.ferry()), Newsletters.edition(Newsletters.hostile()))) {
            for (String reader : List.of("ana@reader.example", "ben@reader.example")) {
                RenderedEdition expected = renderer.renderEmail(
                        edition, Newsletters.LINKS.of(reader).orElseThrow().toString());
                MimeMessage received = written(composer.compose(SESSION, edition, reader));

                assertThat(received.getSubject()).isEqualTo(expected.subject());
                assertThat(body(received, 0)).isEqualTo(expected.text());
                assertThat(body(received, 1)).isEqualTo(expected.html());
            }
        }
    }

    @Test
    void bothPartsAreQuotedPrintableWithShortLines() throws Exception {
        EmailComposer composer = Newsletters.composer(templates);

        MimeMessage message = composer.compose(SESSION, Newsletters.edition(Newsletters.ferry()), "ana@reader.example");
        String wire = wire(message);

        Multipart parts = (Multipart) written(message).getContent();
        for (int i = 0; i < 2; i++) {
            assertThat(parts.getBodyPart(i).getHeader("Content-Transfer-Encoding"))
                    .containsExactly("quoted-printable");
        }
        String body = wire.substring(wire.indexOf("\r\n\r\n"));
        assertThat(body).contains("=C2=A31.2m").doesNotContain("£");
        assertThat(body.lines()).allMatch(line -> line.length() <= 76);
    }

    @Test
    void editionsSharingAnIdAndMoreEditionsThanAreKeptEachGetTheirOwnText() throws Exception {
        EmailComposer composer = Newsletters.composer(templates);
        List<Edition> drafts = IntStream.range(0, 7)
                .mapToObj(i -> Newsletters.edition(new ArticleDigest(
                        "news/" + i + ".txt",
                        "Headline number " + i,
                        List.of("Body " + i + "."),
                        List.of(),
                        List.of())))
                .toList();

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < drafts.size(); i++) {
                MimeMessage message = written(composer.compose(SESSION, drafts.get(i), "ana@reader.example"));
                assertThat(body(message, 0)).contains("Headline number " + i).doesNotContain("number " + (i + 1));
            }
        }
    }

    @Test
    void jakartaMailLoadsItsStreamProviderByName() {
        Newsletters.composer(templates);

        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }

    /** A body as its client shows it; lines end in CRLF on the wire, as MIME wants for text. */
    private static String body(MimeMessage message, int part) throws Exception {
        BodyPart body = ((Multipart) message.getContent()).getBodyPart(part);
        return ((String) body.getContent()).replace("\r\n", "\n");
    }

    /** The message as a client gets it: written out and parsed again. */
    private static MimeMessage written(MimeMessage message) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire(message).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String wire(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
