package dev.digestbot.eval;

import java.util.List;

/**
 * The hand annotation of one article: what a perfect digest would extract from it.
 *
 * @param id the annotation's id
 * @param file the article's file name, which predictions are matched by
 * @param title the headline
 * @param quotes every quotation of six or more words
 * @param figures every figure
 * @param keyFigures indices into {@code figures} of the ones a short digest should show
 */
public record GoldArticle(
        String id,
        String file,
        String title,
        List<GoldQuote> quotes,
        List<GoldFigure> figures,
        List<Integer> keyFigures) {
    public GoldArticle {
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        keyFigures = List.copyOf(keyFigures);
    }
}
