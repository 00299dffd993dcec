package dev.digestbot.ingest;

import dev.digestbot.article.ArticleException;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.SeenFile;
import dev.digestbot.store.StoreException;
import dev.digestbot.store.StoredDigest;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one complete file: hash it, skip content already stored, digest it, store the digest
 * as a new article or a new version, or move the file to the failed folder. Keeps what it has
 * read in memory, so that a rescan of thousands of unchanged files touches neither their bytes
 * nor the database. Not thread-safe: one ingest thread owns it.
 */
final class FileIngestion {
    private static final Logger LOG = LoggerFactory.getLogger(FileIngestion.class);

    private final Path inbox;
    private final ArticleDigester digester;
    private final ArticleRepository repository;
    private final Quarantine quarantine;
    private final Consumer<StoredDigest> onStored;
    /** Failed files that could not be moved away: not tried again until they change. */
    private final Map<String, FileState> unmovable = new HashMap<>();

    private Map<String, SeenFile> seen;

    FileIngestion(
            Path inbox,
            ArticleDigester digester,
            ArticleRepository repository,
            Quarantine quarantine,
            Consumer<StoredDigest> onStored) {
        this.inbox = inbox;
        this.digester = digester;
        this.repository = repository;
        this.quarantine = quarantine;
        this.onStored = onStored;
    }

    /** Whether the file is the one read before (same size and modification time). */
    boolean unchanged(Path file, FileState state) {
        String relative = relative(file);
        SeenFile known = seen().get(relative);
        return (known != null && known.sameAs(state.size(), state.modified())) || state.equals(unmovable.get(relative));
    }

    Outcome ingest(Path file, FileState state) {
        long started = System.nanoTime();
        String relative = relative(file);
        String hash;
        try {
            hash = ContentHash.sha256(file);
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException e) {
            return refuse(file, relative, state, cannotRead(e));
        }
        SeenFile read = new SeenFile(relative, state.size(), state.modified(), hash);
        Optional<String> owner = repository.holderOf(hash, relative);
        if (owner.isPresent()) {
            return alreadyStored(read, owner.get());
        }
        DigestedArticle article;
        try {
            article = digester.digest(file, relative);
        } catch (ArticleException e) {
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? refuse(file, relative, state, e.reason())
                    : Outcome.GONE;
        } catch (RuntimeException e) {
            LOG.error("Summarizer failed on {}", relative, e);
            return refuse(file, relative, state, "summarizer failed: " + e);
        }
        if (!state.equals(stateOf(file))) {
            return Outcome.CHANGED;
        }
        return store(read, article, started);
    }

    private Outcome store(SeenFile read, DigestedArticle article, long started) {
        Optional<StoredDigest> stored;
        try {
            stored = repository.storeVersion(read, article.digest(), article.metadata(), article.text());
        } catch (StoreException e) {
            // not marked seen: the next rescan reads it again once the database takes writes
            LOG.error("Cannot store {}: {}; the next rescan tries again", read.path(), e.getMessage());
            return Outcome.WAITING;
        }
        seen().put(read.path(), read);
        if (stored.isEmpty()) {
            return alreadyStored(
                    read, repository.holderOf(read.contentHash(), read.path()).orElse("?"));
        }
        StoredDigest digest = stored.get();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info(
                "Stored {} version {} \"{}\" in {} ms",
                digest.path(),
                digest.version(),
                digest.digest().title(),
                elapsed);
        onStored.accept(digest);
        return Outcome.STORED;
    }

    private Outcome alreadyStored(SeenFile read, String owner) {
        repository.markSeen(read);
        seen().put(read.path(), read);
        if (owner.equals(read.path())) {
            LOG.debug("{} changed on disk but its content is stored already", read.path());
            return Outcome.UNCHANGED;
        }
        LOG.info("{} is a duplicate of {}, not digested again", read.path(), owner);
        return Outcome.DUPLICATE;
    }

    private Outcome refuse(Path file, String relative, FileState state, String reason) {
        if (!quarantine.refuse(file, relative, reason)) {
            unmovable.put(relative, state);
        }
        return Outcome.FAILED;
    }

    private static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read: " + message;
    }

    private Map<String, SeenFile> seen() {
        if (seen == null) {
            seen = new HashMap<>(repository.seenFiles());
        }
        return seen;
    }

    /** The path under the inbox with {@code /} separators, as the store keeps it. */
    String relative(Path file) {
        return inbox.relativize(file).toString().replace('\\', '/');
    }

    private static FileState stateOf(Path file) {
        try {
            return FileState.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }
}
