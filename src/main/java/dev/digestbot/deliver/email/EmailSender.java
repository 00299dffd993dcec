package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;

/**
 * Mails an edition to one subscriber over SMTP. Messages go out over a small pool of connections
 * kept open between messages, as many at once as there are connections (the outbox sends from
 * that many threads), no faster than the pool's rate. A send either reaches the server, fails
 * for this recipient for good (5xx for the address or the message), or fails in a way that may
 * pass (4xx, no connection, a timeout), which the outbox retries with backoff.
 */
public final class EmailSender implements Sender {
    private final EmailComposer composer;
    private final SmtpConnections connections;
    private final Bounces bounces;

    /** @param bounces told of each address the server refuses for good, before the send fails */
    public EmailSender(EmailComposer composer, SmtpConnections connections, Bounces bounces) {
        this.composer = composer;
        this.connections = connections;
        this.bounces = bounces;
    }

    /**
     * Mails {@code edition} to {@code recipient}; {@code rendered} is not used, since each
     * subscriber's bodies are rendered with their own unsubscribe link.
     */
    @Override
    public void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        try {
            connections.send(SmtpFailures.composed(composer, connections.session(), edition, recipient), recipient);
        } catch (RecipientRefusedException e) {
            bounces.refused(recipient);
            throw e;
        }
    }

    /** As many as there are connections. */
    @Override
    public int parallelSends() {
        return connections.size();
    }
}
