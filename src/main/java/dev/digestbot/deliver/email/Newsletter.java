package dev.digestbot.deliver.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a newsletter comes from and how mail clients identify it.
 *
 * @param from the {@code From} address
 * @param replyTo the {@code Reply-To} address, if replies go elsewhere
 * @param listId the {@code List-Id} (RFC 2919), such as {@code daily.news.example.org}
 * @param unsubscribeMailto an address that takes unsubscribe requests by mail, if any
 */
public record Newsletter(
        InternetAddress from, Optional<InternetAddress> replyTo, String listId, Optional<String> unsubscribeMailto) {
    public Newsletter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(unsubscribeMailto, "unsubscribeMailto");
    }

    /**
     * A newsletter from addresses written as in the config file ({@code Digest Bot
     * <news@example.org>}).
     *
     * @throws IllegalArgumentException when an address does not parse
     */
    public static Newsletter of(
            String from, Optional<String> replyTo, String listId, Optional<String> unsubscribeMailto) {
        return new Newsletter(
                address(from),
                replyTo.map(Newsletter::address),
                listId,
                unsubscribeMailto.map(Newsletter::address).map(InternetAddress::getAddress));
    }

    /**
     * A message of this newsletter to {@code to}, its sender, recipient, subject and date set,
     * whose Message-ID is {@code messageId} however often it is saved.
     */
    MimeMessage message(Session session, String messageId, InternetAddress to, String subject, Instant sent)
            throws MessagingException {
        MimeMessage message = new IdentifiedMessage(session, messageId);
        message.setFrom(from);
        if (replyTo.isPresent()) {
            message.setReplyTo(new InternetAddress[] {replyTo.get()});
        }
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sent));
        return message;
    }

    /** The domain of the {@code From} address, which Message-IDs end with. */
    public String domain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + text, e);
        }
    }
}
