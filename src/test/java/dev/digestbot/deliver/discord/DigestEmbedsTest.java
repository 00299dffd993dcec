package dev.digestbot.deliver.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Quote;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestEmbedsTest {
    private static final DigestEmbeds EMBEDS = new DigestEmbeds(ZoneId.of("UTC"));
    private static final Instant WHEN = Instant.parse("2026-05-01T06:00:00Z");

    @Test
    void theHeadlineLinksToTheArticle() {
        assertThat(EMBEDS.of(stored("https://news.example/mill-fire")).url())
                .isEqualTo("https://news.example/mill-fire");
        assertThat(EMBEDS.of(stored(null)).url()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "news.example/no-scheme",
                "javascript:alert(1)",
                "ftp://files.example/a",
                "https://news.example/with space",
                "https:///no-host",
                "http://[broken"
            })
    void anAddressDiscordWouldRefuseIsLeftOut(String url) {
        assertThat(EMBEDS.of(stored(url)).url()).isNull();
    }

    @Test
    void aLongQuoteGivesUpWordsButKeepsItsSpeakerAndClosingMarks() {
        String words = "we will rebuild the mill stone by stone ".repeat(40).strip();
        ArticleDigest digest = new ArticleDigest(
                "a.md",
                "Mill fire",
                List.of("A mill burned."),
                List.of(new Quote(words, "Ada Rowe", words)),
                List.of());

        String description = EMBEDS.of(new StoredDigest(1, "a.md", 1, "", List.of(), digest, WHEN, null))
                .description();

        assertThat(description)
                .startsWith("• A mill burned.\n\n> “we will rebuild")
                .endsWith("…” — **Ada Rowe**")
                .hasSizeLessThan(words.length());
    }

    private static StoredDigest stored(String url) {
        ArticleDigest digest = new ArticleDigest("a.md", "Mill fire", List.of("A mill burned."), List.of(), List.of());
        return new StoredDigest(1, "a.md", 1, "", List.of(), digest, WHEN, url);
    }
}
