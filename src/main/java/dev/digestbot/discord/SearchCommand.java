package dev.digestbot.discord;

import dev.digestbot.edition.MarkdownEscaper;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.StoredDigest;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /digest search <query>}: the digests whose title or text match best, best first. */
final class SearchCommand implements Subcommand {
    static final int RESULTS = 5;
    private static final int MAX_QUERY = 100;

    private final ArticleRepository articles;
    private final DigestReplies replies;

    SearchCommand(ArticleRepository articles, DigestReplies replies) {
        this.articles = articles;
        this.replies = replies;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("search", "Digests whose title or text match; the best " + RESULTS)
                .addOptions(new OptionData(OptionType.STRING, "query", "Words to look for", true)
                        .setRequiredLength(1, MAX_QUERY));
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        String query = command.getOption("query", "", o -> o.getAsString()).strip();
        if (query.isEmpty()) {
            throw new CommandRefusal("Give some words to search for.");
        }
        List<StoredDigest> found = articles.search(query, RESULTS);
        if (found.isEmpty()) {
            return Reply.text("No digests match “" + MarkdownEscaper.escapeWithMentions(query) + "”.");
        }
        return replies.of(found);
    }
}
