package dev.digestbot.discord;

import static dev.digestbot.edition.MarkdownEscaper.escapeWithMentions;

import dev.digestbot.deliver.discord.Limits;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.FailedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.TimeFormat;

/**
 * {@code /digest status}, for admins, privately: the outbox by state, each destination's last
 * edition, and what failed lately (deliveries given up on, files that could not be read). Times
 * are Discord timestamps, which each reader's client shows in their own time zone.
 */
final class StatusCommand implements Subcommand {
    /** Room for one failure's reason, so that a long stack of them still fits one message. */
    private static final int REASON = 160;

    private final StatusSource source;

    StatusCommand(StatusSource source) {
        this.source = source;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("status", "Admins: outbox, last editions and recent failures");
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
        BotStatus status = source.status();
        List<String> lines = new ArrayList<>();
        lines.add("**Outbox** " + count(status, DeliveryState.PENDING) + " pending · "
                + count(status, DeliveryState.SENT) + " sent · " + count(status, DeliveryState.FAILED) + " failed");
        section(lines, "Destinations", status.destinations(), StatusCommand::destination);
        section(lines, "Failed deliveries", status.deliveryFailures(), StatusCommand::delivery);
        section(lines, "Failed files", status.failedFiles(), StatusCommand::file);
        return Reply.text(String.join("\n", lines));
    }

    private static long count(BotStatus status, DeliveryState state) {
        return status.queue().getOrDefault(state, 0L);
    }

    private static <T> void section(List<String> lines, String title, List<T> items, Function<T, String> line) {
        lines.add("**" + title + "**" + (items.isEmpty() ? " none" : ""));
        items.forEach(item -> lines.add("• " + line.apply(item)));
    }

    private static String destination(DestinationStatus d) {
        String name = escapeWithMentions(d.name());
        return d.lastEdition() == 0
                ? name + ": no edition yet"
                : name + ": edition " + d.lastEdition() + ", " + TimeFormat.DATE_TIME_SHORT.format(d.lastEditionAt());
    }

    private static String delivery(Delivery d) {
        String to = d.recipient().isEmpty() ? "" : " to " + escapeWithMentions(d.recipient());
        return escapeWithMentions(d.destination()) + " edition " + d.editionNumber() + to + ": "
                + reason(d.lastError() == null ? "no reason recorded" : d.lastError());
    }

    private static String file(FailedFile f) {
        return escapeWithMentions(f.path()) + ": " + reason(f.reason()) + " ("
                + TimeFormat.DATE_TIME_SHORT.format(f.failedAt()) + ")";
    }

    private static String reason(String text) {
        return Limits.fit(escapeWithMentions(text), REASON);
    }
}
