package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class QuoteExtractorPropertiesTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @Property(tries = 300)
    void newsLikeTextNeverThrowsAndQuotesAreVerbatimPieces(@ForAll("newsLike") String body) {
        checkVerbatim(body);
    }

    @Property(tries = 200)
    void arbitraryTextNeverThrowsAndQuotesAreVerbatimPieces(@ForAll @StringLength(max = 400) String body) {
        checkVerbatim(body);
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
            assertThat(located.quote().text().split("\\s+")).hasSizeGreaterThanOrEqualTo(QuoteExtractor.MIN_WORDS);
            assertThat(body).contains(located.quote().sentence());
        }
    }

    /** Words, names, attributions, quotation marks and apostrophes, joined with or without spaces. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> word = Arbitraries.of(
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
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ", ");
        return Combinators.combine(word, separator)
                .as((w, s) -> w + s)
                .list()
                .ofMaxSize(120)
                .map(parts -> String.join("", parts));
    }
}
