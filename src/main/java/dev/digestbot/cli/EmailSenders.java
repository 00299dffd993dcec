package dev.digestbot.cli;

import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.EmailTarget;
import dev.digestbot.config.SmtpConfig;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.email.EmailComposer;
import dev.digestbot.deliver.email.EmailSender;
import dev.digestbot.deliver.email.EmlSender;
import dev.digestbot.deliver.email.Newsletter;
import dev.digestbot.deliver.email.SmtpConnections;
import dev.digestbot.deliver.email.SmtpServer;
import dev.digestbot.edition.EditionRenderer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the senders of email destinations: over SMTP when a server is set, else into .eml files. */
final class EmailSenders {
    private final DigestbotConfig config;
    private final EditionRenderer renderer;
    private final NewsletterAudience audience;
    private final Clock clock;

    EmailSenders(DigestbotConfig config, EditionRenderer renderer, NewsletterAudience audience, Clock clock) {
        this.config = config;
        this.renderer = renderer;
        this.audience = audience;
        this.clock = clock;
    }

    /** The SMTP connections every email destination shares, when {@code smtp.host} is set. */
    static Optional<SmtpConnections> connections(SmtpConfig settings, Clock clock) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        SmtpServer server = new SmtpServer(
                settings.host().orElseThrow(),
                settings.port(),
                SmtpServer.Security.valueOf(settings.security().name()),
                settings.username().orElse(""),
                settings.password().reveal(),
                settings.timeout());
        return Optional.of(new SmtpConnections(
                server, settings.connections(), settings.rate(), settings.messagesPerConnection(), clock));
    }

    /**
     * A sender per email destination, by name: sending through {@code smtp}, or writing {@code .eml}
     * files under {@code <data.dir>/outbox} when there is no server.
     */
    Map<String, Sender> senders(Optional<SmtpConnections> smtp) {
        Map<String, Sender> senders = new LinkedHashMap<>();
        for (DestinationConfig d : config.destinations().values()) {
            if (d.target() instanceof EmailTarget email) {
                Newsletter newsletter =
                        Newsletter.of(email.from(), email.replyTo(), email.listId(), email.unsubscribeMailto());
                EmailComposer composer = new EmailComposer(renderer, newsletter, audience.links(d.name()), clock);
                senders.put(
                        d.name(),
                        smtp.<Sender>map(connections -> new EmailSender(composer, connections))
                                .orElseGet(() -> new EmlSender(config.dataDir().resolve("outbox"), composer)));
            }
        }
        return senders;
    }
}
