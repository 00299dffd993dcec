package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.TransientDeliveryException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of SMTP connections to one server, shared by every email destination, opened when
 * first needed and kept open between messages: connecting and greeting the server costs more than
 * sending a message. Taking a connection also honours the rate limit, which is the server's, not a
 * destination's. A connection is opened
 * anew after {@code messagesPerConnection} messages (providers cap messages per connection), after
 * a failure, and when it sat idle long enough that the server may have dropped it and a NOOP says
 * it did.
 */
public final class SmtpConnections implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnections.class);

    /** Idle longer than this, a connection is checked with a NOOP before use. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(10);

    private final SmtpServer server;
    private final Session session;
    private final int messagesPerConnection;
    private final RateLimiter limiter;
    private final Clock clock;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    /**
     * @param size how many connections to keep open and send over at once
     * @param rate the most messages a second over all connections; 0 for no limit
     * @param messagesPerConnection messages sent over one connection before it is opened anew
     */
    public SmtpConnections(SmtpServer server, int size, int rate, int messagesPerConnection, Clock clock) {
        this(server, size, messagesPerConnection, RateLimiter.perSecond(rate), clock);
    }

    SmtpConnections(SmtpServer server, int size, int messagesPerConnection, RateLimiter limiter, Clock clock) {
        if (size < 1 || messagesPerConnection < 1) {
            throw new IllegalArgumentException("need at least one connection and one message per connection");
        }
        this.server = server;
        this.session = server.session();
        this.messagesPerConnection = messagesPerConnection;
        this.limiter = limiter;
        this.clock = clock;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection connection = new Connection();
            all.add(connection);
            idle.add(connection);
        }
    }

    /** The session messages are built in. */
    Session session() {
        return session;
    }

    /** The server, as {@code host:port}, for messages. */
    String server() {
        return server.address();
    }

    /** How many connections there are: how many messages can be on their way at once. */
    public int size() {
        return all.size();
    }

    /**
     * Takes a connection once the rate allows another message, waiting while all are in use, and
     * makes sure it is open. Give it back with {@link #release} whatever happens.
     *
     * @throws MessagingException when the server cannot be reached or refuses the login; the
     *     connection is given back closed
     */
    private Connection acquire() throws InterruptedException, MessagingException {
        limiter.acquire();
        Connection connection = idle.take();
        try {
            connection.open();
            return connection;
        } catch (MessagingException | RuntimeException e) {
            connection.close();
            idle.add(connection);
            throw e;
        }
    }

    /** Gives a connection back; one whose last send failed below SMTP replies is closed first. */
    private void release(Connection connection, boolean healthy) {
        if (!healthy) {
            connection.close();
        }
        connection.lastUsed = clock.instant();
        idle.add(connection);
    }

    /**
     * Sends {@code message} over the next free connection once the rate allows.
     *
     * @param recipient who it is for, as exception messages name them
     * @throws PermanentDeliveryException when the server refuses the recipient or the message for
     *     good (5xx), in its own words
     * @throws TransientDeliveryException when trying again later may work (4xx, no connection, a
     *     refused login, a timeout)
     */
    public void send(MimeMessage message, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        Connection connection;
        try {
            connection = acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDeliveryException("interrupted before the message to " + recipient + " was sent", e);
        } catch (MessagingException e) {
            throw SmtpFailures.passing(e, server());
        }
        try {
            connection.send(message);
        } catch (MessagingException e) {
            Optional<PermanentDeliveryException> refused = SmtpFailures.permanent(e);
            // a refusal of this recipient leaves the connection in order; anything else may not have
            release(connection, refused.isPresent());
            if (refused.isPresent()) {
                throw refused.get();
            }
            throw SmtpFailures.passing(e, server());
        } catch (RuntimeException e) {
            release(connection, false);
            throw e;
        }
        release(connection, true);
    }

    /** Closes every connection; call once no send is in progress. */
    @Override
    public void close() {
        all.forEach(Connection::close);
    }

    /** One connection and how much it has been used. */
    final class Connection {
        private Transport transport;
        private int sent;
        private Instant lastUsed = Instant.MIN;

        /** Sends {@code message} to its recipients over this connection. */
        void send(Message message) throws MessagingException {
            sent++;
            transport.sendMessage(message, message.getAllRecipients());
        }

        private void open() throws MessagingException {
            if (transport != null && (sent >= messagesPerConnection || stale())) {
                close();
            }
            if (transport == null) {
                Transport fresh = session.getTransport("smtp");
                fresh.connect(
                        server.host(), server.port(), blankAsNull(server.username()), blankAsNull(server.password()));
                transport = fresh;
                sent = 0;
                LOG.debug("Connected to SMTP server {}", server.address());
            }
        }

        private boolean stale() {
            return lastUsed.plus(IDLE_CHECK).isBefore(clock.instant()) && !transport.isConnected();
        }

        private void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("Closing a connection to {} failed: {}", server.address(), e.toString());
            }
            transport = null;
        }
    }

    private static String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
