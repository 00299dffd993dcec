package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.edition.ConfirmationRenderer;
import dev.digestbot.edition.RenderedMail;
import dev.digestbot.store.Cadence;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Mails a new subscriber the link that confirms their subscription: from the newsletter's
 * address, text and HTML, sent at once over the shared SMTP connections or, with no server, kept
 * as an {@code .eml} file under {@code <outbox>/confirmations/}.
 */
public final class ConfirmationMailer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ConfirmationRenderer renderer;
    private final Newsletter newsletter;
    private final Outgoing outgoing;
    private final Clock clock;
    private final ZoneId zone;

    /** Where a built message goes: built in {@code session}, handed to {@code send}. */
    private record Outgoing(Session session, Send send) {}

    @FunctionalInterface
    private interface Send {
        void to(MimeMessage message, String recipient) throws TransientDeliveryException, PermanentDeliveryException;
    }

    private ConfirmationMailer(
            ConfirmationRenderer renderer, Newsletter newsletter, Outgoing outgoing, Clock clock, ZoneId zone) {
        this.renderer = renderer;
        this.newsletter = newsletter;
        this.outgoing = outgoing;
        this.clock = clock;
        this.zone = zone;
    }

    /** Sends confirmation mails over {@code connections}; link expiry days are given in {@code zone}. */
    public static ConfirmationMailer overSmtp(
            ConfirmationRenderer renderer,
            Newsletter newsletter,
            SmtpConnections connections,
            Clock clock,
            ZoneId zone) {
        return new ConfirmationMailer(
                renderer, newsletter, new Outgoing(connections.session(), connections::send), clock, zone);
    }

    /** Keeps confirmation mails as files in {@code <outbox>/confirmations/}. */
    public static ConfirmationMailer intoFiles(
            ConfirmationRenderer renderer, Newsletter newsletter, Path outbox, Clock clock, ZoneId zone) {
        Path folder = outbox.resolve("confirmations");
        Send write = (message, recipient) -> EmlFiles.write(
                folder,
                "confirm-" + clock.instant().getEpochSecond() + "-" + Recipients.hash(recipient) + ".eml",
                message);
        return new ConfirmationMailer(
                renderer, newsletter, new Outgoing(Session.getInstance(new Properties()), write), clock, zone);
    }

    /**
     * Mails {@code recipient} the link {@code confirmUrl}, which works until {@code expiresAt}.
     *
     * @throws PermanentDeliveryException when the address is refused for good (not an address, or
     *     the server's 5xx)
     * @throws TransientDeliveryException when the server cannot take it now
     */
    public void send(String recipient, URI confirmUrl, Instant expiresAt, Optional<Cadence> cadenceChange)
            throws TransientDeliveryException, PermanentDeliveryException {
        RenderedMail mail = renderer.render(
                name(),
                confirmUrl.toString(),
                DAY.format(expiresAt.atZone(zone)),
                cadenceChange.map(ConfirmationMailer::howOften));
        MimeMessage message;
        try {
            message = build(mail, new InternetAddress(recipient, true));
        } catch (AddressException e) {
            throw SmtpFailures.notAnAddress(recipient, e);
        } catch (MessagingException e) {
            throw new PermanentDeliveryException("cannot build the confirmation mail: " + e.getMessage(), e);
        }
        outgoing.send().to(message, recipient);
    }

    /** A cadence as the mail says it: "You asked to get NEWSLETTER once a week from now on." */
    private static String howOften(Cadence cadence) {
        return switch (cadence) {
            case EVERY -> "with every edition";
            case DAILY -> "at most once a day";
            case WEEKLY -> "at most once a week";
        };
    }

    /** The newsletter as readers know it: the name in its From address, else its list id. */
    private String name() {
        String personal = newsletter.from().getPersonal();
        return personal == null || personal.isBlank() ? newsletter.listId() : personal;
    }

    private MimeMessage build(RenderedMail mail, InternetAddress to) throws MessagingException {
        String id = "<confirm." + HexFormat.of().formatHex(randomBytes()) + "@" + newsletter.domain() + ">";
        MimeMessage message = newsletter.message(outgoing.session(), id, to, mail.subject(), clock.instant());
        // an automatic mail: out-of-office replies should not answer it (RFC 3834)
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setContent(EmailComposer.alternative(mail.text(), mail.html()));
        message.saveChanges();
        return message;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
