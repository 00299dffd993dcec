package dev.digestbot.deliver.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.edition.Edition;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EditionMessagesTest {
    private static final Instant WHEN = Instant.parse("2026-05-01T06:00:00Z");
    private static final EditionMessages MESSAGES = new EditionMessages(ZoneId.of("Europe/London"), true);

    @Test
    void oneEmbedPerDigestWithTheSummaryTheKeyQuoteAndTheFigures() {
        ArticleDigest digest = new ArticleDigest(
                "ferry.txt",
                "Ferry timetable doubles evening crossings",
                List.of("The operator added six crossings.", "Fares stay the same."),
                List.of(new Quote("We listened to the people who use it", "Mara Quill", "s")),
                List.of(new Figure("six", "evening crossings added", "s")));

        List<DiscordMessage> messages = MESSAGES.of(edition(List.of(stored(1, digest)), List.of()));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).content()).isEqualTo("**Digest #4** · 1 May 2026 · 1 article");
        DigestEmbed embed = messages.get(0).embeds().get(0);
        assertThat(embed.title()).isEqualTo("Ferry timetable doubles evening crossings");
        assertThat(embed.description())
                .isEqualTo("• The operator added six crossings.\n• Fares stay the same.\n\n"
                        + "> “We listened to the people who use it” — **Mara Quill**");
        assertThat(embed.fields()).containsExactly(new EmbedField("six", "evening crossings added", true));
        assertThat(embed.footer()).isEqualTo("report-1.txt · 1 May 2026");
    }

    @Test
    void aLargeEditionIsSplitInOrderIntoMessagesOfAtMostTenEmbeds() {
        List<StoredDigest> items = IntStream.range(0, 25)
                .mapToObj(i -> stored(i, digest("Story " + i, "A sentence about story " + i + ".")))
                .toList();

        List<DiscordMessage> messages = MESSAGES.of(edition(items, List.of()));

        assertThat(messages).extracting(m -> m.embeds().size()).containsExactly(10, 10, 5);
        assertThat(messages.get(0).content()).startsWith("**Digest #4**");
        assertThat(messages.get(1).content()).isEmpty();
        assertThat(messages.stream().flatMap(m -> m.embeds().stream()).map(DigestEmbed::title))
                .containsExactlyElementsOf(
                        IntStream.range(0, 25).mapToObj(i -> "Story " + i).toList());
    }

    @Test
    void hugeDigestsStayWithinEveryLimitAndAreShortenedAtAWord() {
        String longSentence = "word ".repeat(3000).trim() + ".";
        List<StoredDigest> items = IntStream.range(0, 12)
                .mapToObj(i -> stored(
                        i,
                        new ArticleDigest(
                                "x.txt",
                                "T".repeat(400),
                                List.of(longSentence),
                                List.of(new Quote("q ".repeat(2000), "S".repeat(300), "s")),
                                IntStream.range(0, 40)
                                        .mapToObj(f -> new Figure("9".repeat(300), "label ".repeat(300), "s"))
                                        .toList())))
                .toList();

        List<DiscordMessage> messages = MESSAGES.of(edition(items, List.of()));

        assertThat(messages)
                .as(
                        "embed sizes %s",
                        messages.stream().map(DiscordMessage::embedSize).toList())
                .hasSize(12); // each embed is near 6,000 characters: one per message
        for (DiscordMessage message : messages) {
            assertThat(message.embeds()).hasSizeLessThanOrEqualTo(10);
            assertThat(message.embedSize()).isLessThanOrEqualTo(6000);
            assertThat(message.content()).hasSizeLessThanOrEqualTo(2000);
            for (DigestEmbed embed : message.embeds()) {
                assertThat(embed.title()).hasSizeLessThanOrEqualTo(256).endsWith("…");
                assertThat(embed.description()).hasSizeLessThanOrEqualTo(4096).contains("word…");
                assertThat(embed.fields()).hasSizeLessThanOrEqualTo(25);
                embed.fields().forEach(f -> {
                    assertThat(f.name()).hasSizeLessThanOrEqualTo(256);
                    assertThat(f.value()).hasSizeLessThanOrEqualTo(1024).endsWith("label…");
                });
            }
        }
    }

    @Test
    void articleTextCannotPingOrFormat() {
        ArticleDigest hostile = new ArticleDigest(
                "x.txt",
                "@everyone *now*",
                List.of("Ping @here and <@&123> [click](http://evil.example)."),
                List.of(new Quote("Hello @everyone", "<@456>", "s")),
                List.of());

        DigestEmbed embed = MESSAGES.of(edition(List.of(stored(1, hostile)), List.of()))
                .get(0)
                .embeds()
                .get(0);

        assertThat(embed.title()).isEqualTo("\\@everyone \\*now\\*");
        assertThat(embed.description())
                .contains("Ping \\@here and \\<\\@&123\\> \\[click\\](http://evil.example).")
                .contains("— **\\<\\@456\\>**")
                .doesNotContainPattern("(?<!\\\\)@");
    }

    @Test
    void theFoldedRestIsOneClosingLine() {
        List<StoredDigest> folded = IntStream.range(0, 3)
                .mapToObj(i -> stored(10 + i, digest("Folded " + i, "s.")))
                .toList();

        List<DiscordMessage> messages = MESSAGES.of(edition(List.of(stored(1, digest("Listed", "s."))), folded));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).content()).isEqualTo("…and 3 more: Folded 0 · Folded 1 · Folded 2");
        assertThat(messages.get(1).embeds()).isEmpty();
    }

    private static ArticleDigest digest(String title, String sentence) {
        return new ArticleDigest("x.txt", title, List.of(sentence), List.of(), List.of());
    }

    private static StoredDigest stored(long id, ArticleDigest digest) {
        return new StoredDigest(id, "report-" + id + ".txt", 1, "", List.of(), digest, WHEN, null);
    }

    private static Edition edition(List<StoredDigest> items, List<StoredDigest> folded) {
        return new Edition(7, "news", 4, WHEN, items, folded);
    }
}
