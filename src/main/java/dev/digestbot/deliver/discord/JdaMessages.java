package dev.digestbot.deliver.discord;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Our messages as JDA's, for channels and interaction replies alike. Each message allows no
 * mentions itself, whatever JDA's process-wide default is.
 */
public final class JdaMessages {
    private JdaMessages() {}

    /** {@code message} as JDA sends it. */
    public static MessageCreateData message(DiscordMessage message) {
        return new MessageCreateBuilder()
                .setContent(message.content())
                .setEmbeds(message.embeds().stream().map(JdaMessages::embed).toList())
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .build();
    }

    /** {@code embed} as a JDA embed; its parts already fit Discord's limits. */
    public static MessageEmbed embed(DigestEmbed embed) {
        EmbedBuilder builder = new EmbedBuilder()
                .setTitle(embed.title(), embed.url())
                .setDescription(embed.description())
                .setFooter(embed.footer());
        embed.fields().forEach(f -> builder.addField(f.name(), f.value(), f.inline()));
        return builder.build();
    }
}
