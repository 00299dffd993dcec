package dev.digestbot.edition;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.time.Instant;
import java.util.List;

/** A small edition of invented local news, for rendering tests. */
final class EditionFixtures {
    static final Instant CREATED = Instant.parse("2025-05-01T07:30:00Z");

    private EditionFixtures() {}

    static Edition edition() {
        StoredDigest ferry = stored(
                1,
                "transport/ferry-timetable.md",
                new ArticleDigest(
                        "transport/ferry-timetable.md",
                        "Ferry timetable doubles evening crossings",
                        List.of(
                                "The island ferry will run every 30 minutes after 6pm from June.",
                                "Operators said demand on late sailings had grown for three summers."),
                        List.of(new Quote(
                                "Nobody should have to leave a concert early to get home",
                                "Ines Varga",
                                "\"Nobody should have to leave a concert early to get home,\" said Ines Varga.")),
                        List.of(
                                new Figure("30 minutes", "between evening sailings", "every 30 minutes"),
                                new Figure("£1.2m", "cost of the extra crew", "cost £1.2m"))));
        StoredDigest orchard = stored(
                2,
                "orchard.txt",
                new ArticleDigest(
                        "orchard.txt",
                        "Community orchard opens on old depot site",
                        List.of("Volunteers planted 80 apple and pear trees over the weekend."),
                        List.of(new Quote("It was a car park for forty years", null, "\"It was...\"")),
                        List.of()));
        StoredDigest library = stored(3, "library.txt", titled("Library extends Sunday hours"));
        StoredDigest market = stored(4, "market.txt", titled("Night market returns to the quay"));
        return new Edition(7, "daily", 3, CREATED, List.of(ferry, orchard), List.of(library, market));
    }

    static Edition withOneItem(ArticleDigest digest) {
        return new Edition(1, "daily", 1, CREATED, List.of(stored(1, "x.txt", digest)), List.of());
    }

    static ArticleDigest titled(String title) {
        return new ArticleDigest(title + ".txt", title, List.of("One sentence."), List.of(), List.of());
    }

    private static StoredDigest stored(long id, String path, ArticleDigest digest) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return new StoredDigest(id, path, 1, folder, List.of(), digest, CREATED.minusSeconds(3600), null);
    }
}
