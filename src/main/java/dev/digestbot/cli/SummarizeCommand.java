package dev.digestbot.cli;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleException;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.config.SummaryConfig;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digestbot summarize}: one article digest per file, no database, no network. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Prints the digest of each article file (.txt, .md, .html); directories are read recursively.")
final class SummarizeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Article files or directories of them.")
    private List<Path> inputs;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DigestFormat format;

    @Option(names = "--sentences", paramLabel = "N", description = "Summary sentences (default: 3).")
    private Integer sentences;

    @Option(names = "--quotes", paramLabel = "N", description = "Key quotes, best first (default: 2).")
    private Integer quotes;

    @Option(names = "--figures", paramLabel = "N", description = "Key figures, best first (default: 3).")
    private Integer figures;

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    private final Supplier<Summarizer> summarizer;
    private final Map<String, String> env;

    SummarizeCommand(Supplier<Summarizer> summarizer, Map<String, String> env) {
        this.summarizer = summarizer;
        this.env = env;
    }

    @Override
    public Integer call() {
        SummaryOptions options = options(config.load(env).summary());
        List<Path> files = expand(inputs);
        ArticleReader reader = new ArticleReader();
        Summarizer engine = summarizer.get();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (DigestWriter writer = format.writer(out, files.size())) {
            for (Path file : files) {
                try {
                    Article article = reader.read(file, file.toString());
                    writer.write(engine.summarize(article, options));
                } catch (ArticleException e) {
                    err.println("digestbot: " + e.getMessage());
                    failed++;
                }
                out.flush();
            }
        }
        return failed == 0 ? 0 : OneLineErrors.RUNTIME_FAILURE;
    }

    /** The digest lengths: command-line flags where given, else the configured ones. */
    private SummaryOptions options(SummaryConfig configured) {
        int s = sentences == null ? configured.sentences() : sentences;
        int q = quotes == null ? configured.quotes() : quotes;
        int f = figures == null ? configured.figures() : figures;
        if (s < 0 || q < 0 || f < 0) {
            throw new UsageException("--sentences, --quotes and --figures must not be negative");
        }
        return new SummaryOptions(s, q, f);
    }

    /** Files as given, and the article files under each directory in name order. */
    private static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleReader::supports)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new UsageException(input + ": no such file or directory");
            }
        }
        return files;
    }
}
