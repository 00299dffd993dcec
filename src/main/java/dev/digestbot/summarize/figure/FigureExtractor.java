package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers an article reports and labels what each counts: counts, money, percentages,
 * durations, measures, scores, ranks, ages and ratios, in digits or in words. Dates, years, times of
 * day, numbers in names and vague quantities are left out. Each quantity is listed once, and the
 * list is ranked so that the figures a reader most wants in a digest come first. Stateless and
 * thread-safe.
 */
public final class FigureExtractor {
    /** Every figure of the article, best first. */
    public List<Figure> extract(ArticleText text) {
        List<FoundFigure> found = new ArrayList<>();
        Quantities quantities = new Quantities();
        Casing casing = new Casing(text.text());
        for (Sentence sentence : text.sentences()) {
            if (!FigureTriggers.mayHoldFigure(sentence.text())) {
                continue;
            }
            Tokens tokens = Tokens.of(sentence.text());
            List<Mention> mentions = FigureFinder.find(tokens);
            if (mentions.isEmpty()) {
                continue;
            }
            for (FoundFigure figure : SentenceFigures.describe(tokens, mentions, sentence.index(), casing)) {
                if (quantities.add(figure.figure())) {
                    found.add(figure);
                }
            }
        }
        return FigureRanker.rank(found, text.title());
    }
}
