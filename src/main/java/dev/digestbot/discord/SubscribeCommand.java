package dev.digestbot.discord;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest subscribe <email>}: starts the newsletter's double opt-in for an address. The
 * answer is private, as an address is. Until the bot sends email it says so; the newsletter
 * feature gives this class its subscription service and answers from what that did.
 */
final class SubscribeCommand implements Subcommand {
    /** The answer of both newsletter commands while the bot sends no email. */
    static final String EMAIL_NOT_CONFIGURED = "Email is not configured on this bot.";

    /** The longest address SMTP can carry. */
    private static final int MAX_ADDRESS = 254;

    @Override
    public SubcommandData definition() {
        return new SubcommandData("subscribe", "Get the digest by email (you confirm from your inbox)")
                .addOptions(new OptionData(OptionType.STRING, "email", "Your email address", true)
                        .setRequiredLength(3, MAX_ADDRESS));
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        return Reply.text(EMAIL_NOT_CONFIGURED);
    }
}
