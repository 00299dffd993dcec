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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file of the outbox rows this process has claimed and sent, kept until the database knows of
 * them. A row sent is written before the sender moves on, which makes it as durable as a commit
 * of the embedded database (in the operating system's hands, so a killed process loses nothing)
 * at a fraction of the cost: a commit rewrites the store's pages, an entry is 24 bytes. A row
 * claimed is written with the lease it was claimed until, so that after a crash the rows the dead
 * process held and had not sent are freed at the next start instead of waiting for their lease.
 *
 * <p>Each process writes its own file, locked while it lives, so a second process on the same
 * data folder ({@code digestbot send --now} beside the service) never takes over a live journal;
 * the file of a process that died is left unlocked for the next start to replay. An entry is a
 * row id (negative for a claim), a lease in microseconds (zero for a row sent) and a check of
 * both, so a torn or zero-filled tail after a power failure reads as no entry rather than as some
 * other row.
 */
public final class SentJournal implements AutoCloseable {
    private static final String SUFFIX = ".journal";
    private static final int ENTRY_BYTES = 3 * Long.BYTES;

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

    /** Records that {@code rows} were claimed; written to the file when this returns. */
    synchronized void claimed(List<Delivery> rows) {
        ByteBuffer entries = ByteBuffer.allocate(rows.size() * ENTRY_BYTES);
        for (Delivery row : rows) {
            put(entries, -row.id(), micros(row.claimedUntil()));
        }
        write(entries.flip());
    }

    /** Records that row {@code id} went out; written to the file when this returns. */
    synchronized void sent(long id) {
        write(put(entry.clear(), id, 0).flip());
    }

    private void write(ByteBuffer entries) {
        try {
            while (entries.hasRemaining()) {
                channel.write(entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer put(ByteBuffer entries, long id, long lease) {
        return entries.putLong(id).putLong(lease).putLong(~(id ^ lease));
    }

    /** Empties the file, once every row in it is settled in the database. */
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
     * The journals in {@code dir} whose process has ended, each with what it recorded; they
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

    /** What a journal's bytes record, up to the first entry that does not check out. */
    static Replay read(ByteBuffer bytes) {
        Set<Long> sent = new LinkedHashSet<>();
        Map<Long, Instant> claimed = new LinkedHashMap<>();
        while (bytes.remaining() >= ENTRY_BYTES) {
            long id = bytes.getLong();
            long lease = bytes.getLong();
            if (bytes.getLong() != ~(id ^ lease) || id == 0) {
                break;
            }
            if (id > 0) {
                sent.add(id);
            } else {
                claimed.put(-id, instant(lease));
            }
        }
        claimed.keySet().removeAll(sent);
        return new Replay(List.copyOf(sent), claimed);
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * What a dead process's journal says: the rows it sent, and the rows it held unsent with the
     * lease each was claimed until.
     */
    record Replay(List<Long> sent, Map<Long, Instant> held) {}

    /** The journal of a process that ended, locked by this one while its rows are replayed. */
    record Abandoned(Path file, Replay replay, FileChannel channel) {
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
                return Optional.of(new Abandoned(file, read(bytes.flip()), channel));
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
