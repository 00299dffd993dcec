package dev.digestbot.discord;

import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest unsubscribe}: leaves the newsletter. Private, like {@link SubscribeCommand}, and
 * like it says so while the bot sends no email, until the newsletter feature hands it its
 * subscription service.
 */
final class UnsubscribeCommand implements Subcommand {
    @Override
    public SubcommandData definition() {
        return new SubcommandData("unsubscribe", "Stop getting the digest by email");
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        return Reply.text(SubscribeCommand.EMAIL_NOT_CONFIGURED);
    }
}
