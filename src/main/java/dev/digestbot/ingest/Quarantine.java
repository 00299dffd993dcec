package dev.digestbot.ingest;

import dev.digestbot.store.ArticleRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves files that cannot be ingested to the failed folder, keeping their path under the inbox,
 * with a {@code .reason} file beside each. Never overwrites: a name already taken gets a number.
 */
final class Quarantine {
    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);
    private static final int MAX_SUFFIX = 10_000;

    private final Path failedRoot;
    private final ArticleRepository repository;
    private final Clock clock;

    Quarantine(Path failedRoot, ArticleRepository repository, Clock clock) {
        this.failedRoot = failedRoot;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Moves {@code file} out of the inbox and records why.
     *
     * @param relative the file's path relative to the inbox, {@code /}-separated
     * @return false when the file could not be moved; it then stays where it is
     */
    boolean refuse(Path file, String relative, String reason) {
        String oneLine = reason.replaceAll("\\R", " ");
        Path target;
        try {
            target = move(file, failedRoot.resolve(relative));
        } catch (IOException e) {
            LOG.error("Cannot move failed file {} ({}) to {}: {}", relative, oneLine, failedRoot, e.toString(), e);
            return false;
        }
        writeReason(target, oneLine);
        String movedTo = failedRoot.relativize(target).toString().replace('\\', '/');
        repository.recordFailure(relative, movedTo, oneLine);
        LOG.warn("Failed {}: {}; moved to {}", relative, oneLine, target);
        return true;
    }

    private static Path move(Path file, Path wanted) throws IOException {
        Files.createDirectories(wanted.getParent());
        for (int n = 0; n < MAX_SUFFIX; n++) {
            Path target = n == 0 ? wanted : numbered(wanted, n);
            if (Files.exists(target) || Files.exists(reasonFile(target))) {
                continue;
            }
            try {
                // A rename on one file system (a writer still holding the file keeps its data);
                // across file systems a copy, then the original is removed. Never replaces.
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // Taken since the check: try the next number.
            }
        }
        throw new IOException("every name from " + wanted.getFileName() + " to -" + MAX_SUFFIX + " is taken");
    }

    /** {@code name-2.txt} for {@code name.txt}; {@code name-2} for a name without extension. */
    static Path numbered(Path path, int n) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return path.resolveSibling(numbered);
    }

    private static Path reasonFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".reason");
    }

    private void writeReason(Path target, String reason) {
        String line = reason + " (failed at " + clock.instant() + ")" + System.lineSeparator();
        try {
            Files.writeString(reasonFile(target), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            LOG.error("Cannot write the reason beside failed file {}: {}", target, e.toString(), e);
        }
    }
}
