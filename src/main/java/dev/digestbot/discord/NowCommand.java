package dev.digestbot.discord;

import static dev.digestbot.edition.MarkdownEscaper.escapeWithMentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /digest now [destination]}, for admins: publishes the next edition of one destination,
 * or of each, now rather than on the schedule, and says per destination what happened. One
 * destination failing does not keep the others from going out.
 */
final class NowCommand implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(NowCommand.class);

    private final EditionTrigger trigger;

    NowCommand(EditionTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("now", "Admins: send the next edition now")
                .addOptions(new OptionData(
                                OptionType.STRING, "destination", "One destination (default: every one)", false, true)
                        .setMaxLength(OptionData.MAX_CHOICE_NAME_LENGTH));
    }

    @Override
    public Access access() {
        return Access.SERVER_MANAGERS;
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public Reply answer(SlashCommandInteraction command) {
        List<String> known = trigger.destinations();
        if (known.isEmpty()) {
            throw new CommandRefusal("No destinations are configured.");
        }
        String asked = command.getOption("destination", OptionMapping::getAsString);
        if (asked != null && !known.contains(asked)) {
            throw new CommandRefusal("There is no destination called “" + escapeWithMentions(asked)
                    + "”. Destinations: " + escapeWithMentions(String.join(", ", known)) + ".");
        }
        List<String> lines = new ArrayList<>();
        for (String destination : asked == null ? known : List.of(asked)) {
            lines.add(publish(destination));
        }
        return Reply.text(String.join("\n", lines));
    }

    private String publish(String destination) {
        try {
            return describe(trigger.publishNow(destination));
        } catch (RuntimeException e) {
            LOG.error("/digest now could not publish {}", destination, e);
            return "could not publish " + escapeWithMentions(destination) + ": "
                    + escapeWithMentions(String.valueOf(e.getMessage()));
        }
    }

    static String describe(PublishedEdition result) {
        String name = escapeWithMentions(result.destination());
        String line = result.edition().isPresent()
                ? "edition " + result.edition().getAsInt() + " of " + name + ": " + result.sent() + " channel(s) sent"
                : "nothing new for " + name
                        + (result.sent() > 0 ? ", " + result.sent() + " earlier delivery(ies) sent" : "");
        if (result.retrying() > 0) {
            line += ", " + result.retrying() + " to retry";
        }
        if (result.failed() > 0) {
            line += ", " + result.failed() + " failed";
        }
        return line;
    }

    /** The destinations whose name contains what was typed, in configuration order. */
    @Override
    public List<Command.Choice> suggest(CommandAutoCompleteInteraction request) {
        String typed = request.getFocusedOption().getValue().strip().toLowerCase(Locale.ROOT);
        return trigger.destinations().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(typed))
                // a choice's value is limited like its name
                .filter(name -> name.length() <= OptionData.MAX_CHOICE_NAME_LENGTH)
                .limit(OptionData.MAX_CHOICES)
                .map(name -> new Command.Choice(name, name))
                .toList();
    }
}
