package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.edition.Edition;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells an SMTP failure that will pass from one that concerns the recipient for good. Only a 5xx
 * reply about this recipient or this message is permanent: the address is unknown, the mailbox is
 * gone, the message is refused. Everything else may pass and is retried: 4xx replies (greylisting,
 * a full mailbox, a busy server), a refused or dropped connection, timeouts, and also a refused
 * login or sender, which an operator fixes once for every recipient. The reasons keep the server's
 * own words, which never include the password.
 */
final class SmtpFailures {
    private SmtpFailures() {}

    /** The failure as permanent, when it is a 5xx reply about this recipient or this message. */
    static Optional<PermanentDeliveryException> permanent(MessagingException failure) {
        SMTPAddressFailedException address = find(failure, SMTPAddressFailedException.class);
        if (address != null) {
            return address.getReturnCode() >= 500 && address.getReturnCode() < 600
                    ? Optional.of(new RecipientRefusedException("the server refused the recipient: " + reply(address)))
                    : Optional.empty();
        }
        if (failure instanceof SMTPSenderFailedException) {
            return Optional.empty();
        }
        if (failure instanceof SMTPSendFailedException message) {
            return permanentIf5xx(message.getReturnCode(), "the server refused the message: " + reply(message));
        }
        if (failure instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return Optional.of(new RecipientRefusedException("the recipient address is invalid: " + reply(failure)));
        }
        return Optional.empty();
    }

    /** The failure as one that may pass, with the server's reply or what broke the connection. */
    static TransientDeliveryException passing(MessagingException failure, String server) {
        return new TransientDeliveryException("cannot send through " + server + ": " + describe(failure), failure);
    }

    /**
     * {@code recipient}'s message of {@code edition}, for the SMTP server or a file alike; a message
     * that cannot be built will never be, so that is a permanent failure.
     */
    static MimeMessage composed(EmailComposer composer, Session session, Edition edition, String recipient)
            throws PermanentDeliveryException {
        try {
            return composer.compose(session, edition, recipient);
        } catch (ReaderGoneException e) {
            throw new PermanentDeliveryException(e.getMessage());
        } catch (AddressException e) {
            throw notAnAddress(recipient, e);
        } catch (MessagingException e) {
            throw new PermanentDeliveryException("cannot build the message: " + e.getMessage(), e);
        }
    }

    /** A recipient that is not a mail address at all: nothing to send. */
    static PermanentDeliveryException notAnAddress(String recipient, AddressException failure) {
        return new PermanentDeliveryException("'" + recipient + "' is not a mail address: " + failure.getMessage());
    }

    private static Optional<PermanentDeliveryException> permanentIf5xx(int code, String reason) {
        return code >= 500 && code < 600 ? Optional.of(new PermanentDeliveryException(reason)) : Optional.empty();
    }

    /** The first exception of {@code type} among the failure, its causes and its chained exceptions. */
    private static <T extends Exception> T find(Exception failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String reply(MessagingException failure) {
        return String.valueOf(failure.getMessage()).strip();
    }

    /** The failure and what lay beneath it, such as "Connection refused". */
    private static String describe(MessagingException failure) {
        StringBuilder text =
                new StringBuilder(String.valueOf(failure.getMessage()).strip());
        Throwable cause = next(failure);
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(" (").append(cause.getMessage().strip()).append(')');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
