package dev.digestbot.eval;

import dev.digestbot.article.Article;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link Summarizer#summarize} on one thread: the articles are summarized in turn, first for
 * a warm-up period so that the JIT compiler has done its work, then for the measured period, with
 * each call timed on its own so that percentiles can be given. Articles are read beforehand: only
 * summarizing is timed.
 */
public final class SummarizerBenchmark {
    /** Keeps the JIT from dropping work whose result would otherwise be unused. */
    private static volatile long sink;

    private SummarizerBenchmark() {}

    public static Throughput measure(
            Summarizer summarizer, List<Article> articles, Duration warmup, Duration measured) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to measure on");
        }
        run(summarizer, articles, warmup.toNanos(), new Timings());
        Timings timings = new Timings();
        long start = System.nanoTime();
        run(summarizer, articles, measured.toNanos(), timings);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = timings.sorted();
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Throughput(sorted.length, seconds, mean, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }

    /** Summarizes the articles in turn for about {@code nanos}, at least once. */
    private static void run(Summarizer summarizer, List<Article> articles, long nanos, Timings timings) {
        long deadline = System.nanoTime() + nanos;
        long produced = 0;
        int calls = 0;
        do {
            Article article = articles.get(calls++ % articles.size());
            long before = System.nanoTime();
            produced += summarizer
                    .summarize(article, SummaryOptions.DEFAULT)
                    .summary()
                    .size();
            timings.add(System.nanoTime() - before);
        } while (System.nanoTime() < deadline);
        sink += produced;
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

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
