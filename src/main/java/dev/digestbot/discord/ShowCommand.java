package dev.digestbot.discord;

import dev.digestbot.deliver.discord.Limits;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.DigestTitle;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest show <id>}: one digest by its id. The id autocompletes over the titles of recent
 * digests, so nobody has to know ids: typing part of a title offers the matching digests.
 */
final class ShowCommand implements Subcommand {
    private final ArticleRepository articles;
    private final DigestReplies replies;

    ShowCommand(ArticleRepository articles, DigestReplies replies) {
        this.articles = articles;
        this.replies = replies;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("show", "One digest; start typing its title to pick it")
                .addOptions(new OptionData(OptionType.INTEGER, "id", "The digest (type part of its title)", true, true)
                        .setMinValue(1));
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        long id = command.getOption("id", 0L, OptionMapping::getAsLong);
        return articles.byVersionId(id)
                .map(digest -> replies.of(List.of(digest)))
                .orElseThrow(() -> new CommandRefusal(
                        "No digest has the id " + id + ". Start typing a title in the id field to pick one."));
    }

    /** Recent digests whose title contains what was typed, newest first, as many as Discord shows. */
    @Override
    public List<Command.Choice> suggest(CommandAutoCompleteInteraction request) {
        String typed = request.getFocusedOption().getValue().strip();
        return articles.titles(typed, OptionData.MAX_CHOICES).stream()
                .map(ShowCommand::choice)
                .toList();
    }

    private static Command.Choice choice(DigestTitle title) {
        String name = title.title().isBlank() ? "Digest " + title.versionId() : title.title();
        return new Command.Choice(Limits.fit(name, OptionData.MAX_CHOICE_NAME_LENGTH), title.versionId());
    }
}
