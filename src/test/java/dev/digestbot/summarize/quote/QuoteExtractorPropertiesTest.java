package dev.digestbot.summarize.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.SentenceSplitter;
import dev.digestbot.summarize.Words;
import dev.digestbot.testing.RandomText;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteExtractorPropertiesTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    /** Words, names, attributions, quotation marks and apostrophes. */
    private static final List<String> NEWS_WORDS = List.of(
            "said",
            "says",
            "he",
            "she",
            "it",
            "they",
            "Mr",
            "Ms",
            "Dr",
            "Sir",
            "Lord",
            "Clarke",
            "Andy",
            "Maria",
            "Lindqvist",
            "the",
            "a",
            "minister",
            "spokesman",
            "for",
            "Downing",
            "Street",
            "according",
            "to",
            "added",
            "told",
            "BBC",
            "we",
            "will",
            "win",
            "harbour",
            "plans",
            "don't",
            "Scotland's",
            "rock",
            "'n'",
            "roll",
            "players'",
            "'90s",
            "\"",
            "'",
            "\u201C",
            "\u201D",
            "\u2018",
            "\u2019",
            ",",
            ".",
            ":",
            "?",
            "!",
            "-",
            "\u2014",
            "(",
            ")",
            "\n\n",
            "\n",
            "and",
            "that",
            "who",
            "was",
            "is",
            "of",
            "Radio",
            "1",
            "1.5bn",
            "53",
            "Al-Ansari",
            "O'Neill",
            "The",
            "In",
            "A");

    static LongStream seeds() {
        return RandomText.seeds(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void newsLikeTextNeverThrowsAndQuotesAreVerbatimPieces(long seed) {
        checkVerbatim(RandomText.fromWords(seed, NEWS_WORDS, 120));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void arbitraryTextNeverThrowsAndQuotesAreVerbatimPieces(long seed) {
        checkVerbatim(RandomText.arbitrary(seed, 400));
    }

    private static void checkVerbatim(String body) {
        ArticleText text = new ArticleText("Title", body, SPLITTER.split(body));
        for (QuoteExtractor.Located located : EXTRACTOR.locate(text)) {
            List<Piece> pieces = located.pieces();
            assertThat(pieces).isNotEmpty().allSatisfy(p -> {
                assertThat(p.start()).isBetween(0, p.end());
                assertThat(p.end()).isLessThanOrEqualTo(body.length());
            });
            String joined = pieces.stream().map(p -> p.of(body)).collect(Collectors.joining(" "));
            assertThat(located.quote().text()).isEqualTo(joined);
            assertThat(Words.count(located.quote().text(), QuoteExtractor.MIN_WORDS))
                    .isGreaterThanOrEqualTo(QuoteExtractor.MIN_WORDS);
            assertThat(body).contains(located.quote().sentence());
        }
    }
}
