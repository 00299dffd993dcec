package dev.digestbot.deliver.discord;

import static dev.digestbot.edition.MarkdownEscaper.escapeWithMentions;

import dev.digestbot.edition.Edition;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays an edition out as Discord messages: an optional header, one embed per article digest, at
 * most ten embeds and 6,000 characters per message, in edition order, and a closing line for the
 * folded rest. Every limit holds by construction; long text is shortened at a word with an
 * ellipsis, never cut silently.
 */
public final class EditionMessages {
    private final ZoneId zone;
    private final boolean header;
    private final DigestEmbeds embeds;

    /**
     * @param zone the time zone the edition's date is given in
     * @param header whether the edition opens with a header message
     */
    public EditionMessages(ZoneId zone, boolean header) {
        this.zone = zone;
        this.header = header;
        this.embeds = new DigestEmbeds(zone);
    }

    /** The messages of {@code edition}, to be sent in order. */
    public List<DiscordMessage> of(Edition edition) {
        List<DiscordMessage> messages = new ArrayList<>(pack(
                header ? headerLine(edition) : "",
                edition.items().stream().map(embeds::of).toList()));
        if (!edition.folded().isEmpty()) {
            messages.add(new DiscordMessage(foldedLine(edition), List.of()));
        }
        return messages;
    }

    /**
     * {@code embeds} in order over as few messages as Discord's limits allow, at most ten embeds
     * and 6,000 characters of embed text each, the first opening with {@code content} unless it is
     * empty. No messages when there is neither.
     */
    public static List<DiscordMessage> pack(String content, List<DigestEmbed> embeds) {
        List<DiscordMessage> messages = new ArrayList<>();
        List<DigestEmbed> page = new ArrayList<>();
        String text = content;
        for (DigestEmbed embed : embeds) {
            boolean full = page.size() == Limits.EMBEDS || DigestEmbed.size(page) + embed.size() > Limits.EMBED_TOTAL;
            if (full) {
                messages.add(new DiscordMessage(text, page));
                text = "";
                page = new ArrayList<>();
            }
            page.add(embed);
        }
        if (!page.isEmpty() || !text.isEmpty()) {
            messages.add(new DiscordMessage(text, page));
        }
        return messages;
    }

    private String headerLine(Edition edition) {
        int total = edition.items().size() + edition.folded().size();
        return Limits.fit(
                "**Digest #" + edition.number() + "** · "
                        + DigestEmbeds.DAY.format(edition.createdAt().atZone(zone)) + " · " + total
                        + (total == 1 ? " article" : " articles"),
                Limits.CONTENT);
    }

    private static String foldedLine(Edition edition) {
        List<String> titles = edition.folded().stream()
                .map(d -> escapeWithMentions(d.digest().title()))
                .toList();
        return Limits.fit("…and " + titles.size() + " more: " + String.join(" · ", titles), Limits.CONTENT);
    }
}
