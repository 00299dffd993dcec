package dev.digestbot.discord;

import dev.digestbot.deliver.discord.DigestEmbeds;
import dev.digestbot.store.ArticleRepository;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's slash commands: {@code /digest} and its subcommands, one {@link Subcommand} class
 * each. Give it to {@link DiscordConnection} as a listener: once the gateway is ready it
 * registers the command set with Discord (a bulk overwrite, so removed subcommands disappear), then
 * routes each command and autocomplete request to its subcommand.
 *
 * <p>A request that may run is deferred at once on JDA's event thread and answered from a small
 * worker pool, so reading the database or publishing an edition never blocks the gateway and
 * never outlasts Discord's three seconds for the first answer. Autocomplete cannot be deferred,
 * so it has workers of its own: suggestions never wait behind a {@code /digest now} that takes
 * minutes. Refusals and errors are answered privately; nothing ends in a silent "interaction
 * failed".
 */
public final class CommandRegistry extends ListenerAdapter implements AutoCloseable {
    static final String COMMAND = "digest";

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistry.class);
    private static final int WORKERS = 2;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new WorkerThreads("slash-command-"));
    private final ExecutorService suggesters =
            Executors.newFixedThreadPool(WORKERS, new WorkerThreads("slash-autocomplete-"));

    /**
     * @param articles where digests are read from
     * @param zone the time zone dates in digests are shown in
     * @param trigger publishes editions for {@code /digest now}
     * @param status what {@code /digest status} shows
     * @param signup the newsletter, when the bot sends one
     */
    public CommandRegistry(
            ArticleRepository articles,
            ZoneId zone,
            EditionTrigger trigger,
            StatusSource status,
            Optional<EmailSignup> signup) {
        this(standard(articles, new DigestReplies(new DigestEmbeds(zone)), trigger, status, signup));
    }

    CommandRegistry(List<Subcommand> commands) {
        commands.forEach(c -> subcommands.put(c.definition().getName(), c));
    }

    private static List<Subcommand> standard(
            ArticleRepository articles,
            DigestReplies replies,
            EditionTrigger trigger,
            StatusSource status,
            Optional<EmailSignup> signup) {
        return List.of(
                new LatestCommand(articles, replies),
                new SearchCommand(articles, replies),
                new ShowCommand(articles, replies),
                new SubscribeCommand(signup),
                new UnsubscribeCommand(signup),
                new NowCommand(trigger),
                new StatusCommand(status));
    }

    /** {@code /digest} as Discord is told about it: in servers and in the bot's direct messages. */
    SlashCommandData definition() {
        return Commands.slash(COMMAND, "Article digests: the latest, a search, one by title, the newsletter")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .addSubcommands(subcommands.values().stream()
                        .map(Subcommand::definition)
                        .toList());
    }

    @Override
    public void onReady(ReadyEvent event) {
        event.getJDA()
                .updateCommands()
                .addCommands(definition())
                .queue(
                        registered -> LOG.info("Registered /{} with {} subcommands", COMMAND, subcommands.size()),
                        e -> LOG.error("Could not register /{} with Discord: {}", COMMAND, e.getMessage(), e));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!COMMAND.equals(event.getName())) {
            return; // another listener's command
        }
        Subcommand command = route(event.getSubcommandName());
        if (command == null) {
            refuse(event, "This command is no longer available; try /" + COMMAND + " again in a minute.");
            return;
        }
        String name = event.getFullCommandName();
        var refusal = command.access().refusal(event, "/" + name);
        if (refusal.isPresent()) {
            LOG.info("Refused /{} for user {} in {}: {}", name, event.getUser().getId(), where(event), refusal.get());
            refuse(event, refusal.get());
            return;
        }
        // The hook holds the answer back until the deferral is acknowledged, and fails it if not.
        InteractionHook hook = event.getHook();
        event.deferReply(command.ephemeral())
                .queue(null, e -> LOG.warn("Could not defer /{} in {}: {}", name, where(event), e.getMessage()));
        try {
            workers.execute(() -> answer(command, event, hook));
        } catch (RejectedExecutionException e) {
            ReplySender.sendPrivately(hook, "The bot is shutting down; try again in a minute.", command.ephemeral());
        }
    }

    private void answer(Subcommand command, SlashCommandInteractionEvent event, InteractionHook hook) {
        String name = event.getFullCommandName();
        try {
            ReplySender.send(hook, command.answer(event), command.ephemeral());
            LOG.debug("Answered /{} for user {} in {}", name, event.getUser().getId(), where(event));
        } catch (CommandRefusal refusal) {
            LOG.info("Declined /{} in {}: {}", name, where(event), refusal.getMessage());
            ReplySender.sendPrivately(hook, refusal.getMessage(), command.ephemeral());
        } catch (RuntimeException e) {
            LOG.error("/{} failed for user {} in {}", name, event.getUser().getId(), where(event), e);
            ReplySender.sendPrivately(
                    hook, "Sorry, /" + name + " failed. The bot's log has the details.", command.ephemeral());
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!COMMAND.equals(event.getName())) {
            return;
        }
        Subcommand command = route(event.getSubcommandName());
        if (command == null
                || command.access().refusal(event, event.getFullCommandName()).isPresent()) {
            event.replyChoices().queue();
            return;
        }
        try {
            suggesters.execute(() -> suggest(command, event));
        } catch (RejectedExecutionException e) {
            event.replyChoices().queue();
        }
    }

    /** Answers with the command's choices, or with none when they cannot be worked out. */
    private static void suggest(Subcommand command, CommandAutoCompleteInteractionEvent event) {
        List<Command.Choice> choices;
        try {
            choices = command.suggest(event);
        } catch (RuntimeException e) {
            LOG.error("Suggestions for /{} failed in {}", event.getFullCommandName(), where(event), e);
            choices = List.of();
        }
        event.replyChoices(choices)
                .queue(
                        null,
                        e -> LOG.warn(
                                "Could not offer choices for /{}: {}", event.getFullCommandName(), e.getMessage()));
    }

    /** The subcommand of that name, or null for one this version does not have (a stale registration). */
    private Subcommand route(String subcommand) {
        return subcommand == null ? null : subcommands.get(subcommand);
    }

    private static void refuse(SlashCommandInteractionEvent event, String text) {
        event.reply(text)
                .setEphemeral(true)
                .queue(null, e -> LOG.warn("Could not refuse /{}: {}", event.getFullCommandName(), e.getMessage()));
    }

    private static String where(Interaction interaction) {
        return interaction.isFromGuild() ? "guild " + interaction.getGuild().getId() : "a direct message";
    }

    /**
     * Stops taking requests, answering any that still come with a "shutting down" reply, and waits
     * briefly for the answers under way. Close it before the Discord connection, which sends them.
     */
    @Override
    public void close() {
        suggesters.shutdown();
        workers.shutdown();
        try {
            long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
            if (!workers.awaitTermination(CLOSE_WAIT.toNanos(), TimeUnit.NANOSECONDS)
                    || !suggesters.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                LOG.warn("Slash command answers still running after {} s; stopping them", CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
            suggesters.shutdownNow();
        }
    }

    /** Daemon threads with names that say what they do in a thread dump. */
    private static final class WorkerThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        WorkerThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
