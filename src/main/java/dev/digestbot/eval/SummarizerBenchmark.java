package dev.digestbot.eval;

import dev.digestbot.article.Article;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link Summarizer#summarize} on one thread: the articles are summarized in turn, first for
 * a warm-up period so that the JIT compiler has done its work, then for the measured period, with
 * each call timed on its own so that percentiles can be given. Each call is timed twice: by the
 * wall clock, and by the CPU time of the measuring thread, which other processes competing for the
 * cores do not inflate. Articles are read beforehand: only summarizing is timed.
 */
public final class SummarizerBenchmark {
    /** Keeps the JIT from dropping work whose result would otherwise be unused. */
    private static volatile long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SummarizerBenchmark() {}

    public static Throughput measure(
            Summarizer summarizer, List<Article> articles, Duration warmup, Duration measured) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to measure on");
        }
        boolean cpu = cpuTimeAvailable();
        run(summarizer, articles, warmup.toNanos(), new Timings(), new Timings(), cpu);
        Timings wall = new Timings();
        Timings cpuTimes = new Timings();
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long allocated = allocatedBytes();
        long start = System.nanoTime();
        run(summarizer, articles, measured.toNanos(), wall, cpuTimes, cpu);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = allocated < 0 ? -1 : (allocatedBytes() - allocated) / wall.size;
        return new Throughput(
                wall.size,
                seconds,
                wall.latency(),
                cpu ? cpuTimes.latency() : null,
                bytes,
                gcCount() - gcCount,
                gcMillis() - gcMillis);
    }

    /** Summarizes the articles in turn for about {@code nanos}, at least once. */
    private static void run(
            Summarizer summarizer, List<Article> articles, long nanos, Timings wall, Timings cpuTimes, boolean cpu) {
        long deadline = System.nanoTime() + nanos;
        long produced = 0;
        int calls = 0;
        do {
            Article article = articles.get(calls++ % articles.size());
            long cpuBefore = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
            long before = System.nanoTime();
            produced += summarizer
                    .summarize(article, SummaryOptions.DEFAULT)
                    .summary()
                    .size();
            long after = System.nanoTime();
            cpuTimes.add(cpu ? THREADS.getCurrentThreadCpuTime() - cpuBefore : 0);
            wall.add(after - before);
        } while (System.nanoTime() < deadline);
        sink += produced;
    }

    /** Bytes the current thread has allocated so far, or -1 where the JVM cannot tell. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean hotspot
                        && hotspot.isThreadAllocatedMemorySupported()
                        && hotspot.isThreadAllocatedMemoryEnabled()
                ? hotspot.getCurrentThreadAllocatedBytes()
                : -1;
    }

    private static boolean cpuTimeAvailable() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            return false;
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return true;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static long gcMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Call times in nanoseconds, in a growing array to keep boxing out of the timed loop. */
    private static final class Timings {
        private long[] values = new long[4096];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        Throughput.Latency latency() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Throughput.Latency(mean, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
        }
    }
}
