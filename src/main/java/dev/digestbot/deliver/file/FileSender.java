package dev.digestbot.deliver.file;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;

/**
 * Writes each edition into a folder as {@code edition-0003-2025-05-01.md}, with the email
 * renderings beside it ({@code .html}, {@code .txt}): the folder then shows an operator exactly
 * what every kind of destination would receive, and the HTML opens in a browser.
 *
 * <p>Each file is written to a temporary name and moved into place, so a reader never sees half
 * an edition. The names depend only on the edition, so sending it again after a crash rewrites
 * the same files with the same content instead of adding copies. The Markdown file is moved last:
 * once it is there, the edition is complete.
 */
public final class FileSender implements Sender {
    private final Path folder;
    private final ZoneId zone;

    /**
     * @param folder where this destination's editions go, for example {@code data/editions/daily}
     * @param zone the time zone of the date in the file names
     */
    public FileSender(Path folder, ZoneId zone) {
        this.folder = folder;
        this.zone = zone;
    }

    @Override
    public void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        if (!recipient.isEmpty()) {
            throw new PermanentDeliveryException("a file destination has one folder, not recipients like " + recipient);
        }
        String name = baseName(edition);
        try {
            createFolder();
            write(name + ".html", rendered.html());
            write(name + ".txt", rendered.text());
            write(name + ".md", rendered.markdown());
        } catch (AccessDeniedException | NotDirectoryException e) {
            throw new PermanentDeliveryException("cannot write edition files into " + folder + ": " + e, e);
        } catch (IOException e) {
            throw new TransientDeliveryException("cannot write edition files into " + folder + ": " + e, e);
        }
    }

    /** The file name of {@code edition} without its extension. */
    private String baseName(Edition edition) {
        return String.format(
                "edition-%04d-%s",
                edition.number(), edition.createdAt().atZone(zone).toLocalDate());
    }

    private void createFolder() throws IOException, PermanentDeliveryException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new PermanentDeliveryException(folder + " is a file, not a folder for editions", e);
        }
    }

    private void write(String name, String content) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
