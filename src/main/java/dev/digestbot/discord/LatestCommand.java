package dev.digestbot.discord;

import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.StoredDigest;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /digest latest [count]}: the newest article digests, newest first, as embeds. */
final class LatestCommand implements Subcommand {
    static final int DEFAULT_COUNT = 3;
    static final int MAX_COUNT = 10;

    private final ArticleRepository articles;
    private final DigestReplies replies;

    LatestCommand(ArticleRepository articles, DigestReplies replies) {
        this.articles = articles;
        this.replies = replies;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("latest", "The newest article digests")
                .addOptions(new OptionData(
                                OptionType.INTEGER,
                                "count",
                                "How many, " + 1 + " to " + MAX_COUNT + " (default " + DEFAULT_COUNT + ")")
                        .setRequiredRange(1, MAX_COUNT));
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        // Discord enforces the range; a registration from an older version might not have.
        int count =
                Math.max(1, Math.min(MAX_COUNT, command.getOption("count", DEFAULT_COUNT, OptionMapping::getAsInt)));
        List<StoredDigest> newest = articles.latest(count);
        if (newest.isEmpty()) {
            return Reply.text("No digests yet: the bot has not read any articles.");
        }
        return replies.of(newest);
    }
}
