package dev.digestbot.cli;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.ingest.GeneratedArticles;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.SeenFile;
import dev.digestbot.summarize.ArticleDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot bench search}: how long {@code /digest search} and the title autocomplete of
 * {@code /digest show} take on an archive of a given size, over an H2 file database in a temporary
 * folder. Articles of about 5 KB are stored straight through the repository (no summarizing), then
 * each query is timed after a warm-up round.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Measures article search and title lookup on a generated archive.")
final class SearchBenchCommand implements Callable<Integer> {
    /** Common and rare words, a word found nowhere, and several words at once. */
    private static final List<String> QUERIES = List.of(
            "council", "flood barrier", "report 4321", "zeppelin", "ashcombe swimming pool decade", "signatures");
    /** Generated articles joined into one text: real news articles run to about 5 KB. */
    private static final int PARTS = 6;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Articles stored.")
    private int articles;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N", description = "Timed rounds of each query.")
    private int rounds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles <= 0 || rounds <= 0) {
            throw new UsageException("--articles and --rounds must be above zero");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TemporaryFolder home = TemporaryFolder.create("digestbot-bench-");
                Database db = Database.open("jdbc:h2:file:" + home.path().resolve("digestbot"), "sa", "")) {
            ArticleRepository repository = new ArticleRepository(db, Clock.systemUTC());
            long started = System.nanoTime();
            IntStream.range(0, articles).forEach(n -> store(repository, n));
            out.printf("stored %d articles in %.1f s%n", articles, (System.nanoTime() - started) / 1e9);
            for (String query : QUERIES) {
                out.printf("search \"%s\": %s%n", query, time(q -> repository.search(q, 5), query));
            }
            out.printf("titles \"\": %s%n", time(t -> repository.titles(t, 25), ""));
            out.printf("titles \"barrier\": %s%n", time(t -> repository.titles(t, 25), "barrier"));
        }
        out.flush();
        return 0;
    }

    private static void store(ArticleRepository repository, int n) {
        String text = String.join(
                "\n\n",
                IntStream.range(0, PARTS)
                        .mapToObj(i -> GeneratedArticles.article(n * PARTS + i))
                        .toList());
        String title = text.substring(0, text.indexOf('\n'));
        ArticleDigest digest = new ArticleDigest(n + ".txt", title, List.of(title + "."), List.of(), List.of());
        String hash = String.format("%064x", n);
        repository.storeVersion(
                new SeenFile(n + ".txt", text.length(), Instant.EPOCH, hash), digest, ArticleMetadata.NONE, text);
    }

    /** Median and worst of {@link #rounds} timed calls, after one untimed call. */
    private String time(Consumer<String> call, String argument) {
        call.accept(argument);
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.accept(argument);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("median %.1f ms, max %.1f ms", nanos[rounds / 2] / 1e6, nanos[rounds - 1] / 1e6);
    }
}
