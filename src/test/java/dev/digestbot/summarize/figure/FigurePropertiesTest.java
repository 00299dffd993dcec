package dev.digestbot.summarize.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Sentence;
import dev.digestbot.summarize.Words;
import dev.digestbot.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the text, extraction finishes, and every value and label is well formed. */
class FigurePropertiesTest {
    private final FigureExtractor extractor = new FigureExtractor();

    /** News words, numbers, units, currency signs and punctuation; numbers drawn more often. */
    private static final List<String> NEWS_WORDS = List.of(
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
            "one-fifth",
            "3",
            "12",
            "2004",
            "1.5",
            "5,000",
            "0800",
            "60",
            "7",
            "21st",
            "1",
            "3",
            "12",
            "60",
            "1.5",
            "-",
            "",
            ". ");

    static LongStream seeds() {
        return RandomText.seeds(500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsOnArbitraryText(long seed) {
        extractor.extract(asArticle(RandomText.arbitrary(seed, 300)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyValueOccursVerbatimInTheSource(long seed) {
        ArticleText article = asArticle(RandomText.fromWords(seed, NEWS_WORDS, 40));
        for (Figure figure : extractor.extract(article)) {
            assertThat(article.text()).contains(figure.value());
            assertThat(figure.sentence()).contains(figure.value());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLabelHasTwoToSixWordsAndIsNotTheValue(long seed) {
        for (Figure figure : extractor.extract(asArticle(RandomText.fromWords(seed, NEWS_WORDS, 40)))) {
            assertThat(Words.count(figure.label())).isBetween(2, 6);
            assertThat(figure.label().trim()).isNotEqualToIgnoringCase(figure.value());
        }
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
