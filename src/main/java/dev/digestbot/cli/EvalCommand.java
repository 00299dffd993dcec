package dev.digestbot.cli;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.eval.ExtractionEvaluator;
import dev.digestbot.eval.ExtractionScores;
import dev.digestbot.eval.SetEvaluation;
import dev.digestbot.eval.SummaryEvaluator;
import dev.digestbot.eval.SummarySystem;
import dev.digestbot.summarize.Summarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot eval}: scores the summarizer on the evaluation sets. ROUGE against reference
 * summaries beside Lead-N, dangling pronoun openings, and quotes, speakers, figures and titles
 * against hand annotations. Missing data is skipped with a message, not an error, so that the
 * command can run anywhere.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores summaries (ROUGE, beside Lead-N) and quotes, speakers, figures and titles"
                + " on evaluation data.")
final class EvalCommand implements Callable<Integer> {
    /** Summary sets, in the order they are reported: human highlights first, as they matter most. */
    static final List<String> SETS = List.of("cnndm", "bbc");

    static final String ANNOTATIONS = "extraction-dev.jsonl";

    @Option(
            names = "--data",
            defaultValue = "../shared/eval",
            paramLabel = "DIR",
            description = "Evaluation data: cnndm/ and bbc/ (each with articles/ and summaries/) and " + ANNOTATIONS
                    + " (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--sentences", defaultValue = "3", paramLabel = "N", description = "Summary sentences.")
    private int sentences;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    private boolean json;

    @Option(
            names = "--candidates",
            paramLabel = "DIR",
            description = "Also write every summary to DIR/<set>/<system>/<id>.txt, one sentence per line,"
                    + " to check the scores with another ROUGE implementation.")
    private Path candidates;

    @Spec
    private CommandSpec spec;

    private final Supplier<Summarizer> summarizer;

    EvalCommand(Supplier<Summarizer> summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() throws IOException {
        if (sentences < 1) {
            throw new UsageException("--sentences must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data)) {
            err.println("digestbot: evaluation data not found at " + data + "; skipping");
            return 0;
        }
        Summarizer engine = summarizer.get();
        ArticleReader reader = new ArticleReader();
        List<SetEvaluation> sets = evaluateSets(new SummaryEvaluator(engine, reader, sentences), err);
        ExtractionScores extraction = evaluateExtraction(new ExtractionEvaluator(engine, reader), err);
        if (sets.isEmpty() && extraction == null) {
            err.println("digestbot: evaluation data not found at " + data + "; skipping");
            return 0;
        }
        if (candidates != null) {
            writeCandidates(sets);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EvalJsonReport.toJson(sentences, sets, extraction, data.resolve(ANNOTATIONS)));
        } else {
            new EvalTextReport(out).print(sentences, sets, extraction, data.resolve(ANNOTATIONS));
        }
        return 0;
    }

    private List<SetEvaluation> evaluateSets(SummaryEvaluator evaluator, PrintWriter err) throws IOException {
        List<SetEvaluation> sets = new ArrayList<>();
        for (String name : SETS) {
            Path folder = data.resolve(name);
            if (Files.isDirectory(folder.resolve("summaries"))) {
                sets.add(evaluator.evaluate(name, folder));
            } else {
                err.println(
                        "digestbot: " + name + " summaries not found at " + folder.resolve("summaries") + "; skipping");
            }
        }
        return sets;
    }

    private ExtractionScores evaluateExtraction(ExtractionEvaluator evaluator, PrintWriter err) throws IOException {
        Path annotations = data.resolve(ANNOTATIONS);
        if (!Files.isRegularFile(annotations)) {
            err.println("digestbot: annotations not found at " + annotations + "; skipping");
            return null;
        }
        return evaluator.evaluate(annotations, data.resolve("bbc").resolve("articles"));
    }

    private void writeCandidates(List<SetEvaluation> sets) throws IOException {
        for (SetEvaluation set : sets) {
            for (SummarySystem system : SummarySystem.values()) {
                Path folder = candidates.resolve(set.name()).resolve(label(system, set.sentences()));
                Files.createDirectories(folder);
                for (var article : set.articles()) {
                    List<String> lines = system.of(article).sentences();
                    Files.write(folder.resolve(article.id() + ".txt"), lines, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** How a system is named in reports: "default" for the product, "lead-3" for Lead-3. */
    static String label(SummarySystem system, int sentences) {
        return system == SummarySystem.PRODUCT ? "default" : "lead-" + sentences;
    }
}
