package dev.digestbot.discord;

import dev.digestbot.store.Cadence;
import dev.digestbot.store.EmailAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest subscribe <email>}: starts the newsletter's double opt-in for an address. The
 * answer is private, as an address is, and the same whether the address was new or subscribed
 * already, so that nobody can find out who reads the newsletter by asking.
 */
final class SubscribeCommand implements Subcommand {
    /** The answer of both newsletter commands on a bot that sends no newsletter. */
    static final String EMAIL_NOT_CONFIGURED = "Email is not configured on this bot.";

    /** How each cadence reads among the command's choices. */
    private static final Map<Cadence, String> CHOICES =
            Map.of(Cadence.EVERY, "every edition", Cadence.DAILY, "once a day", Cadence.WEEKLY, "once a week");

    private final Optional<EmailSignup> signup;

    SubscribeCommand(Optional<EmailSignup> signup) {
        this.signup = signup;
    }

    @Override
    public SubcommandData definition() {
        SubcommandData subscribe = new SubcommandData(
                        "subscribe", "Get the digest by email (you confirm from your inbox)")
                .addOptions(new OptionData(OptionType.STRING, "email", "Your email address", true)
                        .setRequiredLength(3, EmailAddress.MAX_LENGTH));
        List<Cadence> cadences = signup.map(EmailSignup::cadences).orElse(List.of());
        if (cadences.size() > 1) {
            OptionData often = new OptionData(OptionType.STRING, "cadence", "How often (default: every edition)");
            cadences.forEach(c -> often.addChoice(CHOICES.get(c), c.label()));
            subscribe.addOptions(often);
        }
        return subscribe;
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        if (signup.isEmpty()) {
            return Reply.text(EMAIL_NOT_CONFIGURED);
        }
        String email = command.getOption("email", "", o -> o.getAsString().strip());
        Cadence cadence = command.getOption("cadence", Cadence.EVERY, o -> Cadence.parse(o.getAsString()));
        return Reply.text(
                switch (signup.get().subscribe(email, cadence, command.getUser().getId())) {
                    case STARTED ->
                        "Check the inbox of " + email
                                + ": unless it gets the digest already, a mail with a confirmation link is on its way."
                                + " Nothing is sent until the link is opened.";
                    case NOT_AN_ADDRESS -> email + " is not an email address.";
                    case NOT_SENT -> "The confirmation mail could not be sent just now. Please try again later.";
                });
    }
}
