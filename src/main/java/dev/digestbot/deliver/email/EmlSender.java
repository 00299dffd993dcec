package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Writes each message, exactly as {@link EmailSender} would send it, to {@code
 * <outbox>/<destination>/edition-0003-<recipient hash>.eml}, for a bot with no SMTP server: the
 * first run shows real mail that any mail client opens. Each file is written under a temporary
 * name and moved into place, and its name depends only on the edition and the recipient, so a
 * resend after a crash replaces the file instead of adding a copy.
 */
public final class EmlSender implements Sender {
    private final Path outbox;
    private final EmailComposer composer;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param outbox the folder holding one folder of messages per destination, such as {@code
     *     data/outbox}
     */
    public EmlSender(Path outbox, EmailComposer composer) {
        this.outbox = outbox;
        this.composer = composer;
    }

    @Override
    public void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        MimeMessage message = SmtpFailures.composed(composer, session, edition, recipient);
        EmlFiles.write(outbox.resolve(edition.destination()), fileName(edition, recipient), message);
    }

    /** {@code edition-0003-1f2e3d4c5b6a7988.eml}. */
    static String fileName(Edition edition, String recipient) {
        return String.format("edition-%04d-%s.eml", edition.number(), Recipients.hash(recipient));
    }
}
