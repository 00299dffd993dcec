package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, extraction finishes, and every value and label is well formed. */
class FigurePropertiesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        extractor.extract(asArticle(text));
    }

    @Property(tries = 500)
    void everyValueOccursVerbatimInTheSource(@ForAll("newsLikeText") String text) {
        ArticleText article = asArticle(text);
        for (Figure figure : extractor.extract(article)) {
            assertThat(article.text()).contains(figure.value());
            assertThat(figure.sentence()).contains(figure.value());
        }
    }

    @Property(tries = 500)
    void everyLabelHasTwoToSixWordsAndIsNotTheValue(@ForAll("newsLikeText") String text) {
        for (Figure figure : extractor.extract(asArticle(text))) {
            assertThat(Phrases.wordCount(figure.label())).isBetween(2, 6);
            assertThat(figure.label().trim()).isNotEqualToIgnoringCase(figure.value());
        }
    }

    /** Sentences built from news words, numbers, units, currency signs and punctuation. */
    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of(
                "the",
                "a",
                "of",
                "in",
                "to",
                "by",
                "between",
                "and",
                "rose",
                "fell",
                "said",
                "was",
                "profit",
                "jobs",
                "Mr",
                "Smith",
                "London",
                "Channel",
                "number",
                "top",
                "one",
                "two",
                "ten",
                "third",
                "second",
                "half",
                "quarter",
                "million",
                "bn",
                "m",
                "per",
                "cent",
                "%",
                "£",
                "$",
                "A$",
                "€",
                "-",
                "(",
                ")",
                ",",
                "\"",
                "'",
                "year",
                "years",
                "hours",
                "old",
                "seed",
                "aged",
                "March",
                "GMT",
                "pm",
                "fold",
                "in",
                "out",
                "about",
                "nearly",
                "up",
                "down",
                "shares",
                "tenfold",
                "half-time",
                "top-five",
                "one-fifth");
        Arbitrary<String> number = Arbitraries.of("3", "12", "2004", "1.5", "5,000", "0800", "60", "7", "21st", "1");
        Arbitrary<String> token =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, word), net.jqwik.api.Tuple.of(2, number));
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "-", " - ", ". ", ", ");
        return Combinators.combine(
                        token.list().ofMinSize(1).ofMaxSize(40), glue.list().ofSize(40))
                .as((tokens, glues) -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        out.append(tokens.get(i)).append(glues.get(i));
                    }
                    return out.toString();
                });
    }

    /** The text as an article with naive sentences, so the property does not depend on the sentence model. */
    private static ArticleText asArticle(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.') {
                int end = Math.min(text.length(), i + 1);
                if (end > start) {
                    sentences.add(new Sentence(sentences.size(), 0, start, end, text.substring(start, end)));
                }
                start = end;
            }
        }
        return new ArticleText("Title", text, sentences);
    }
}
