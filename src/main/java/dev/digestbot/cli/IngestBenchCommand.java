package dev.digestbot.cli;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.config.IngestConfig;
import dev.digestbot.ingest.GeneratedArticles;
import dev.digestbot.ingest.IngestBenchmark;
import dev.digestbot.ingest.IngestSettings;
import dev.digestbot.ingest.Ingester;
import dev.digestbot.ingest.SummarizingDigester;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot bench ingest}: how long a file takes from landing in the inbox to its digest
 * being stored, with the service's real ingester and an H2 file database in a temporary folder.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Measures landed-to-stored time of files renamed into a watched inbox, one at a time.")
final class IngestBenchCommand implements Callable<Integer> {
    /** The settings a bot runs with when its config file does not say otherwise. */
    private static final IngestSettings SETTINGS = App.ingestSettings(IngestConfig.DEFAULTS);

    @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "Files measured.")
    private int count;

    @Option(
            names = "--warmup",
            defaultValue = "0",
            paramLabel = "N",
            description = "Files dropped first and not measured (default: none, a cold start).")
    private int warmup;

    @Option(
            names = "--pace",
            defaultValue = "20",
            paramLabel = "MS",
            description = "Milliseconds between drops (default: ${DEFAULT-VALUE}).")
    private long paceMillis;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "Article files to drop, taken in turn (default: generated articles).")
    private Path articles;

    @Spec
    private CommandSpec spec;

    private final Supplier<Summarizer> summarizer;

    IngestBenchCommand(Supplier<Summarizer> summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (count <= 0 || warmup < 0 || paceMillis < 0) {
            throw new UsageException("--count must be above zero, --warmup and --pace zero or more");
        }
        try (TemporaryFolder home = TemporaryFolder.create("digestbot-bench-")) {
            return measure(home.path());
        }
    }

    private int measure(Path home) throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Function<Integer, String> texts =
                articles == null ? GeneratedArticles::article : IngestBenchmark.textsFrom(articles);
        IngestBenchmark bench = new IngestBenchmark();
        Duration pace = Duration.ofMillis(paceMillis);
        Duration timeout = Duration.ofMinutes(10);
        try (Database db = Database.open("jdbc:h2:file:" + home.resolve("data/digestbot"), "sa", "");
                Ingester ingester = new Ingester(
                        home.resolve("inbox"),
                        home.resolve("failed"),
                        new SummarizingDigester(new ArticleReader(), summarizer.get(), SummaryOptions.DEFAULT),
                        new ArticleRepository(db, Clock.systemUTC()),
                        Clock.systemUTC(),
                        SETTINGS,
                        bench.listener())) {
            ingester.start();
            ingester.scanOnce(); // returns once the warm-up the ingester starts with is done
            Path inbox = home.resolve("inbox");
            Path staging = home.resolve("staging");
            if (warmup > 0) {
                out.println("warm-up: " + bench.run(inbox, staging, warmup, pace, timeout, texts));
            }
            // texts after the warm-up's, so no measured file is a duplicate of a warm-up file
            Function<Integer, String> measured = n -> texts.apply(warmup + n);
            out.println("measured: " + bench.run(inbox, staging, count, pace, timeout, measured));
            out.printf(
                    "(%d files, one every %d ms, stable-for %d ms, %s)%n",
                    count,
                    paceMillis,
                    SETTINGS.stableFor().toMillis(),
                    articles == null ? "generated articles" : "articles from " + articles);
        }
        out.flush();
        return 0;
    }
}
