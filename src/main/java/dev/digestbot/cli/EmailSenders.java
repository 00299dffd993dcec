package dev.digestbot.cli;

import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.EmailTarget;
import dev.digestbot.config.SmtpConfig;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.email.ConfirmationMailer;
import dev.digestbot.deliver.email.EmailComposer;
import dev.digestbot.deliver.email.EmailSender;
import dev.digestbot.deliver.email.EmlSender;
import dev.digestbot.deliver.email.Newsletter;
import dev.digestbot.deliver.email.SmtpConnections;
import dev.digestbot.deliver.email.SmtpServer;
import dev.digestbot.edition.ConfirmationRenderer;
import dev.digestbot.edition.EditionRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the senders of email destinations: over SMTP when a server is set, else into .eml files. */
final class EmailSenders {
    private final DigestbotConfig config;
    private final EditionRenderer renderer;
    private final SubscriberAudience audience;
    private final Clock clock;

    EmailSenders(DigestbotConfig config, EditionRenderer renderer, SubscriberAudience audience, Clock clock) {
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
                Newsletter newsletter = newsletter(email);
                EmailComposer composer = new EmailComposer(renderer, newsletter, audience.links(), clock);
                senders.put(
                        d.name(),
                        smtp.<Sender>map(connections -> new EmailSender(composer, connections, audience::bounced))
                                .orElseGet(() -> new EmlSender(outbox(), composer)));
            }
        }
        return senders;
    }

    /**
     * What mails confirmation links: from the first email destination's address, over {@code smtp}
     * or into {@code .eml} files like the editions; empty when there is no email destination.
     */
    Optional<ConfirmationMailer> confirmationMailer(Optional<SmtpConnections> smtp) {
        Optional<DestinationConfig> first = config.destinations().values().stream()
                .filter(d -> d.target() instanceof EmailTarget)
                .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Newsletter newsletter = newsletter((EmailTarget) first.get().target());
        ZoneId zone = first.get().timezone();
        ConfirmationRenderer renderer = new ConfirmationRenderer(config.templatesDir());
        return Optional.of(
                smtp.map(connections -> ConfirmationMailer.overSmtp(renderer, newsletter, connections, clock, zone))
                        .orElseGet(() -> ConfirmationMailer.intoFiles(renderer, newsletter, outbox(), clock, zone)));
    }

    private Path outbox() {
        return config.dataDir().resolve("outbox");
    }

    private static Newsletter newsletter(EmailTarget email) {
        return Newsletter.of(email.from(), email.replyTo(), email.listId(), email.unsubscribeMailto());
    }
}
