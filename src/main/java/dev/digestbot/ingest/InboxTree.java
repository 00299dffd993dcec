package dev.digestbot.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a folder of the inbox with one attribute read per entry and without following links,
 * skipping the folders that are not part of it (hidden ones, the failed folder).
 */
final class InboxTree {
    private static final Logger LOG = LoggerFactory.getLogger(InboxTree.class);

    private final Predicate<Path> skipFolder;

    InboxTree(Predicate<Path> skipFolder) {
        this.skipFolder = skipFolder;
    }

    /** Calls {@code folders} for {@code root} and each folder under it, {@code files} for the rest. */
    void walk(Path root, Consumer<Path> folders, BiConsumer<Path, BasicFileAttributes> files) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && skipFolder.test(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.accept(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.accept(file, attributes);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone since the folder was listed
                    }
                    LOG.warn("Cannot look at {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot scan {}: {}", root, e.toString());
        }
    }
}
