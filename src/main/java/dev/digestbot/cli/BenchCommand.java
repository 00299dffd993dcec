package dev.digestbot.cli;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleException;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.eval.SummarizerBenchmark;
import dev.digestbot.eval.Throughput;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot bench}: how fast the summarizer is on the BBC evaluation articles. First, while
 * the JVM is still cold, the whole-process cost of a batch (model loading, then each file read,
 * summarized and written as JSON Lines, as {@code summarize --format jsonl} does), timed from JVM
 * start; then single-thread throughput of {@link Summarizer#summarize} after warm-up, per article
 * in wall-clock and in CPU time (the steadier figure on a busy machine), with the bytes allocated
 * and the garbage collections it caused.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures summarizing speed on the BBC evaluation articles.")
final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            defaultValue = "../shared/eval",
            paramLabel = "DIR",
            description = "Evaluation data holding bbc/articles/ (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Measured seconds.")
    private double seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S", description = "Warm-up seconds.")
    private double warmup;

    @Option(
            names = "--batch",
            defaultValue = "3000",
            paramLabel = "N",
            description = "Files in the cold whole-process batch, cycling through the articles.")
    private int batch;

    @Spec
    private CommandSpec spec;

    private final Supplier<Summarizer> summarizer;

    BenchCommand(Supplier<Summarizer> summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long commandStart = System.currentTimeMillis();
        if (seconds <= 0 || warmup < 0 || batch < 0) {
            throw new UsageException("--seconds must be positive, --warmup and --batch not negative");
        }
        Path folder = data.resolve("bbc").resolve("articles");
        List<Path> files = articleFiles(folder);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("digestbot: benchmark articles not found at " + folder + "; skipping");
            return 0;
        }
        ColdRun cold = coldRun(files, jvmStart);
        List<Article> articles = read(files);
        PrintWriter out = spec.commandLine().getOut();
        long meanLength = articles.stream().mapToLong(a -> a.body().length()).sum() / articles.size();
        out.printf(
                Locale.ROOT, "%d articles in %s, mean %,d characters of body%n%n", articles.size(), folder, meanLength);
        out.printf(Locale.ROOT, "Whole process, cold: %,d files read, summarized and written as JSON Lines%n", batch);
        out.printf(Locale.ROOT, "  JVM start to command   %,8d ms%n", commandStart - jvmStart);
        out.printf(Locale.ROOT, "  summarizer load        %,8d ms%n", cold.loadMillis());
        out.printf(Locale.ROOT, "  %,6d files           %,8d ms%n", batch, cold.batchMillis());
        out.printf(Locale.ROOT, "  total since JVM start  %,8d ms%n%n", cold.sinceJvmMillis());
        out.flush();
        printThroughput(out, SummarizerBenchmark.measure(cold.engine(), articles, duration(warmup), duration(seconds)));
        return 0;
    }

    /** What the cold batch took, with the summarizer it loaded. */
    private record ColdRun(Summarizer engine, long loadMillis, long batchMillis, long sinceJvmMillis) {}

    private ColdRun coldRun(List<Path> files, long jvmStart) {
        long loadStart = System.nanoTime();
        Summarizer engine = summarizer.get();
        long batchStart = System.nanoTime();
        jsonLines(engine, files, batch);
        long batchEnd = System.nanoTime();
        return new ColdRun(
                engine,
                (batchStart - loadStart) / 1_000_000,
                (batchEnd - batchStart) / 1_000_000,
                System.currentTimeMillis() - jvmStart);
    }

    private void printThroughput(PrintWriter out, Throughput t) {
        out.printf(
                Locale.ROOT,
                "Summarizer.summarize, one thread, after %.1f s warm-up, %.1f s measured:%n",
                warmup,
                t.seconds());
        out.printf(Locale.ROOT, "  %,.0f articles/s (%,d calls)%n", t.articlesPerSecond(), t.calls());
        printLatency(out, "wall", t.wall());
        if (t.cpu() == null) {
            out.println("  ms per article, CPU: not measurable on this JVM");
        } else {
            printLatency(out, "CPU ", t.cpu());
        }
        if (t.bytesPerCall() >= 0) {
            out.printf(Locale.ROOT, "  %,d bytes allocated per article%n", t.bytesPerCall());
        }
        out.printf(Locale.ROOT, "  %,d garbage collections, %,d ms%n", t.gcCount(), t.gcMillis());
    }

    private static void printLatency(PrintWriter out, String clock, Throughput.Latency l) {
        out.printf(
                Locale.ROOT,
                "  ms per article, %s: mean %.3f, p50 %.3f, p99 %.3f%n",
                clock,
                l.meanMillis(),
                l.p50Millis(),
                l.p99Millis());
    }

    /** The batch as {@code summarize --format jsonl} would run it, output discarded. */
    private static void jsonLines(Summarizer engine, List<Path> files, int count) {
        ArticleReader reader = new ArticleReader();
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        try (DigestWriter writer = DigestFormat.jsonl.writer(sink, count)) {
            for (int i = 0; i < count; i++) {
                Path file = files.get(i % files.size());
                try {
                    writer.write(engine.summarize(reader.read(file, file.toString()), SummaryOptions.DEFAULT));
                } catch (ArticleException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        }
    }

    private static List<Article> read(List<Path> files) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.add(reader.read(file, file.toString()));
            } catch (ArticleException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return articles;
    }

    private static List<Path> articleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(ArticleReader::supports)
                    .sorted()
                    .toList();
        }
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
