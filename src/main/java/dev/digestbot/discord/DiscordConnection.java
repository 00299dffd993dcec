package dev.digestbot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one JDA client: logs in with the bot token, waits for the gateway to be ready, and
 * shuts down in order. Only the {@code GUILDS} intent (no privileged intents) and no member,
 * presence or other caches: enough to post to channels and answer slash commands.
 *
 * <p>Every new message JDA sends in this process (channel messages, interaction replies and
 * follow-ups) allows no mentions: article text is untrusted and must never ping {@code @everyone}, a
 * role or a user. Edits are the exception: JDA sends {@code allowed_mentions} on an edit only when
 * the edit sets it, so code that edits a message (such as a deferred reply's original) must call
 * {@code setAllowedMentions} itself.
 */
public final class DiscordConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordConnection.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    /** JDA always asks for {@code GUILDS} (intent bit 0) and has no constant for it; add nothing else. */
    private static final EnumSet<GatewayIntent> NO_EXTRA_INTENTS = EnumSet.noneOf(GatewayIntent.class);

    private final String token;
    private final DiscordEndpoints endpoints;
    private final Duration readyTimeout;
    private final List<EventListener> listeners;
    private JDA jda;

    /**
     * @param token the bot token; kept in memory only, never logged
     * @param endpoints where Discord's REST API and gateway are
     * @param readyTimeout how long {@link #connect()} waits for the gateway to be ready
     * @param listeners event listeners (slash commands and such), registered before login so that
     *     they see the ready event
     */
    public DiscordConnection(
            String token, DiscordEndpoints endpoints, Duration readyTimeout, List<? extends EventListener> listeners) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is empty");
        }
        if (readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("the Discord ready timeout must be positive, not " + readyTimeout);
        }
        this.token = token;
        this.endpoints = endpoints;
        this.readyTimeout = readyTimeout;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Logs in and waits until the gateway has delivered the bot's guilds.
     *
     * @return the ready client, for senders and commands; {@link #close()} shuts it down
     * @throws DiscordConnectionException when Discord rejects the token, cannot be reached, or is
     *     not ready within the timeout
     */
    public synchronized JDA connect() {
        if (jda != null) {
            throw new IllegalStateException("already connected to Discord");
        }
        // A JVM-wide default, so that no new message, reply or follow-up can forget it.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ReadySignal ready = new ReadySignal();
        JDA client = login(ready);
        awaitReady(client, ready);
        jda = client;
        LOG.info(
                "Connected to Discord as {} ({}) in {} guild(s)",
                client.getSelfUser().getName(),
                client.getSelfUser().getId(),
                client.getGuilds().size());
        return client;
    }

    private JDA login(ReadySignal ready) {
        JDABuilder builder = JDABuilder.createLight(token, NO_EXTRA_INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(endpoints.restUrl().toString()))
                .setSessionController(
                        new FixedGatewaySessionController(endpoints.gatewayUrl().toString()))
                // The application stops JDA in its shutdown order, after the senders that use it.
                .setEnableShutdownHook(false)
                // A timed-out POST may have been delivered; the outbox decides whether to resend.
                .setRequestTimeoutRetry(false)
                .addEventListeners(ready)
                .addEventListeners(listeners.toArray());
        try {
            return builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordConnectionException(
                    "Discord at " + endpoints.restUrl() + " rejected the bot token (401 Unauthorized)", e);
        } catch (RuntimeException e) {
            throw new DiscordConnectionException(
                    "cannot log in to Discord at " + endpoints.restUrl() + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(JDA client, ReadySignal ready) {
        try {
            ready.future.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            client.shutdownNow();
            throw new DiscordConnectionException("the Discord gateway at " + endpoints.gatewayUrl()
                    + " was not ready within " + readyTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new DiscordConnectionException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.shutdownNow();
            throw new DiscordConnectionException("interrupted while waiting for the Discord gateway", e);
        }
    }

    /** Shuts the client down, waiting for queued requests to finish; does nothing when not connected. */
    @Override
    public synchronized void close() {
        if (jda == null) {
            return;
        }
        JDA client = jda;
        jda = null;
        client.shutdown();
        try {
            if (!client.awaitShutdown(SHUTDOWN_TIMEOUT)) {
                LOG.warn("Discord client did not stop within {} s; stopping it now", SHUTDOWN_TIMEOUT.toSeconds());
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.shutdownNow();
        }
        LOG.info("Disconnected from Discord");
    }

    /**
     * Completes when JDA is connected, or fails when it shuts down before that. JDA fires its
     * ready event just before it sets the status to connected, so the status is what counts.
     */
    private static final class ReadySignal extends ListenerAdapter {
        private final CompletableFuture<Void> future = new CompletableFuture<>();

        @Override
        public void onStatusChange(StatusChangeEvent event) {
            if (event.getNewStatus() == JDA.Status.CONNECTED) {
                future.complete(null);
            }
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            future.completeExceptionally(new DiscordConnectionException(
                    "the Discord gateway closed the connection before it was ready (close code " + event.getCode()
                            + ")"));
        }
    }

    /** Hands JDA the configured gateway instead of Discord's. */
    private static final class FixedGatewaySessionController extends ConcurrentSessionController {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public String getGateway() {
            return gateway;
        }
    }
}
