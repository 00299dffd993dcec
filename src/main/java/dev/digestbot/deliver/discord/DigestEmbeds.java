package dev.digestbot.deliver.discord;

import static dev.digestbot.edition.MarkdownEscaper.escapeWithMentions;

import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article digest as a Discord embed: the headline (linked to the article when it has a usable
 * address), the summary as bullets and the key quote with its speaker, the key figures as inline
 * fields, and the source and date in the footer. Article text is escaped for Markdown and
 * mentions, and every part fits Discord's limits, shortened at a word with an ellipsis.
 */
public final class DigestEmbeds {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Room the figures always leave for the summary and the quote. */
    private static final int DESCRIPTION_ROOM = 1500;
    /** Room kept for the key quote below the summary. */
    private static final int QUOTE_ROOM = 600;
    /** The characters around a quote's words: "> “" and "”". */
    private static final int QUOTE_MARKS = 4;
    /** Discord refuses a whole message whose embed link is longer than this. */
    private static final int URL_MAX = 2000;

    private final ZoneId zone;

    /** @param zone the time zone the footer's date is given in */
    public DigestEmbeds(ZoneId zone) {
        this.zone = zone;
    }

    /** {@code stored} as an embed. */
    public DigestEmbed of(StoredDigest stored) {
        ArticleDigest digest = stored.digest();
        String title = Limits.fit(escapeWithMentions(digest.title()), Limits.TITLE);
        String footer = Limits.fit(
                stored.path() + " · " + DAY.format(stored.ingestedAt().atZone(zone)), Limits.FOOTER);
        int budget = Limits.EMBED_TOTAL - title.length() - footer.length();
        List<EmbedField> fields = new ArrayList<>();
        for (Figure figure : digest.figures()) {
            EmbedField field = field(figure);
            if (fields.size() == Limits.FIELDS || budget - field.size() < DESCRIPTION_ROOM) {
                break; // figures are best first, and the summary matters more than the last of them
            }
            fields.add(field);
            budget -= field.size();
        }
        String description = description(digest, Math.min(Limits.DESCRIPTION, budget));
        return new DigestEmbed(title, link(stored.url()), description, fields, footer);
    }

    /**
     * The article's address when Discord accepts it as a link: an absolute http(s) URL without
     * spaces. Anything else would make Discord refuse the whole message, so it is left out.
     */
    static String link(String url) {
        if (url == null || url.length() > URL_MAX || url.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The summary as bullet lines, then the key quote, within {@code room} characters. */
    private static String description(ArticleDigest digest, int room) {
        String summary = String.join(
                "\n",
                digest.summary().stream().map(s -> "• " + escapeWithMentions(s)).toList());
        if (digest.quotes().isEmpty()) {
            return Limits.fit(summary, room);
        }
        String quote = quote(digest.quotes().get(0), Math.min(QUOTE_ROOM, room / 2));
        return Limits.fit(summary, room - quote.length() - 2) + "\n\n" + quote;
    }

    /**
     * The quote and who said it, within {@code room} characters: a long quote gives up words, never
     * its speaker or its closing marks.
     */
    private static String quote(Quote quote, int room) {
        String speaker = quote.speaker() == null
                ? ""
                : " — **" + Limits.fit(escapeWithMentions(quote.speaker()), room / 3) + "**";
        String words = Limits.fit(escapeWithMentions(quote.text()), room - speaker.length() - QUOTE_MARKS);
        return "> “" + words + "”" + speaker;
    }

    private static EmbedField field(Figure figure) {
        return new EmbedField(
                Limits.fit(escapeWithMentions(figure.value()), Limits.FIELD_NAME),
                Limits.fit(escapeWithMentions(figure.label()), Limits.FIELD_VALUE),
                true);
    }
}
