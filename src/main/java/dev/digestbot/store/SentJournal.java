package dev.digestbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file of the outbox rows this process has sent and not yet marked sent in the database. An
 * entry is written before the sender moves on, which makes it as durable as a commit of the
 * embedded database (in the operating system's hands, so a killed process loses nothing) at a
 * fraction of the cost: a commit rewrites the store's pages, an entry is sixteen bytes.
 *
 * <p>Each process writes its own file, locked while it lives, so a second process on the same
 * data folder ({@code digestbot send --now} beside the service) never takes over a live journal;
 * the file of a process that died is left unlocked for the next start to replay. An entry is the
 * row id followed by its complement, so a torn or zero-filled tail after a power failure reads as
 * no entry rather than as some other row.
 */
public final class SentJournal implements AutoCloseable {
    private static final String SUFFIX = ".journal";
    private static final int ENTRY_BYTES = 2 * Long.BYTES;

    /**
     * The journals written or being replayed in this JVM. A scan must not open one of them even to
     * try its lock: closing any descriptor of a file drops the whole process's POSIX locks on it.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ByteBuffer entry = ByteBuffer.allocate(ENTRY_BYTES);

    private SentJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * A new journal of this process in {@code dir}, created if missing. The file is locked before
     * it takes its journal name, so a process starting at the same moment never takes it for the
     * journal of a process that died.
     */
    public static SentJournal create(Path dir) {
        String name = UUID.randomUUID().toString();
        Path file = dir.resolve(name + SUFFIX);
        try {
            Files.createDirectories(dir);
            Path unnamed = dir.resolve(name + ".new");
            FileChannel channel = FileChannel.open(unnamed, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.lock();
                OPEN.add(file.toAbsolutePath());
                Files.move(unnamed, file, StandardCopyOption.ATOMIC_MOVE);
                return new SentJournal(file, channel, lock);
            } catch (IOException | RuntimeException e) {
                OPEN.remove(file.toAbsolutePath());
                channel.close();
                Files.deleteIfExists(unnamed);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file, for messages. */
    public Path file() {
        return file;
    }

    /** Records that row {@code id} went out; written to the file when this returns. */
    synchronized void append(long id) {
        entry.clear().putLong(id).putLong(~id).flip();
        try {
            while (entry.hasRemaining()) {
                channel.write(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Empties the file, once every row in it is marked sent in the database. */
    synchronized void clear() {
        try {
            channel.truncate(0);
            channel.position(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ends the journal: the file is deleted, so call it once every row in it is marked sent. A
     * journal not closed, because the process died, stays for {@link #abandoned}.
     */
    @Override
    public synchronized void close() {
        try (channel) {
            Files.deleteIfExists(file);
            lock.release();
            OPEN.remove(file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The journals in {@code dir} whose process has ended, each with the rows it recorded; they
     * stay locked by this process until {@link Abandoned#delete()}.
     */
    static List<Abandoned> abandoned(Path dir) {
        List<Abandoned> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                // in OPEN while claimed, so that no one else in this JVM opens it meanwhile
                Path key = file.toAbsolutePath();
                if (OPEN.add(key)) {
                    Optional<Abandoned> claimed = Optional.empty();
                    try {
                        claimed = Abandoned.claim(file);
                    } finally {
                        if (claimed.isEmpty()) {
                            OPEN.remove(key);
                        }
                    }
                    claimed.ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sent journals in " + dir + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** The row ids in a journal's bytes, up to the first entry that does not check out. */
    static List<Long> entries(ByteBuffer bytes) {
        List<Long> ids = new ArrayList<>();
        while (bytes.remaining() >= ENTRY_BYTES) {
            long id = bytes.getLong();
            if (bytes.getLong() != ~id) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The journal of a process that ended, locked by this one while its rows are replayed. */
    record Abandoned(Path file, List<Long> ids, FileChannel channel) {
        static Optional<Abandoned> claim(Path file) throws IOException {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return Optional.empty(); // replayed by another process meanwhile
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null || !Files.exists(file)) {
                    // its process lives, or another process replayed and deleted it meanwhile
                    channel.close();
                    return Optional.empty();
                }
                ByteBuffer bytes = ByteBuffer.allocate((int) channel.size());
                int read;
                do {
                    read = channel.read(bytes);
                } while (read >= 0 && bytes.hasRemaining());
                return Optional.of(new Abandoned(file, entries(bytes.flip()), channel));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        /** Deletes the file once its rows are marked sent. */
        void delete() {
            try (channel) {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the sent journal " + file + ": " + e.getMessage(), e);
            } finally {
                OPEN.remove(file.toAbsolutePath());
            }
        }
    }
}
