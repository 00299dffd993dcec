package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
    private static final ArticleReader READER = new ArticleReader();

    private static Article html(String html) throws ArticleException {
        return READER.parse("page.html", html.getBytes(StandardCharsets.UTF_8), "html");
    }

    @Test
    void keepsHeadlineAndArticleParagraphsAndDropsPageFurniture() throws Exception {
        Article article = Fixtures.read("boilerplate-page.html");

        assertThat(article.title()).isEqualTo("Rail Strike Called Off After Late Pay Offer");
        assertThat(article.paragraphs())
                .containsExactly(
                        "A rail strike planned for Friday has been called off after the operator made a late pay"
                                + " offer to drivers, the union said on Monday evening.",
                        "The offer of a 5.5% rise this year and 4% next year will be put to a vote of members over"
                                + " the next three weeks.",
                        "“This is a serious offer and our members deserve the chance to decide on it,” said Owen"
                                + " Pryce, the union’s regional organiser.",
                        "Passengers had been warned to expect no trains on most routes across the region on Friday.");
    }

    @Test
    void readsMetadataFromMetaTagsAndTheCanonicalLink() throws Exception {
        Article article = Fixtures.read("boilerplate-page.html");

        assertThat(article.metadata())
                .isEqualTo(new ArticleMetadata(
                        "2025-05-06T07:30:00Z",
                        "The Northern Ledger",
                        "https://ledger.example/news/rail-strike-called-off",
                        List.of("rail", "strikes", "unions", "pay")));
    }

    @Test
    void fallsBackToTheBodyWhenThereIsNoArticleElement() throws Exception {
        Article article = html("<html><head><title>Dam Plan Approved - Valley Post</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Post\"></head><body>"
                + "<ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li></ul>"
                + "<div>The regional authority approved the dam plan on Wednesday after a two-year review.</div>"
                + "<div><p>Construction is due to start in the autumn.</p><p>Share this article</p></div>"
                + "<ul><li><a href=\"/x\">Another story entirely</a></li></ul></body></html>");

        assertThat(article.title()).isEqualTo("Dam Plan Approved");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The regional authority approved the dam plan on Wednesday after a two-year review.",
                        "Construction is due to start in the autumn.");
        assertThat(article.metadata().publication()).isEqualTo("Valley Post");
    }

    @Test
    void prefersTheArticleWithTheMostTextOverTeaserCards() throws Exception {
        Article article = html("<body><article><h2>Teaser</h2><p>A short teaser for another story.</p></article>"
                + "<article><h1>Main Story Headline</h1><p>The main story has a first paragraph with detail.</p>"
                + "<p>And a second paragraph that adds more detail to the story.</p></article></body>");

        assertThat(article.title()).isEqualTo("Main Story Headline");
        assertThat(article.paragraphs()).hasSize(2).allMatch(p -> p.contains("paragraph"));
    }

    @Test
    void keepsTheArticleWhenTheWholePageSitsInAFormOrAFurnitureNamedWrapper() throws Exception {
        String story = "<p>The harbour authority confirmed on Friday that the old lighthouse will be restored.</p>"
                + "<p>Work begins in June and should take about eight months to complete.</p>";

        assertThat(html("<body><form id=\"aspnetForm\"><nav><a href=\"/\">Home</a></nav>" + story + "</form></body>")
                        .paragraphs())
                .hasSize(2);
        assertThat(html("<body><div class=\"layout has-sidebar\">" + story
                                + "<div class=\"sidebar\"><p>Most read: other news of the day.</p></div></div></body>")
                        .paragraphs())
                .hasSize(2);
        assertThat(html("<body><div class=\"with-sidebar\"><div>The lighthouse will be restored, the harbour"
                                + " authority said.</div></div></body>")
                        .paragraphs())
                .containsExactly("The lighthouse will be restored, the harbour authority said.");
    }

    @Test
    void splitsParagraphsAtDoubleLineBreaks() throws Exception {
        Article article = html("<body><div class=\"story\">The council met on Monday to discuss the budget.<br>"
                + "It lasted three hours.<br><br>\n<br>A vote is expected next week, officials said.</div></body>");

        assertThat(article.paragraphs())
                .containsExactly(
                        "The council met on Monday to discuss the budget. It lasted three hours.",
                        "A vote is expected next week, officials said.");
    }

    @Test
    void refusesAPageWithoutArticleText() {
        assertThatThrownBy(() -> html("<html><body><nav><a href=\"/\">Home</a></nav>"
                        + "<footer><p>All rights reserved.</p></footer></body></html>"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("page.html: no article text found, only a title or page furniture");
    }

    @Test
    void cleansSiteNamesOffHeadlines() {
        assertThat(HeadlineCleaner.clean("Talks resume in Doha | The Daily Courier", null))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Courier | Talks resume in Doha", null))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Talks resume in Doha | World | Courier", null))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Talks resume in Doha - courier.co.uk", null))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Daily Courier: Talks resume in Doha", "The Daily Courier"))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Doha: Talks resume", "The Daily Courier"))
                .isEqualTo("Doha: Talks resume");
        assertThat(HeadlineCleaner.clean("The Daily Courier: Talks resume in Doha", "The Daily Courier"))
                .isEqualTo("Talks resume in Doha");
        assertThat(HeadlineCleaner.clean("Talks resume in Doha \u2013 The Daily Courier", "The Daily Courier"))
                .isEqualTo("Talks resume in Doha");
    }

    @Test
    void keepsDashesThatBelongToTheHeadline() {
        assertThat(HeadlineCleaner.clean("Brexit - what happens next", "The Daily Courier"))
                .isEqualTo("Brexit - what happens next");
        assertThat(HeadlineCleaner.clean("Man City 0-2 Man Utd", null)).isEqualTo("Man City 0-2 Man Utd");
    }

    @Test
    void tellsBoilerplateSentencesFromProse() {
        assertThat(BoilerplateText.matches("Sign up to our newsletter for the latest news."))
                .isTrue();
        assertThat(BoilerplateText.matches("Register now to keep reading.")).isTrue();
        assertThat(BoilerplateText.matches("This website uses cookies to improve your experience."))
                .isTrue();
        assertThat(BoilerplateText.matches("Related: Drivers vote for strike")).isTrue();
        assertThat(BoilerplateText.matches("By Ruth Calder")).isTrue();
        assertThat(BoilerplateText.matches("Share prices rose sharply on Monday."))
                .isFalse();
        assertThat(BoilerplateText.matches("Voters must register before 5 May to take part."))
                .isFalse();
        assertThat(BoilerplateText.matches("Related research shows the same trend in Spain."))
                .isFalse();
    }
}
