package dev.digestbot.cli;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a GreenMail server in the test received, read as a reader's mail client would. */
final class ReceivedMail {
    private ReceivedMail() {}

    /** The messages {@code address} received, oldest first. */
    static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .toList();
    }

    /** How many messages each recipient received. */
    static Map<String, Long> perRecipient(MimeMessage[] messages) {
        return Arrays.stream(messages).collect(Collectors.groupingBy(ReceivedMail::recipient, Collectors.counting()));
    }

    /** How many copies of each Message-ID arrived. */
    static Map<String, Long> perMessageId(MimeMessage[] messages) {
        return Arrays.stream(messages)
                .collect(Collectors.groupingBy(m -> header(m, "Message-ID"), Collectors.counting()));
    }

    /** The only To address of {@code message}. */
    static String recipient(MimeMessage message) {
        return call(m -> m.getRecipients(Message.RecipientType.TO)[0].toString(), message);
    }

    /** The value of header {@code name}, or "" when the message has none. */
    static String header(MimeMessage message, String name) {
        String value = call(m -> m.getHeader(name, ", "), message);
        return value == null ? "" : value;
    }

    /** The decoded text/plain part of {@code part}, wherever it sits among its alternatives. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T call(MailFunction<T> read, MimeMessage message) {
        try {
            return read.apply(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a message the way Jakarta Mail does: with checked exceptions. */
    @FunctionalInterface
    private interface MailFunction<T> {
        T apply(MimeMessage message) throws MessagingException;
    }
}
