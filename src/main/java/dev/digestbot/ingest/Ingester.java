package dev.digestbot.ingest;

import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.StoredDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the inbox and stores a digest of every complete article file that lands in it,
 * including files that landed while the bot was down. Watch events, the periodic rescan and
 * the re-checks of files not yet complete all run on one worker thread, so no file is ever
 * handled twice at once; the watcher thread only passes events to it.
 */
public final class Ingester implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    /** How long a file renamed into the inbox waits for a modify event that would show a writer. */
    private static final Duration RENAME_SETTLE = Duration.ofMillis(50);
    /** How long {@link #close()} waits for the file in flight. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private enum Trigger {
        CREATED,
        MODIFIED,
        SCANNED,
        RECHECK
    }

    private final Path inbox;
    private final Path failed;
    private final Clock clock;
    private final IngestSettings settings;
    private final IngestWorker worker;
    private final ArticleDigester digester;
    private final InboxTree tree;
    private final PendingFiles pending;
    private final FileIngestion ingestion;
    private final Set<Path> noted = new HashSet<>();
    private final AtomicBoolean rescanQueued = new AtomicBoolean();
    private volatile InboxWatcher watcher;

    public Ingester(
            Path inbox,
            Path failed,
            ArticleDigester digester,
            ArticleRepository repository,
            Clock clock,
            IngestSettings settings) {
        this(inbox, failed, digester, repository, clock, settings, digest -> {});
    }

    /** As the other constructor, with {@code onStored} told of each digest once it is committed. */
    public Ingester(
            Path inbox,
            Path failed,
            ArticleDigester digester,
            ArticleRepository repository,
            Clock clock,
            IngestSettings settings,
            Consumer<StoredDigest> onStored) {
        this.inbox = located(inbox);
        this.failed = located(failed);
        this.clock = clock;
        this.settings = settings;
        this.worker = new IngestWorker(clock);
        this.tree = new InboxTree(this::skipFolder);
        this.pending = new PendingFiles(settings.stableFor(), RENAME_SETTLE, clock);
        Quarantine quarantine = new Quarantine(this.failed, repository, clock);
        this.digester = digester;
        this.ingestion = new FileIngestion(this.inbox, digester, repository, quarantine, onStored);
    }

    /**
     * Creates the inbox if absent, takes in what is there, then watches it, with a full rescan at
     * the configured interval.
     */
    public synchronized void start() {
        if (watcher != null) {
            throw new IllegalStateException("the ingester is started already");
        }
        try {
            Files.createDirectories(inbox);
            watcher = new InboxWatcher(inbox, this::skipFolder, new Events());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the inbox " + inbox + ": " + e.getMessage(), e);
        }
        // Every folder is watched before start returns, so a file dropped from then on raises an event.
        tree.walk(inbox, watcher::register, (file, attributes) -> {});
        watcher.start();
        worker.execute(digester::warmUp); // first on the worker: files wait for it, start-up does not
        worker.execute(this::scanAll);
        worker.every(settings.rescanEvery(), this::scanAll);
        LOG.info(
                "Watching {} (rescan every {} ms, files written in place must be stable for {} ms)",
                inbox,
                settings.rescanEvery().toMillis(),
                settings.stableFor().toMillis());
    }

    /**
     * Looks at every file in the inbox once, on the worker thread, and returns what it did. Files
     * not yet stable count as waiting; a started ingester takes them when they are, otherwise
     * call again.
     */
    public ScanResult scanOnce() {
        return worker.call(this::scanAll);
    }

    /** Stops watching and rescanning; the file being read is finished first. */
    @Override
    public void close() {
        InboxWatcher running = watcher;
        if (running != null) {
            running.close();
        }
        worker.close(CLOSE_WAIT);
    }

    private ScanResult scanAll() {
        ScanTally tally = new ScanTally();
        tree.walk(inbox, this::watchFolder, (file, attributes) -> {
            if (!worker.closing()) {
                tally.add(consider(file, attributes, Trigger.SCANNED));
            }
        });
        ScanResult result = tally.result();
        LOG.debug("Scanned {}: {}", inbox, result);
        return result;
    }

    private void scanFolder(Path folder) {
        tree.walk(folder, this::watchFolder, (file, attributes) -> consider(file, attributes, Trigger.SCANNED));
    }

    private void watchFolder(Path folder) {
        InboxWatcher running = watcher;
        if (running != null) {
            running.register(folder);
        }
    }

    private Outcome consider(Path file, Trigger trigger) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            pending.forget(file);
            return Outcome.GONE;
        }
        return consider(file, attributes, trigger);
    }

    private Outcome consider(Path file, BasicFileAttributes attributes, Trigger trigger) {
        if (!isArticleFile(file, attributes)) {
            return Outcome.IGNORED;
        }
        FileState state = FileState.of(attributes);
        if (trigger == Trigger.MODIFIED) {
            pending.writtenInPlace(file);
        }
        if (!pending.contains(file) && ingestion.unchanged(file, state)) {
            return Outcome.UNCHANGED;
        }
        Optional<Instant> notBefore = pending.check(file, state, trigger == Trigger.CREATED);
        if (notBefore.isPresent()) {
            worker.wakeAt(file, notBefore.get(), this::recheck);
            return Outcome.WAITING;
        }
        Outcome outcome = ingestion.ingest(file, state);
        if (outcome == Outcome.CHANGED) {
            worker.wakeAt(file, clock.instant(), this::recheck);
            return Outcome.WAITING;
        }
        return outcome;
    }

    private boolean isArticleFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return false;
        }
        switch (FileNames.of(file)) {
            case TEMPORARY:
                return false;
            case OTHER:
                note(file, "not an article file (.txt, .md, .markdown, .html, .htm)");
                return false;
            default:
                if (!attributes.isRegularFile()) {
                    note(file, "not a regular file");
                    return false;
                }
                return true;
        }
    }

    private void note(Path file, String why) {
        if (noted.add(file)) {
            LOG.info("Leaving {} alone: {}", ingestion.relative(file), why);
        }
    }

    private void recheck(Path file) {
        consider(file, Trigger.RECHECK);
    }

    private boolean skipFolder(Path folder) {
        return FileNames.isHidden(folder) || folder.equals(failed);
    }

    /**
     * The folder's absolute path, through any link to it: a linked inbox is walked and watched as
     * the folder it links to.
     */
    private static Path located(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Watch events, handed from the watcher thread to the worker. */
    private final class Events implements InboxWatcher.Listener {
        @Override
        public void created(Path file) {
            worker.execute(() -> consider(file, Trigger.CREATED));
        }

        @Override
        public void modified(Path file) {
            worker.execute(() -> consider(file, Trigger.MODIFIED));
        }

        @Override
        public void folderCreated(Path folder) {
            worker.execute(() -> scanFolder(folder));
        }

        @Override
        public void overflow() {
            if (rescanQueued.compareAndSet(false, true)) {
                LOG.info("Missed inbox events; rescanning {}", inbox);
                worker.execute(() -> {
                    rescanQueued.set(false);
                    scanAll();
                });
            }
        }
    }
}
