package dev.digestbot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * One subcommand of {@code /digest}: how it is declared to Discord, who may run it, and what it
 * answers. The {@link CommandRegistry} checks {@link #access()}, defers the reply, calls
 * {@link #answer} on a worker thread (never JDA's event thread, so it may read the database or
 * publish) and sends the {@link Reply}; a command only works out what to say.
 *
 * <p>To add one, write a class and add it to the registry's list:
 *
 * <pre>{@code
 * final class OldestCommand implements Subcommand {
 *     private final ArticleRepository articles;
 *     private final DigestReplies replies;
 *
 *     public SubcommandData definition() { return new SubcommandData("oldest", "The first digest stored"); }
 *     public Reply answer(SlashCommandInteraction command) { ... return replies.of(List.of(oldest)); }
 * }
 * }</pre>
 *
 * Throw {@link CommandRefusal} to tell the user why a request cannot be answered; any other
 * exception is logged and answered with a short apology, both privately to the user.
 */
interface Subcommand {
    /** The name, description and options Discord shows. */
    SubcommandData definition();

    /** Who may run it, and where: anyone, anywhere, unless the command says otherwise. */
    default Access access() {
        return Access.ANYONE;
    }

    /** Whether the answer is seen only by the member who asked; public unless the command says otherwise. */
    default boolean ephemeral() {
        return false;
    }

    /** What to answer {@code command} with; runs after the reply was deferred. */
    Reply answer(SlashCommandInteraction command);

    /** Choices for the option being typed in {@code request}; none unless an option autocompletes. */
    default List<Command.Choice> suggest(CommandAutoCompleteInteraction request) {
        return List.of();
    }
}
