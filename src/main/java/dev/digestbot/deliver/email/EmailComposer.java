package dev.digestbot.deliver.email;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.EmailForReaders;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the message one subscriber gets: multipart/alternative with the text body first and the
 * HTML body last (the one clients prefer), both carrying that subscriber's own unsubscribe link,
 * and the list headers of RFC 2369, 2919 and 8058. The Message-ID depends only on the edition and
 * the recipient, so a message sent again after a lost reply is recognisable as the same message.
 *
 * <p>The templates run once per edition, not per subscriber: the last few editions' renderings
 * are kept, and each subscriber's link is put into them. Both parts are quoted-printable, which
 * every client reads, so Jakarta Mail need not scan each body to choose an encoding.
 */
public final class EmailComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String QUOTED_PRINTABLE = "quoted-printable";

    /** Renderings kept: the edition going out, and a few whose retries may still be due. */
    private static final int EDITIONS_KEPT = 4;

    static {
        // once for the JVM, before any part of an edition or a confirmation mail is made
        MailStreams.nameTheProvider();
    }

    private final EditionRenderer renderer;
    private final Newsletter newsletter;
    private final UnsubscribeLinks links;
    private final Clock clock;
    private final Map<Long, Rendering> renderings = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Rendering> eldest) {
            return size() > EDITIONS_KEPT;
        }
    };

    public EmailComposer(EditionRenderer renderer, Newsletter newsletter, UnsubscribeLinks links, Clock clock) {
        this.renderer = renderer;
        this.newsletter = newsletter;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The message of {@code edition} to {@code recipient}, ready to send.
     *
     * @throws MessagingException when {@code recipient} is not a mail address ({@link
     *     jakarta.mail.internet.AddressException}) or the message cannot be built
     */
    public MimeMessage compose(Session session, Edition edition, String recipient) throws MessagingException {
        InternetAddress to = new InternetAddress(recipient, true);
        URI unsubscribe = links.of(recipient).orElseThrow(ReaderGoneException::new);
        Rendering bodies = forReaders(edition);
        String link = unsubscribe.toString();
        MimeMessage message = newsletter.message(
                session, messageId(edition, recipient), to, bodies.forReaders().subject(), clock.instant());
        message.setHeader("List-Id", "<" + newsletter.listId() + ">");
        message.setHeader("List-Unsubscribe", listUnsubscribe(unsubscribe));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setContent(new MimeMultipart(
                "alternative",
                part(bodies.text().with(link), "plain"),
                part(bodies.html().with(bodies.forReaders().htmlLink(link)), "html")));
        message.saveChanges();
        return message;
    }

    /** {@code <edition id.number.hash@domain>}: the same for every send of this edition to this recipient. */
    String messageId(Edition edition, String recipient) {
        return "<digest." + edition.destination() + "." + edition.number() + "." + edition.id() + "."
                + Recipients.hash(recipient) + "@" + newsletter.domain() + ">";
    }

    /**
     * The edition rendered and encoded for its readers, from the kept renderings when it is there.
     * Two threads asking for a new edition at once may both render it; that costs time once,
     * nothing else.
     */
    private Rendering forReaders(Edition edition) throws MessagingException {
        synchronized (renderings) {
            Rendering kept = renderings.get(edition.id());
            // the id alone is not enough: drafts share one, and tests build editions freely
            if (kept != null && kept.edition().equals(edition)) {
                return kept;
            }
        }
        EmailForReaders bodies = renderer.renderEmailForReaders(edition);
        Rendering rendering = new Rendering(
                edition, bodies, SplicedBody.of(bodies.textPieces()), SplicedBody.of(bodies.htmlPieces()));
        synchronized (renderings) {
            renderings.put(edition.id(), rendering);
        }
        return rendering;
    }

    private String listUnsubscribe(URI unsubscribe) {
        String header = "<" + unsubscribe.toASCIIString() + ">";
        return newsletter
                .unsubscribeMailto()
                .map(mailto -> header + ", <mailto:" + mailto + "?subject=unsubscribe>")
                .orElse(header);
    }

    /** Text first and HTML last: clients show the last part they can. */
    static MimeMultipart alternative(String textBody, String htmlBody) throws MessagingException {
        return new MimeMultipart(
                "alternative", part(SplicedBody.encode(textBody), "plain"), part(SplicedBody.encode(htmlBody), "html"));
    }

    /**
     * A part whose body is encoded already: Jakarta Mail then copies the bytes to the server as
     * they are, where it would otherwise encode the text a byte at a time straight into the
     * connection's stream.
     */
    private static MimeBodyPart part(byte[] encoded, String subtype) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=" + UTF_8);
        headers.setHeader("Content-Transfer-Encoding", QUOTED_PRINTABLE);
        return new MimeBodyPart(headers, encoded);
    }

    /** An edition's bodies, rendered and encoded once for all its readers. */
    private record Rendering(Edition edition, EmailForReaders forReaders, SplicedBody text, SplicedBody html) {}
}
