package dev.digestbot.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Quote;
import dev.digestbot.testing.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionRendererTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    @Test
    void theDefaultTemplatesRenderTheEdition() {
        RenderedEdition rendered = new EditionRenderer(dir.resolve("absent"), LONDON).render(EditionFixtures.edition());

        assertThat(rendered.subject())
                .isEqualTo("Digest #3, 1 May 2025: Ferry timetable doubles evening crossings and 3 more");
        Snapshots.assertMatches("edition/default.md", rendered.markdown());
        Snapshots.assertMatches("edition/default.html", rendered.html());
        Snapshots.assertMatches("edition/default.txt", rendered.text());
    }

    @Test
    void articleTextCannotFormatTheMarkdownOrPingAnyone() {
        ArticleDigest hostile = new ArticleDigest(
                "x.txt",
                "*Breaking* _news_ for @everyone",
                List.of("See [this](http://evil.example) <@123> now."),
                List.of(new Quote("**Vote** for me, @here", "~Sam~", "s")),
                List.of());

        String markdown = render(hostile).markdown();

        assertThat(markdown)
                .contains("## \\*Breaking\\* \\_news\\_ for \\@everyone")
                .contains("- See \\[this\\](http://evil.example) \\<\\@123\\> now.")
                .contains("> “\\*\\*Vote\\*\\* for me, \\@here” — **\\~Sam\\~**")
                .doesNotContainPattern("[^\\\\]@")
                .doesNotContain("*Breaking*");
    }

    @Test
    void htmlEscapesArticleTextAndPlainTextKeepsIt() {
        ArticleDigest hostile = new ArticleDigest(
                "x.txt",
                "<script>alert('x')</script> & more",
                List.of("A \"quoted\" <b>claim</b>."),
                List.of(),
                List.of());

        RenderedEdition rendered = render(hostile);

        assertThat(rendered.html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("A &quot;quoted&quot; &lt;b&gt;claim&lt;/b&gt;.")
                .doesNotContain("<script>", "<b>");
        assertThat(rendered.text()).contains("1. <script>alert('x')</script> & more", "A \"quoted\" <b>claim</b>.");
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve(EditionRenderer.MARKDOWN), "# {{title}}\n\n{{#items}}\n## {{title}}\n");

        assertThatThrownBy(() -> new EditionRenderer(dir, LONDON))
                .isInstanceOf(TemplateException.class)
                .hasMessage(dir.resolve("edition.md.mustache") + ":3: Failed to close 'items' tag");
    }

    @Test
    void aBrokenPartialIsReportedWithItsOwnFileAndLine() throws IOException {
        Files.writeString(dir.resolve(EditionRenderer.TEXT), "{{title}}\n{{> footer}}\n");
        Files.writeString(dir.resolve("footer.mustache"), "--\n{{#a}}{{/b}}\n");

        assertThatThrownBy(() -> new EditionRenderer(dir, LONDON))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith(dir.resolve("footer.mustache") + ":2: ")
                .hasMessageContaining("a != b");
    }

    @Test
    void theOperatorsTemplateWinsAndAMissingOneFallsBackToTheDefault() throws IOException {
        Files.writeString(
                dir.resolve(EditionRenderer.TEXT), "{{title}} has {{totalCount}}: {{#items}}{{title}};{{/items}}");

        RenderedEdition rendered = new EditionRenderer(dir, LONDON).render(EditionFixtures.edition());

        assertThat(rendered.text())
                .isEqualTo(
                        "Digest #3 has 4: Ferry timetable doubles evening crossings;Community orchard opens on old depot site;");
        assertThat(rendered.markdown()).startsWith("# Digest #3 · 1 May 2025\n");
    }

    @Test
    void anOperatorsTripleMustacheStillEscapesArticleText() throws IOException {
        Files.writeString(dir.resolve(EditionRenderer.HTML), "{{#items}}{{{title}}}|{{&title}}{{/items}}");
        ArticleDigest hostile =
                new ArticleDigest("x.txt", "<img src=x onerror=alert(1)>", List.of("s."), List.of(), List.of());

        assertThat(render(hostile).html())
                .isEqualTo("&lt;img src&#61;x onerror&#61;alert(1)&gt;|&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    }

    @Test
    void aBurstListsOnlyTheFirstFoldedTitlesButCountsThemAll() {
        ArticleDigest digest = new ArticleDigest("a.txt", "Listed", List.of("s."), List.of(), List.of());
        List<StoredDigest> folded = IntStream.range(0, 500)
                .mapToObj(i -> new StoredDigest(
                        i + 2,
                        i + ".txt",
                        1,
                        "",
                        List.of(),
                        new ArticleDigest(i + ".txt", "Folded " + i, List.of("s."), List.of(), List.of()),
                        EditionFixtures.edition().createdAt(),
                        null))
                .toList();
        Edition burst = new Edition(
                1,
                "news",
                1,
                EditionFixtures.edition().createdAt(),
                List.of(new StoredDigest(
                        1,
                        "a.txt",
                        1,
                        "",
                        List.of(),
                        digest,
                        EditionFixtures.edition().createdAt(),
                        null)),
                folded);

        String markdown = new EditionRenderer(dir, LONDON).render(burst).markdown();

        assertThat(markdown).contains("…and 500 more", "- Folded 19\n").doesNotContain("Folded 20\n");
    }

    private RenderedEdition render(ArticleDigest digest) {
        return new EditionRenderer(dir, LONDON).render(EditionFixtures.withOneItem(digest));
    }
}
