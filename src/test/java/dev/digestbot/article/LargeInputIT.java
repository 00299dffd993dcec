package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that would take quadratic time with careless regexes or string handling. The timeouts
 * guard against a hang; they are not benchmarks.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LargeInputIT {
    private static final ArticleReader READER = new ArticleReader();

    private static Article parse(String text, String extension) throws ArticleException {
        return READER.parse("big." + extension, text.getBytes(StandardCharsets.UTF_8), extension);
    }

    @Test
    void readsOneSentenceOfTwentyThousandCharacters() throws Exception {
        String sentence = "The committee heard evidence from witness number " + "and more evidence ".repeat(1200)
                + "before it adjourned.";

        for (String extension : new String[] {"txt", "md", "html"}) {
            Article article = parse(sentence, extension);
            assertThat(article.body()).hasSizeGreaterThan(20_000);
            assertThat(article.title()).hasSizeLessThanOrEqualTo(TitleFallback.MAX_CHARS);
        }
    }

    @Test
    void readsAOneMegabyteBodyInEveryFormat() throws Exception {
        String sentence = "Officials said the new line would carry 40,000 passengers a day by 2030. ";
        StringBuilder text = new StringBuilder("Headline of the big file\n\n");
        StringBuilder html = new StringBuilder("<html><body><article><h1>Headline of the big file</h1>");
        for (int i = 0; i < 2800; i++) {
            String paragraph = "Paragraph " + i + ". " + sentence.repeat(5);
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(paragraph).append("</p>");
        }
        assertThat(text.length()).isGreaterThan(1_000_000);

        assertThat(parse(text.toString(), "txt").paragraphs()).hasSize(2800);
        assertThat(parse("---\ntitle: Headline of the big file\n---\n" + text, "md")
                        .paragraphs())
                .hasSize(2800);
        assertThat(parse(html.append("</article></body></html>").toString(), "html")
                        .paragraphs())
                .hasSize(2800);
    }

    @Test
    void readsOneLongHardWrappedLineWithoutAnyBreaks() throws Exception {
        String text = "word ".repeat(300_000);

        assertThat(parse(text, "txt").paragraphs()).hasSize(1);
    }

    @Test
    void readsMarkdownFullOfUnmatchedMarkup() throws Exception {
        String brackets = "[a ".repeat(50_000) + "](" + "x".repeat(50_000);
        String stars = "*a _b ~~c `d ".repeat(50_000);
        String tags = "<a b=\"".repeat(50_000);
        String quotes = ">".repeat(200_000) + " quoted words";

        assertThat(parse(brackets, "md").body()).startsWith("[a [a");
        assertThat(parse(stars, "md").body()).contains("a b");
        assertThat(parse(tags + " text", "md").paragraphs()).isNotEmpty();
        assertThat(parse(quotes, "md").paragraphs()).containsExactly("quoted words");
    }

    @Test
    void readsDeeplyNestedHtml() throws Exception {
        String html = "<div>".repeat(20_000) + "<p>Deep inside the page there is one real sentence of news.</p>"
                + "</div>".repeat(20_000);

        assertThat(parse(html, "html").paragraphs())
                .containsExactly("Deep inside the page there is one real sentence of news.");
    }

    @Test
    void readsPagesWithTensOfThousandsOfFurnitureElements() throws Exception {
        String news = "<p>One real sentence of news sits at the bottom of the page.</p>";
        String[] pages = {
            "<div class=\"ad\">".repeat(50_000) + news,
            "<div class=\"share\"><a href=\"#\">Share</a></div>".repeat(40_000) + news,
            "<header>".repeat(50_000) + news,
            "<article>".repeat(50_000) + news,
            "<div>".repeat(30_000) + "<h1>Heading</h1>".repeat(50_000) + news
        };
        for (String page : pages) {
            assertThat(parse(page, "html").paragraphs())
                    .containsExactly("One real sentence of news sits at the bottom of the page.");
        }
    }

    @Test
    void readsTwoThousandRepeatedHeaderLines() throws Exception {
        String text = "Same Headline\n".repeat(2_000) + "\nThe body follows the headlines.";

        Article article = parse(text, "txt");
        assertThat(article.title()).isEqualTo("Same Headline");
        assertThat(article.paragraphs()).containsExactly("The body follows the headlines.");
    }
}
