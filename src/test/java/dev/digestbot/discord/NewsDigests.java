package dev.digestbot.discord;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.SeenFile;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import dev.digestbot.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Invented local news, stored through {@link ArticleRepository} as ingest stores it, an hour apart:
 * three very long council reports first, then ordinary stories, newest last.
 */
final class NewsDigests {
    static final String BUDGET = "Council budget session";
    static final String FERRY = "Harbour ferry timetable changes from May";
    static final String LIBRARY = "Riverside library extends weekend opening";
    static final String BARRIER = "Flood barrier on the River Wend approved";
    static final String MARKET = "@everyone Night market returns to Corn Square";
    static final String LONG_TITLE = "Residents of the old tannery quarter ask the council, for the third time this"
            + " year, to reconsider the parking scheme that splits their street in two";
    static final String TRAM = "Tram line consultation opens";
    /** Each article's address is this and its title in lower case, words joined by dashes. */
    static final String URL_BASE = "https://courier.example/";

    private NewsDigests() {}

    /** Stores every story; returns them oldest first. */
    static List<StoredDigest> store(ArticleRepository articles, TestClock clock) {
        List<StoredDigest> stored = new ArrayList<>();
        for (int part = 1; part <= 3; part++) {
            stored.add(store(articles, clock, digest(BUDGET + ", part " + part, longReport(part))));
        }
        stored.add(store(
                articles,
                clock,
                digest(FERRY, List.of("The first crossing will leave at six.", "Fares stay the same."))));
        stored.add(store(
                articles,
                clock,
                digest(
                        LIBRARY,
                        List.of(
                                "The library will open on Sundays from June.",
                                "Volunteers will staff the reading room."))));
        stored.add(store(
                articles,
                clock,
                digest(
                        BARRIER,
                        List.of(
                                "Engineers will raise the barrier before winter.",
                                "Sandbags will no longer be handed out at the quay."))));
        stored.add(store(
                articles,
                clock,
                digest(
                        MARKET,
                        List.of(
                                "@here the stalls open at dusk on Fridays.",
                                "Organisers thanked <@&1500000000000000001> for the permit."))));
        stored.add(store(
                articles,
                clock,
                digest(LONG_TITLE, List.of("The scheme started in January.", "A petition has 300 names."))));
        stored.add(store(
                articles,
                clock,
                digest(TRAM, List.of("The consultation runs for six weeks.", "Two routes are on the table."))));
        return stored;
    }

    private static StoredDigest store(ArticleRepository articles, TestClock clock, ArticleDigest digest) {
        clock.advance(Duration.ofHours(1));
        String slug = digest.title().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        String path = "news/" + slug + ".txt";
        SeenFile file = new SeenFile(path, 1000, clock.instant(), sha256(path));
        ArticleMetadata metadata = new ArticleMetadata(null, "Wend Valley Courier", URL_BASE + slug, List.of());
        String text = digest.title() + "\n\n" + String.join(" ", digest.summary());
        return articles.storeVersion(file, digest, metadata, text).orElseThrow();
    }

    private static ArticleDigest digest(String title, List<String> summary) {
        return new ArticleDigest(
                title + ".txt",
                title,
                summary,
                List.of(new Quote(
                        "We listened to every street",
                        "Nell Arden",
                        "\"We listened to every street,\" said Nell Arden.")),
                List.of(new Figure("12", "public meetings held", "Some 12 public meetings were held.")));
    }

    /** Enough summary text that one report nearly fills a message's embed budget. */
    private static List<String> longReport(int part) {
        return IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "In part " + part + ", item " + i + " of the budget was read aloud and debated by"
                        + " councillors, who asked about the cost of street lighting and repairs.")
                .collect(Collectors.toList());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
