package dev.digestbot.eval;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores digests against hand annotations as the annotation guidelines define: quotes by token
 * overlap, speakers by their last name, figures by normalized value, key figures among the first
 * three of a default digest, titles after unifying case, quote marks, dashes and spaces.
 */
public final class ExtractionScorer {
    /** Predicted quotes shorter than this many words are scare quotes or titles: not scored. */
    static final int QUOTE_MIN_WORDS = 6;

    private static final int KEY_FIGURES = 3;

    private ExtractionScorer() {}

    /**
     * Scores {@code all} (digests listing every quote and figure) and {@code defaults} (digests with
     * default options, for key figures) against {@code gold}. Digests are matched to annotations by
     * the file name their source ends in; annotations without a digest are reported as missing.
     */
    public static ExtractionScores score(
            List<GoldArticle> gold, List<ArticleDigest> all, List<ArticleDigest> defaults) {
        Map<String, ArticleDigest> predicted = byFileName(all);
        Map<String, ArticleDigest> defaultDigests = byFileName(defaults);
        Tally tally = new Tally();
        for (GoldArticle article : gold) {
            ArticleDigest digest = predicted.get(article.file());
            if (digest == null) {
                tally.missing.add(article.file());
                continue;
            }
            tally.titles = tally.titles.plus(one(sameTitle(digest.title(), article.title())));
            scoreQuotes(article, digest.quotes(), tally);
            scoreFigures(article, digest.figures(), tally);
            ArticleDigest defaultDigest = defaultDigests.get(article.file());
            if (defaultDigest != null) {
                scoreKeyFigures(article, defaultDigest.figures(), tally);
            }
        }
        return new ExtractionScores(
                new Ratio(tally.titles.count(), gold.size()),
                tally.quoteRecall,
                tally.quotePrecision,
                tally.speakers,
                tally.figureRecall,
                tally.figurePrecision,
                tally.keyFigures,
                tally.missing);
    }

    private static void scoreQuotes(GoldArticle article, List<Quote> quotes, Tally tally) {
        List<Quote> scored = quotes.stream()
                .filter(q -> ScorerChars.words(q.text()).size() >= QUOTE_MIN_WORDS)
                .toList();
        for (GoldQuote goldQuote : article.quotes()) {
            Quote hit = scored.stream()
                    .filter(q -> QuoteOverlap.matches(q.text(), goldQuote.text()))
                    .findFirst()
                    .orElse(null);
            tally.quoteRecall = tally.quoteRecall.plus(one(hit != null));
            if (hit != null) {
                tally.speakers = tally.speakers.plus(one(sameSpeaker(hit.speaker(), goldQuote)));
            }
        }
        for (Quote quote : scored) {
            boolean match = article.quotes().stream().anyMatch(g -> QuoteOverlap.matches(quote.text(), g.text()));
            tally.quotePrecision = tally.quotePrecision.plus(one(match));
        }
    }

    /** Right when the last word matches the annotated name's or an alias's; null only for null. */
    static boolean sameSpeaker(String predicted, GoldQuote gold) {
        if (gold.speaker() == null) {
            return predicted == null;
        }
        if (gold.speaker().isEmpty() || predicted == null || predicted.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(gold.speaker());
        names.addAll(gold.speakerAliases());
        String last = lastWord(predicted);
        return names.stream().anyMatch(name -> Objects.equals(lastWord(name), last));
    }

    private static String lastWord(String name) {
        List<String> words = ScorerChars.words(name);
        return words.isEmpty() ? null : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    private static void scoreFigures(GoldArticle article, List<Figure> figures, Tally tally) {
        List<FigureNumber> goldNumbers = goldNumbers(article);
        List<List<FigureNumber>> predicted =
                figures.stream().map(f -> FigureValues.numbers(f.value())).toList();
        for (FigureNumber goldNumber : goldNumbers) {
            boolean found = predicted.stream().flatMap(List::stream).anyMatch(n -> n.matches(goldNumber));
            tally.figureRecall = tally.figureRecall.plus(one(found));
        }
        for (List<FigureNumber> numbers : predicted) {
            boolean match = numbers.stream().anyMatch(n -> goldNumbers.stream().anyMatch(n::matches));
            tally.figurePrecision = tally.figurePrecision.plus(one(match));
        }
    }

    private static void scoreKeyFigures(GoldArticle article, List<Figure> figures, Tally tally) {
        List<FigureNumber> goldNumbers = goldNumbers(article);
        List<FigureNumber> top = figures.stream()
                .limit(KEY_FIGURES)
                .flatMap(f -> FigureValues.numbers(f.value()).stream())
                .toList();
        for (int key : article.keyFigures()) {
            FigureNumber goldNumber = goldNumbers.get(key);
            tally.keyFigures = tally.keyFigures.plus(one(top.stream().anyMatch(n -> n.matches(goldNumber))));
        }
    }

    private static List<FigureNumber> goldNumbers(GoldArticle article) {
        return article.figures().stream()
                .map(f -> FigureValues.gold(f.number()))
                .toList();
    }

    /** Equal after lower-casing, straightening quote marks and dashes and collapsing whitespace. */
    static boolean sameTitle(String predicted, String gold) {
        return normalTitle(predicted).equals(normalTitle(gold));
    }

    private static String normalTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-');
        return String.join(" ", ScorerChars.words(t));
    }

    private static Map<String, ArticleDigest> byFileName(List<ArticleDigest> digests) {
        Map<String, ArticleDigest> byName = new HashMap<>();
        for (ArticleDigest digest : digests) {
            String source = digest.source();
            byName.put(source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1), digest);
        }
        return byName;
    }

    private static Ratio one(boolean hit) {
        return new Ratio(hit ? 1 : 0, 1);
    }

    /** Running counts while articles are scored. */
    private static final class Tally {
        private Ratio titles = new Ratio(0, 0);
        private Ratio quoteRecall = new Ratio(0, 0);
        private Ratio quotePrecision = new Ratio(0, 0);
        private Ratio speakers = new Ratio(0, 0);
        private Ratio figureRecall = new Ratio(0, 0);
        private Ratio figurePrecision = new Ratio(0, 0);
        private Ratio keyFigures = new Ratio(0, 0);
        private final List<String> missing = new ArrayList<>();
    }
}
