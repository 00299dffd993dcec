package dev.digestbot.ingest;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.store.StoredDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures how long a file takes from landing in the inbox to its digest being committed. Files
 * are written beside the inbox and renamed into it one by one, as a well-behaved drop does; a
 * file has landed when the rename returns and is stored when the ingester reports the commit.
 *
 * <p>Wire it as: build an {@link Ingester} whose {@code onStored} is {@link #listener()}, start
 * it, then call {@link #run}.
 */
public final class IngestBenchmark {
    private final Map<String, Long> landedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> storedAt = new ConcurrentHashMap<>();
    private final Set<String> counted = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch remaining = new CountDownLatch(0);

    /** The hook to give the ingester: notes when each digest was committed. */
    public Consumer<StoredDigest> listener() {
        return digest -> {
            storedAt.putIfAbsent(digest.path(), System.nanoTime());
            countWhenDone(digest.path());
        };
    }

    /**
     * Drops {@code count} articles into {@code inbox}, one every {@code pace}, and waits up to
     * {@code timeout} for all of them to be stored.
     *
     * @param staging a folder on the same file system as the inbox, outside it
     * @param texts the text of article {@code n}
     */
    public Latency run(
            Path inbox, Path staging, int count, Duration pace, Duration timeout, Function<Integer, String> texts)
            throws IOException, InterruptedException {
        remaining = new CountDownLatch(count);
        // Top level: a file landing in a folder made a moment ago may be found by the folder's
        // scan rather than by an event, and then waits the full stable interval.
        String batch = "bench-" + System.nanoTime();
        Files.createDirectories(staging);
        long next = System.nanoTime();
        for (int n = 0; n < count; n++) {
            String name = batch + "-" + n + ".txt";
            Path staged = staging.resolve("article-" + n + ".txt");
            Files.writeString(staged, texts.apply(n), StandardCharsets.UTF_8);
            Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            landedAt.put(name, System.nanoTime());
            countWhenDone(name);
            next += pace.toNanos();
            LockSupport.parkNanos(next - System.nanoTime());
        }
        boolean all = remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return latency(batch, count, all);
    }

    /**
     * The article files under {@code dir} (in name order) as texts for {@link #run(Path, Path, int,
     * Duration, Duration, Function)}, taken in turn; from the second round on each text gets a
     * closing line with its number, so that no drop is a duplicate of another.
     */
    public static Function<Integer, String> textsFrom(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(ArticleReader::supports)
                    .sorted()
                    .toList()) {
                // Lenient: a stray byte is replaced rather than stopping the benchmark.
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no article files (.txt, .md, .html) under " + dir);
        }
        return n -> {
            String text = texts.get(n % texts.size());
            int round = n / texts.size();
            return round == 0 ? text : text + "\n\nBenchmark copy " + round + ".\n";
        };
    }

    /** Counts a file once both its times are known, whichever thread notes the second. */
    private void countWhenDone(String name) {
        if (landedAt.containsKey(name) && storedAt.containsKey(name) && counted.add(name)) {
            remaining.countDown();
        }
    }

    private Latency latency(String batch, int count, boolean all) {
        long[] micros = landedAt.entrySet().stream()
                .filter(e -> e.getKey().startsWith(batch + "-") && storedAt.containsKey(e.getKey()))
                .mapToLong(e -> TimeUnit.NANOSECONDS.toMicros(storedAt.get(e.getKey()) - e.getValue()))
                .sorted()
                .toArray();
        return new Latency(
                count, micros.length, percentile(micros, 50), percentile(micros, 99), percentile(micros, 100), all);
    }

    private static double percentile(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, rank)] / 1000.0;
    }

    /**
     * Landed-to-stored times of one run, in milliseconds.
     *
     * @param dropped files dropped
     * @param stored files whose digest was stored before the timeout
     * @param p50Millis median
     * @param p99Millis 99th percentile (nearest rank)
     * @param maxMillis slowest file
     * @param complete whether every dropped file was stored
     */
    public record Latency(
            int dropped, int stored, double p50Millis, double p99Millis, double maxMillis, boolean complete) {
        @Override
        public String toString() {
            return String.format(
                    "%d/%d stored, landed->stored p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    stored, dropped, p50Millis, p99Millis, maxMillis);
        }
    }
}
