package dev.digestbot.deliver.email;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** An invented newsletter and its editions, for the email tests. */
final class Newsletters {
    static final Instant CREATED = Instant.parse("2025-05-01T07:30:00Z");
    static final Clock CLOCK = Clock.fixed(CREATED.plusSeconds(60), ZoneOffset.UTC);
    static final Newsletter LETTER = Newsletter.of(
            "Harbour Digest <news@harbour.example>",
            Optional.of("editor@harbour.example"),
            "letter.harbour.example",
            Optional.of("unsubscribe@harbour.example"));

    /** Each reader's link carries their address, so a test can tell whose link it is. */
    static final UnsubscribeLinks LINKS = recipient -> Optional.of(
            URI.create("https://news.harbour.example/unsubscribe/token-for-" + recipient.replace('@', '.')));

    private Newsletters() {}

    static EmailComposer composer(Path templates) {
        return new EmailComposer(new EditionRenderer(templates, ZoneOffset.UTC), LETTER, LINKS, CLOCK);
    }

    static SmtpServer plain(int port) {
        return new SmtpServer("127.0.0.1", port, SmtpServer.Security.NONE, "", "", Duration.ofSeconds(5));
    }

    static Edition edition(ArticleDigest... digests) {
        List<StoredDigest> items = java.util.stream.IntStream.range(0, digests.length)
                .mapToObj(i ->
                        new StoredDigest(i + 1, "news/" + i + ".txt", 1, "news", List.of(), digests[i], CREATED, null))
                .toList();
        return new Edition(41, "letter", 3, CREATED, items, List.of());
    }

    static ArticleDigest ferry() {
        return new ArticleDigest(
                "news/ferry.txt",
                "Ferry timetable doubles evening crossings",
                List.of(
                        "The island ferry will run every 30 minutes after 6pm from June.",
                        "Operators said demand on late sailings had grown for three summers."),
                List.of(new Quote(
                        "Nobody should have to leave a concert early to get home",
                        "Ines Varga",
                        "\"Nobody should have to leave a concert early to get home,\" said Ines Varga.")),
                List.of(new Figure("£1.2m", "cost of the extra crew", "cost £1.2m")));
    }

    /** An article whose text tries to run script and carries entities and markup. */
    static ArticleDigest hostile() {
        return new ArticleDigest(
                "news/hostile.txt",
                "Council <script>alert('x')</script> & \"budget\" vote",
                List.of("Fees rise 5% &amp; parking <b>doubles</b> near the <img src=x onerror=alert(1)> pier."),
                List.of(new Quote("<a href=\"javascript:alert(1)\">click</a> &lt;now&gt;", "A. Reader", "…")),
                List.of());
    }
}
