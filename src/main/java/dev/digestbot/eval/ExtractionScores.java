package dev.digestbot.eval;

import java.util.List;

/**
 * How well digests reproduce the hand annotations, per the annotation guidelines.
 *
 * @param titles titles equal to the annotated headline, out of all annotated articles
 * @param quoteRecall annotated quotes found
 * @param quotePrecision predicted quotes of six or more words that match an annotated quote
 * @param speakerAccuracy found quotes whose speaker is right
 * @param figureRecall annotated figures found
 * @param figurePrecision predicted figures that match an annotated figure
 * @param keyFigureRecall annotated key figures among the first three figures of a default digest
 * @param missing files of annotated articles that had no digest
 */
public record ExtractionScores(
        Ratio titles,
        Ratio quoteRecall,
        Ratio quotePrecision,
        Ratio speakerAccuracy,
        Ratio figureRecall,
        Ratio figurePrecision,
        Ratio keyFigureRecall,
        List<String> missing) {
    public ExtractionScores {
        missing = List.copyOf(missing);
    }
}
