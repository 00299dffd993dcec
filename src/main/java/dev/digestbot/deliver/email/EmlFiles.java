package dev.digestbot.deliver.email;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.TransientDeliveryException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Messages kept as {@code .eml} files, for a bot with no SMTP server. */
final class EmlFiles {
    private EmlFiles() {}

    /**
     * Writes {@code message} to {@code folder/name} under a temporary name first and moves it into
     * place, so that a reader never sees half a message and writing it again replaces it.
     *
     * @throws PermanentDeliveryException when the folder may not be written
     * @throws TransientDeliveryException when writing failed otherwise (a full disk)
     */
    static void write(Path folder, String name, MimeMessage message)
            throws TransientDeliveryException, PermanentDeliveryException {
        try {
            writeAtomically(folder, name, message);
        } catch (AccessDeniedException e) {
            throw new PermanentDeliveryException("cannot write messages into " + folder + ": " + e, e);
        } catch (IOException | MessagingException e) {
            throw new TransientDeliveryException("cannot write messages into " + folder + ": " + e, e);
        }
    }

    private static void writeAtomically(Path folder, String name, MimeMessage message)
            throws IOException, MessagingException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            Files.move(
                    temporary,
                    folder.resolve(name),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
