package dev.digestbot.edition;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every template sees of an edition. Values are raw article text; each template's factory
 * escapes them for its output.
 *
 * @param title the edition's heading, "Digest #3"
 * @param destination the destination's name
 * @param number the edition's number
 * @param date the day it was composed, "1 May 2025"
 * @param isoDate the same day as {@code 2025-05-01}
 * @param items the digests listed in full
 * @param itemCount how many are listed in full
 * @param hasMore whether some were folded
 * @param moreCount how many were folded
 * @param more the first {@value #MAX_FOLDED_TITLES} folded digests, for templates that list their titles
 * @param totalCount listed and folded together
 * @param articles the same in words, "1 article" or "4 articles"
 * @param unsubscribeUrl the reader's own unsubscribe link, in an email to one subscriber; else empty
 * @param hasUnsubscribe whether there is such a link
 */
record EditionModel(
        String title,
        String destination,
        int number,
        String date,
        String isoDate,
        List<Item> items,
        int itemCount,
        boolean hasMore,
        int moreCount,
        List<Folded> more,
        int totalCount,
        String articles,
        String unsubscribeUrl,
        boolean hasUnsubscribe) {
    /** Folded titles listed at most: a burst of a thousand articles must not become a thousand lines. */
    static final int MAX_FOLDED_TITLES = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    static EditionModel of(Edition edition, ZoneId zone, String unsubscribeUrl) {
        var day = edition.createdAt().atZone(zone).toLocalDate();
        List<Item> items = new ArrayList<>();
        for (StoredDigest digest : edition.items()) {
            items.add(Item.of(
                    digest,
                    items.size() + 1,
                    items.size() + 1 == edition.items().size()));
        }
        List<Folded> more = edition.folded().stream()
                .limit(MAX_FOLDED_TITLES)
                .map(d -> new Folded(d.digest().title(), d.path()))
                .toList();
        int folded = edition.folded().size();
        return new EditionModel(
                "Digest #" + edition.number(),
                edition.destination(),
                edition.number(),
                DAY.format(day),
                day.toString(),
                items,
                items.size(),
                folded > 0,
                folded,
                more,
                items.size() + folded,
                articles(items.size() + folded),
                unsubscribeUrl,
                !unsubscribeUrl.isEmpty());
    }

    private static String articles(int count) {
        return count + (count == 1 ? " article" : " articles");
    }

    /** One digest listed in full; {@code source} is the article's path under the inbox. */
    record Item(
            int position,
            String title,
            List<String> summary,
            List<QuoteLine> quotes,
            boolean hasQuotes,
            List<FigureLine> figures,
            boolean hasFigures,
            String source,
            boolean last) {
        static Item of(StoredDigest stored, int position, boolean last) {
            ArticleDigest digest = stored.digest();
            List<QuoteLine> quotes = digest.quotes().stream()
                    .map(q -> new QuoteLine(q.text(), q.speaker()))
                    .toList();
            List<FigureLine> figures = digest.figures().stream()
                    .map(f -> new FigureLine(f.value(), f.label()))
                    .toList();
            return new Item(
                    position,
                    digest.title(),
                    digest.summary(),
                    quotes,
                    !quotes.isEmpty(),
                    figures,
                    !figures.isEmpty(),
                    stored.path(),
                    last);
        }
    }

    /** A quote; {@code speaker} is null when the article does not say who spoke. */
    record QuoteLine(String text, String speaker) {}

    record FigureLine(String value, String label) {}

    record Folded(String title, String source) {}
}
