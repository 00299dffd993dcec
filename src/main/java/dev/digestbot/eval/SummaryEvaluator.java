package dev.digestbot.eval;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleException;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Summarizes every article of an evaluation set as the product would (the same reader, the same
 * summarizer, default options at the given length) and scores it, beside Lead-N, against the
 * set's reference summaries.
 *
 * <p>A set is a folder with {@code articles/<id>.txt} and {@code summaries/<id>.txt}. References
 * are read as they are: the ROUGE sentence splitter handles both one-highlight-per-line files and
 * sentences glued without a space. Every reference is scored; an article that is missing or cannot
 * be read gets empty summaries, which score 0, so failures lower the score instead of hiding.
 */
public final class SummaryEvaluator {
    private final Summarizer summarizer;
    private final ArticleReader reader;
    private final SummaryOptions options;

    public SummaryEvaluator(Summarizer summarizer, ArticleReader reader, int sentences) {
        this.summarizer = summarizer;
        this.reader = reader;
        this.options = new SummaryOptions(sentences, SummaryOptions.DEFAULT.quotes(), SummaryOptions.DEFAULT.figures());
    }

    /** Evaluates the set in {@code folder}, named {@code name} in the results. */
    public SetEvaluation evaluate(String name, Path folder) throws IOException {
        List<ArticleEvaluation> results = new ArrayList<>();
        for (Path reference : referenceFiles(folder.resolve("summaries"))) {
            String fileName = reference.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".txt".length());
            String referenceText = new String(Files.readAllBytes(reference), StandardCharsets.UTF_8);
            results.add(evaluate(id, folder.resolve("articles").resolve(fileName), referenceText));
        }
        return new SetEvaluation(name, options.sentences(), results);
    }

    private ArticleEvaluation evaluate(String id, Path articleFile, String reference) {
        try {
            Article article = reader.read(articleFile, articleFile.toString());
            ArticleText text = summarizer.analyse(article);
            List<String> product = summarizer.summarize(article, options).summary();
            List<String> lead = LeadBaseline.lead(text, options.sentences());
            return new ArticleEvaluation(id, null, scored(text, product, reference), scored(text, lead, reference));
        } catch (ArticleException e) {
            ScoredSummary empty = new ScoredSummary(List.of(), RougeScorer.score("", reference), new Ratio(0, 0));
            return new ArticleEvaluation(id, e.getMessage(), empty, empty);
        }
    }

    private static ScoredSummary scored(ArticleText text, List<String> summary, String reference) {
        RougeScore rouge = RougeScorer.score(String.join("\n", summary), reference);
        return new ScoredSummary(summary, rouge, PronounOpenings.count(text, summary));
    }

    private static List<Path> referenceFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
