package dev.digestbot.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition rendered once for all readers gives each reader what rendering it for them gives. */
class EmailForReadersTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Plain, and with every character the HTML escaper rewrites. */
    private static final List<String> LINKS = List.of(
            "https://news.example.org/unsubscribe/3f9a0c",
            "https://news.example.org/unsubscribe?t=a&b='c'&d=\"e\"&f=`g`<h>");

    @TempDir
    Path dir;

    @Test
    void theDefaultTemplatesGiveEveryReaderTheSameBytesAsRenderingForThem() {
        EditionRenderer renderer = new EditionRenderer(dir.resolve("absent"), LONDON);

        for (Edition edition : List.of(EditionFixtures.edition(), EditionFixtures.withOneItem(hostile()))) {
            EmailForReaders once = renderer.renderEmailForReaders(edition);
            for (String link : LINKS) {
                assertThat(once.withUnsubscribe(link)).isEqualTo(renderer.renderEmail(edition, link));
            }
        }
    }

    @Test
    void anOperatorsTemplateMayPrintTheLinkAnywhereAndAnyNumberOfTimes() throws IOException {
        Files.writeString(
                dir.resolve(EditionRenderer.HTML),
                "{{unsubscribeUrl}}<a href=\"{{{unsubscribeUrl}}}\">{{title}}</a>"
                        + "{{#hasUnsubscribe}}[{{&unsubscribeUrl}}]{{/hasUnsubscribe}}"
                        + "{{#unsubscribeUrl}}({{.}}){{/unsubscribeUrl}}{{unsubscribeUrl}}");
        Files.writeString(dir.resolve(EditionRenderer.TEXT), "{{#items}}{{title}} {{unsubscribeUrl}}\n{{/items}}");
        EditionRenderer renderer = new EditionRenderer(dir, LONDON);
        Edition edition = EditionFixtures.edition();

        EmailForReaders once = renderer.renderEmailForReaders(edition);

        for (String link : LINKS) {
            assertThat(once.withUnsubscribe(link)).isEqualTo(renderer.renderEmail(edition, link));
        }
        assertThat(once.withUnsubscribe(LINKS.get(1)).html())
                .startsWith("https://news.example.org/unsubscribe?t&#61;a&amp;b&#61;&#39;c&#39;")
                .doesNotContain("'c'");
        assertThat(once.withUnsubscribe(LINKS.get(1)).text()).contains("crossings " + LINKS.get(1) + "Community");
    }

    @Test
    void aTemplateWithoutTheLinkShowsNoTraceOfIt() throws IOException {
        Files.writeString(dir.resolve(EditionRenderer.TEXT), "{{title}}{{#hasUnsubscribe}} (yours){{/hasUnsubscribe}}");
        EditionRenderer renderer = new EditionRenderer(dir, LONDON);

        RenderedEdition bodies =
                renderer.renderEmailForReaders(EditionFixtures.edition()).withUnsubscribe(LINKS.get(0));

        assertThat(bodies.text()).isEqualTo("Digest #3 (yours)");
        assertThat(bodies.html()).contains(LINKS.get(0)).doesNotContain("unsubscribe-link-");
    }

    @Test
    void articleTextThatLooksLikeASlotStaysArticleText() {
        ArticleDigest sly = new ArticleDigest(
                "x.txt",
                "unsubscribe-link-00000000-0000-0000-0000-000000000000 wins",
                List.of("See unsubscribe-link- for details."),
                List.of(),
                List.of());
        EditionRenderer renderer = new EditionRenderer(dir.resolve("absent"), LONDON);
        Edition edition = EditionFixtures.withOneItem(sly);

        RenderedEdition bodies = renderer.renderEmailForReaders(edition).withUnsubscribe(LINKS.get(0));

        assertThat(bodies).isEqualTo(renderer.renderEmail(edition, LINKS.get(0)));
        assertThat(bodies.text()).contains("unsubscribe-link-00000000-0000-0000-0000-000000000000 wins");
    }

    @Test
    void anEmailToASubscriberNeedsALink() {
        EmailForReaders once =
                new EditionRenderer(dir.resolve("absent"), LONDON).renderEmailForReaders(EditionFixtures.edition());

        assertThatThrownBy(() -> once.withUnsubscribe(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an email to a subscriber needs an unsubscribe link");
    }

    private static ArticleDigest hostile() {
        return new ArticleDigest(
                "x.txt",
                "Council <script>alert('x')</script> & \"budget\" vote",
                List.of("Fees rise 5% &amp; parking <b>doubles</b> near the <img src=x onerror=alert(1)> pier."),
                List.of(new Quote("<a href=\"javascript:alert(1)\">click</a> &lt;now&gt;", "A. Reader", "…")),
                List.of());
    }
}
