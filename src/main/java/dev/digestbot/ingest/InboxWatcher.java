package dev.digestbot.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the inbox and its subfolders on one thread and passes what it sees on. WatchService is
 * not recursive: every folder is registered, new ones as they appear. Events can be lost (a full
 * queue, a folder created and filled before it is registered), so every new folder is scanned
 * and an overflow asks for a full rescan.
 */
final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    /** Where events go; called on the watcher thread. */
    interface Listener {
        void created(Path file);

        void modified(Path file);

        /** A folder appeared; it is registered already and needs a scan. */
        void folderCreated(Path folder);

        /** Events were lost; everything needs a scan. */
        void overflow();
    }

    private final WatchService service;
    private final Listener listener;
    private final Predicate<Path> skipFolder;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    InboxWatcher(Path inbox, Predicate<Path> skipFolder, Listener listener) throws IOException {
        this.service = inbox.getFileSystem().newWatchService();
        this.skipFolder = skipFolder;
        this.listener = listener;
        this.thread = new Thread(this::run, "digestbot-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Watches {@code folder} (not its subfolders); does nothing when it is watched already. */
    void register(Path folder) {
        if (!watched.add(folder)) {
            return;
        }
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY), folder);
        } catch (ClosedWatchServiceException e) {
            // Shutting down.
        } catch (IOException e) {
            watched.remove(folder);
            LOG.warn("Cannot watch {}, the periodic rescan will cover it: {}", folder, e.toString());
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                if (folder != null) {
                    key.pollEvents().forEach(event -> dispatch(folder, event));
                }
                if (!key.reset() && folder != null) {
                    folders.remove(key);
                    watched.remove(folder);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Stopped watching the inbox");
        }
    }

    private void dispatch(Path folder, WatchEvent<?> event) {
        if (event.kind() == OVERFLOW) {
            listener.overflow();
            return;
        }
        Path child = folder.resolve((Path) event.context());
        if (event.kind() == ENTRY_MODIFY) {
            listener.modified(child);
        } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            if (!skipFolder.test(child)) {
                register(child);
                listener.folderCreated(child);
            }
        } else {
            listener.created(child);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the inbox watch: {}", e.toString());
        }
        thread.interrupt();
    }
}
