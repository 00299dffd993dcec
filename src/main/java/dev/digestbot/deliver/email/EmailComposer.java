package dev.digestbot.deliver.email;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the message one subscriber gets: multipart/alternative with the text body first and the
 * HTML body last (the one clients prefer), both rendered for that subscriber so that each carries
 * their own unsubscribe link, and the list headers of RFC 2369, 2919 and 8058. The Message-ID
 * depends only on the edition and the recipient, so a message sent again after a lost reply is
 * recognisable as the same message.
 */
public final class EmailComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final EditionRenderer renderer;
    private final Newsletter newsletter;
    private final UnsubscribeLinks links;
    private final Clock clock;

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
        URI unsubscribe = links.of(recipient);
        RenderedEdition bodies = renderer.renderEmail(edition, unsubscribe.toString());
        MimeMessage message = new IdentifiedMessage(session, messageId(edition, recipient));
        message.setFrom(newsletter.from());
        if (newsletter.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] {newsletter.replyTo().get()});
        }
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(bodies.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("List-Id", "<" + newsletter.listId() + ">");
        message.setHeader("List-Unsubscribe", listUnsubscribe(unsubscribe));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setContent(alternative(bodies.text(), bodies.html()));
        message.saveChanges();
        return message;
    }

    /** {@code <edition id.number.hash@domain>}: the same for every send of this edition to this recipient. */
    String messageId(Edition edition, String recipient) {
        return "<digest." + edition.destination() + "." + edition.number() + "." + edition.id() + "."
                + Recipients.hash(recipient) + "@" + newsletter.domain() + ">";
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
        MimeBodyPart text = new MimeBodyPart();
        text.setText(textBody, UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(htmlBody, UTF_8, "html");
        return new MimeMultipart("alternative", text, html);
    }
}
