package dev.digestbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest unsubscribe}: ends the newsletter subscriptions the user started with {@code
 * /digest subscribe}. Private, like {@link SubscribeCommand}. An address subscribed elsewhere
 * leaves through the link at the foot of every newsletter.
 */
final class UnsubscribeCommand implements Subcommand {
    private final Optional<EmailSignup> signup;

    UnsubscribeCommand(Optional<EmailSignup> signup) {
        this.signup = signup;
    }

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
        if (signup.isEmpty()) {
            return Reply.text(SubscribeCommand.EMAIL_NOT_CONFIGURED);
        }
        int left = signup.get().unsubscribeUser(command.getUser().getId());
        if (left == 0) {
            return Reply.text(
                    "No newsletter subscription started from this Discord account gets mail now."
                            + " To leave with an address subscribed elsewhere, use the unsubscribe link at the foot of any newsletter.");
        }
        return Reply.text(
                left == 1
                        ? "Unsubscribed: that address will get no more newsletters."
                        : "Unsubscribed: those " + left + " addresses will get no more newsletters.");
    }
}
