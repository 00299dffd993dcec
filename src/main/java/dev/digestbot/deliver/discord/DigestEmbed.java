package dev.digestbot.deliver.discord;

import java.util.List;
import java.util.Objects;

/**
 * One article digest as a Discord embed, already escaped and within Discord's limits.
 *
 * @param title the headline
 * @param url the article's address the headline links to, or null
 * @param description the summary sentences and the key quote
 * @param fields the key figures
 * @param footer the source and the date
 */
public record DigestEmbed(String title, String url, String description, List<EmbedField> fields, String footer) {
    public DigestEmbed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        Objects.requireNonNull(footer, "footer");
    }

    /** The characters Discord counts towards a message's 6,000, for {@code embeds} together. */
    public static int size(List<DigestEmbed> embeds) {
        return embeds.stream().mapToInt(DigestEmbed::size).sum();
    }

    /** The characters Discord counts towards a message's 6,000. */
    public int size() {
        return title.length()
                + description.length()
                + footer.length()
                + fields.stream().mapToInt(EmbedField::size).sum();
    }
}
