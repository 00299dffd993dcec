package dev.digestbot.deliver.discord;

import static dev.digestbot.edition.MarkdownEscaper.escapeWithMentions;

import dev.digestbot.edition.Edition;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays an edition out as Discord messages: an optional header, one embed per article digest, at
 * most ten embeds and 6,000 characters per message, in edition order, and a closing line for the
 * folded rest. Every limit holds by construction; long text is shortened at a word with an
 * ellipsis, never cut silently.
 */
public final class EditionMessages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Room the figures always leave for the summary and the quote. */
    private static final int DESCRIPTION_ROOM = 1500;
    /** Room kept for the key quote below the summary. */
    private static final int QUOTE_ROOM = 600;

    private final ZoneId zone;
    private final boolean header;

    /**
     * @param zone the time zone the edition's date is given in
     * @param header whether the edition opens with a header message
     */
    public EditionMessages(ZoneId zone, boolean header) {
        this.zone = zone;
        this.header = header;
    }

    /** The messages of {@code edition}, to be sent in order. */
    public List<DiscordMessage> of(Edition edition) {
        List<DiscordMessage> messages = new ArrayList<>();
        List<DigestEmbed> embeds = new ArrayList<>();
        String content = header ? headerLine(edition) : "";
        for (StoredDigest item : edition.items()) {
            DigestEmbed embed = embed(item);
            boolean full = embeds.size() == Limits.EMBEDS || size(embeds) + embed.size() > Limits.EMBED_TOTAL;
            if (full) {
                messages.add(new DiscordMessage(content, embeds));
                content = "";
                embeds = new ArrayList<>();
            }
            embeds.add(embed);
        }
        if (!embeds.isEmpty() || !content.isEmpty()) {
            messages.add(new DiscordMessage(content, embeds));
        }
        if (!edition.folded().isEmpty()) {
            messages.add(new DiscordMessage(foldedLine(edition), List.of()));
        }
        return messages;
    }

    private String headerLine(Edition edition) {
        int total = edition.items().size() + edition.folded().size();
        return Limits.fit(
                "**Digest #" + edition.number() + "** · "
                        + DAY.format(edition.createdAt().atZone(zone)) + " · " + total
                        + (total == 1 ? " article" : " articles"),
                Limits.CONTENT);
    }

    private static String foldedLine(Edition edition) {
        List<String> titles = edition.folded().stream()
                .map(d -> escapeWithMentions(d.digest().title()))
                .toList();
        return Limits.fit("…and " + titles.size() + " more: " + String.join(" · ", titles), Limits.CONTENT);
    }

    private DigestEmbed embed(StoredDigest stored) {
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
        return new DigestEmbed(title, description(digest, Math.min(Limits.DESCRIPTION, budget)), fields, footer);
    }

    /** The summary as bullet lines, then the key quote, within {@code room} characters. */
    private static String description(ArticleDigest digest, int room) {
        String quote = digest.quotes().isEmpty() ? "" : quote(digest.quotes().get(0));
        String summary = String.join(
                "\n",
                digest.summary().stream().map(s -> "• " + escapeWithMentions(s)).toList());
        if (quote.isEmpty()) {
            return Limits.fit(summary, room);
        }
        String fittedQuote = Limits.fit(quote, Math.min(QUOTE_ROOM, room / 2));
        return Limits.fit(summary, room - fittedQuote.length() - 2) + "\n\n" + fittedQuote;
    }

    private static String quote(Quote quote) {
        String speaker = quote.speaker() == null ? "" : " — **" + escapeWithMentions(quote.speaker()) + "**";
        return "> “" + escapeWithMentions(quote.text()) + "”" + speaker;
    }

    private static EmbedField field(Figure figure) {
        return new EmbedField(
                Limits.fit(escapeWithMentions(figure.value()), Limits.FIELD_NAME),
                Limits.fit(escapeWithMentions(figure.label()), Limits.FIELD_VALUE),
                true);
    }

    private static int size(List<DigestEmbed> embeds) {
        return embeds.stream().mapToInt(DigestEmbed::size).sum();
    }
}
