package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownArticleTest {
    private static final ArticleReader READER = new ArticleReader();

    private static Article markdown(String text) throws ArticleException {
        return READER.parse("test.md", text.getBytes(StandardCharsets.UTF_8), "md");
    }

    private static ArticleException failure(String text) {
        try {
            markdown(text);
        } catch (ArticleException e) {
            return e;
        }
        throw new AssertionError("expected an ArticleException");
    }

    @Test
    void readsFrontMatterAndTurnsTheBodyIntoPlainParagraphs() throws Exception {
        Article article = Fixtures.read("front-matter.md");

        assertThat(article.title()).isEqualTo("Volunteers Plant 5,000 Trees Along the River Avel");
        assertThat(article.metadata())
                .isEqualTo(new ArticleMetadata(
                        "2025-03-14",
                        "The Avel Valley Gazette",
                        "https://gazette.example/news/river-avel-trees",
                        java.util.List.of("environment", "volunteering", "river avel")));
        assertThat(article.paragraphs())
                .containsExactly(
                        "More than 300 volunteers spent Saturday planting native trees along a four-mile stretch of"
                                + " the River Avel, the Avel Rivers Trust said.",
                        "The trust says shade from the trees will keep the water cool for trout in summer, when"
                                + " temperatures have reached 24C in recent years.",
                        "\"Every tree here is a small promise to the river,\" said Lena Marsh, the trust's director.",
                        "Oak, alder and willow were planted.",
                        "Schools from three villages took part.",
                        "The next planting day is planned for November.");
    }

    @Test
    void reportsBrokenFrontMatterWithItsLineInOneLine() {
        assertThatThrownBy(() -> Fixtures.read("bad-front-matter.md"))
                .isInstanceOf(ArticleException.class)
                .hasMessageStartingWith("bad-front-matter.md: bad front matter on line 5: ")
                .hasMessageContaining("flow sequence opened on line 4")
                .hasMessageNotContaining("\n");
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongShape() {
        assertThat(failure("---\ntitle: [one, two]\n---\nBody text here.\n").reason())
                .isEqualTo("front matter field 'title' must be text, not a list or map");
        assertThat(failure("---\ntags:\n  topic: rail\n---\nBody text here.\n").reason())
                .isEqualTo("front matter field 'tags' must be a list or comma-separated text");
    }

    @Test
    void reportsDuplicateFieldsAndUnclosedFrontMatter() {
        assertThat(failure("---\ntitle: One\ntitle: Two\n---\nBody text here.\n")
                        .reason())
                .isEqualTo("bad front matter on line 3: Duplicate field 'title'");
        assertThat(failure("---\ntitle: One\nBody text without a closing fence.\n")
                        .reason())
                .isEqualTo("front matter opened on line 1 is not closed by a '---' line");
        assertThat(failure("---\n  title: One\ndate: 2025-01-02\n---\nBody text here.\n")
                        .reason())
                .startsWith("bad front matter on line 3: ");
        assertThat(failure("---\n- just\n- a list\n---\nBody text here.\n").reason())
                .isEqualTo("front matter must be 'key: value' lines, not a single value or list");
    }

    @Test
    void acceptsTagsAsCommaSeparatedTextAndIgnoresUnknownFields() throws Exception {
        Article article = markdown("---\ntitle: Ferry fares frozen\ntags: ferries, fares\nlayout: post\n---\n"
                + "Fares will stay the same until next year.\n");

        assertThat(article.metadata().tags()).containsExactly("ferries", "fares");
        assertThat(article.metadata().date()).isNull();
        assertThat(article.paragraphs()).containsExactly("Fares will stay the same until next year.");
    }

    @Test
    void takesAnOpeningSetextHeadingAsTitle() throws Exception {
        Article article = Fixtures.read("markdown-heading-title.md");

        assertThat(article.title()).isEqualTo("Council Shelves Plan for Second Car Park");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The town council has shelved plans for a second car park near the station after residents"
                                + " objected to the loss of a playing field.",
                        "A council spokesperson said the plan would be reviewed in the autumn.");
    }

    @Test
    void stripsInlineMarkupButKeepsTheWords() throws Exception {
        Article article = markdown("# Title\n\n"
                + "See [the report][1] and <https://example.org/r> or ![chart](c.png) the **bold** _claim_.\n\n"
                + "Keep snake_case, 2 * 3 and a \\*literal\\* star; drop <span class=\"x\">tags</span>.\n\n"
                + "[1]: https://example.org/report\n");

        assertThat(article.paragraphs())
                .containsExactly(
                        "See the report and https://example.org/r or the bold claim.",
                        "Keep snake_case, 2 * 3 and a *literal* star; drop tags.");
    }

    @Test
    void treatsListItemsAndQuotesAsParagraphsAndDropsCodeCommentsAndSubheads() throws Exception {
        Article article = markdown("Ferry timetable changes\n\n1. Earlier first sailing.\n2) Later last"
                + "\n   sailing.\n\n> Quoted line one\n> continues here.\n\n## Subhead\n\n~~~\ncode();\n~~~\n"
                + "<!-- hidden\nnote -->Visible text.\n\n***\n\nLast line.\n");

        assertThat(article.title()).isEqualTo("Ferry timetable changes");
        assertThat(article.paragraphs())
                .containsExactly(
                        "Earlier first sailing.",
                        "Later last sailing.",
                        "Quoted line one continues here.",
                        "Visible text.",
                        "Last line.");
    }
}
