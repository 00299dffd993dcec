package dev.digestbot.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> quantities = new HashSet<>();
        Casing casing = new Casing(text.text());
        for (Sentence sentence : text.sentences()) {
            Tokens tokens = Tokens.of(sentence.text());
            List<Mention> mentions = FigureFinder.find(tokens);
            if (mentions.isEmpty()) {
                continue;
            }
            for (FoundFigure figure : SentenceFigures.describe(tokens, mentions, sentence.index(), casing)) {
                if (quantities.add(figure.quantityKey())) {
                    found.add(figure);
                }
            }
        }
        return FigureRanker.rank(found, text.title());
    }
}
