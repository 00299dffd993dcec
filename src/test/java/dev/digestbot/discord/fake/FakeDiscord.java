package dev.digestbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.discord.DiscordEndpoints;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Discord for tests: a REST API and a gateway on free ports, serving one guild
 * ({@link FakeGuild}) to a bot that logs in with {@link #TOKEN}. Point the real JDA client at
 * {@link #endpoints()}, then assert on {@link #requests()}: the JSON JDA actually sent.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start();
 *         DiscordConnection connection = new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), ...)) {
 *     JDA jda = connection.connect();
 *     FakeInteraction run = discord.dispatchSlashCommand(FakeGuild.MEMBER_ID, FakeGuild.NEWS_CHANNEL_ID,
 *             "digest", "latest", Map.of("count", 3));
 *     await().until(() -> !discord.requests("POST", run.callbackPath()).isEmpty());
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {
    /** The only token the fake accepts; any other gets 401 from REST and close code 4004. */
    public static final String TOKEN = "ZmFrZS1ib3QtdG9rZW4.fake.token-for-tests-only";

    private final FakeRestApi rest;
    private final FakeGateway gateway;
    private final AtomicLong nextInteraction = new AtomicLong(1_700_000_000_000_000_001L);

    private FakeDiscord() {
        rest = new FakeRestApi(TOKEN);
        gateway = new FakeGateway(TOKEN);
    }

    public static FakeDiscord start() {
        return new FakeDiscord();
    }

    /** The REST base and gateway URLs to give {@code DiscordConnection}. */
    public DiscordEndpoints endpoints() {
        return new DiscordEndpoints(
                URI.create("http://127.0.0.1:" + rest.port() + FakeRestApi.BASE_PATH), URI.create(gateway.url()));
    }

    /** Every REST request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    /** The REST requests so far with {@code method} on {@code path} (below {@code /api/v10/}). */
    public List<RecordedRequest> requests(String method, String path) {
        return rest.requests().stream().filter(r -> r.is(method, path)).toList();
    }

    /** Makes the next requests with {@code method} on {@code path} get {@code responses}, in order. */
    public void script(String method, String path, ScriptedResponse... responses) {
        for (ScriptedResponse response : responses) {
            rest.script(method, path, response);
        }
    }

    /**
     * Lets the next {@code passing} requests with {@code method} on {@code path} get the usual
     * answer before the responses scripted after this call: {@code pass(..., 1)} then {@code
     * script(..., SERVER_ERROR)} fails the second request.
     */
    public void pass(String method, String path, int passing) {
        rest.pass(method, path, passing);
    }

    /**
     * The messages created in {@code channelId} so far, in order: what its members see. A message
     * sent again with the nonce of one already created (and {@code enforce_nonce}) is not created
     * twice, as on Discord.
     */
    public List<JsonNode> messages(String channelId) {
        return rest.channelMessages(channelId);
    }

    /**
     * Makes the next message posted to {@code channelId} land in the channel but get a 500 answer,
     * as when Discord's answer to a send that worked is lost on the way.
     */
    public void landNextMessageThenFail(String channelId) {
        rest.landNextMessageThenFail(channelId);
    }

    /**
     * Makes the gateway send READY but never the guild, as a gateway whose GUILD_CREATE JDA cannot
     * read looks to the client: it waits for the guild and never becomes ready.
     */
    public void withholdGuildCreate() {
        gateway.withholdGuildCreate();
    }

    /**
     * Ends the client's gateway connection with close code {@code code}. The client's attempt to
     * resume is refused, so it starts a new session, dropping its servers and channels until they
     * arrive again.
     */
    public void closeGatewayConnection(int code) {
        gateway.closeConnection(code);
    }

    /** Every gateway payload the client sent (IDENTIFY, heartbeats...), in order. */
    public List<JsonNode> gatewayReceived() {
        return gateway.received();
    }

    /** The path and query each gateway connection asked for. */
    public List<String> gatewayRequestTargets() {
        return gateway.requestTargets();
    }

    /** The close code of each gateway connection the client closed, such as 1000 on shutdown. */
    public List<Integer> gatewayCloseCodes() {
        return gateway.closeCodes();
    }

    /**
     * Dispatches an INTERACTION_CREATE for {@code /command [subcommand] options...}, as if
     * {@code userId} ran it in {@code channelId}.
     *
     * @param subcommand the subcommand, or null for a command without subcommands
     * @param options option values by name: String, Integer, Long, Boolean or Double
     */
    public FakeInteraction dispatchSlashCommand(
            String userId, String channelId, String command, String subcommand, Map<String, ?> options) {
        FakeInteraction interaction = newInteraction(channelId);
        gateway.dispatch(
                "INTERACTION_CREATE",
                DiscordPayloads.slashCommand(
                        interaction,
                        userId,
                        channelId,
                        DiscordPayloads.commandData(commandId(command), command, subcommand, options)));
        return interaction;
    }

    /**
     * Dispatches an INTERACTION_CREATE for {@code /command [subcommand] options...} as if
     * {@code userId} ran it in their direct messages with the bot, outside any guild.
     */
    public FakeInteraction dispatchDirectMessageCommand(
            String userId, String command, String subcommand, Map<String, ?> options) {
        FakeInteraction interaction = newInteraction(FakeGuild.DM_CHANNEL_ID);
        gateway.dispatch(
                "INTERACTION_CREATE",
                DiscordPayloads.directMessageCommand(
                        interaction,
                        userId,
                        DiscordPayloads.commandData(commandId(command), command, subcommand, options)));
        return interaction;
    }

    /**
     * Dispatches an autocomplete request, as Discord sends while {@code userId} types {@code typed}
     * into the option {@code focused} of {@code /command [subcommand]}; the answer goes to the
     * interaction's {@link FakeInteraction#callbackPath()}.
     *
     * @param options the options already filled in, as for {@link #dispatchSlashCommand}
     * @param focusedType the declared type of the focused option, such as {@code OptionType.INTEGER.getKey()}
     */
    public FakeInteraction dispatchAutocomplete(
            String userId,
            String channelId,
            String command,
            String subcommand,
            Map<String, ?> options,
            String focused,
            int focusedType,
            String typed) {
        FakeInteraction interaction = newInteraction(channelId);
        ObjectNode data = DiscordPayloads.autocompleteData(
                commandId(command), command, subcommand, options, focused, focusedType, typed);
        ObjectNode event = DiscordPayloads.slashCommand(interaction, userId, channelId, data);
        gateway.dispatch("INTERACTION_CREATE", event.put("type", 4));
        return interaction;
    }

    private FakeInteraction newInteraction(String channelId) {
        String id = Long.toString(nextInteraction.getAndIncrement());
        FakeInteraction interaction = new FakeInteraction(id, "interaction-token-" + id);
        rest.expectInteraction(interaction, channelId);
        return interaction;
    }

    private static String commandId(String command) {
        return "1800000000000000" + String.format("%03d", Math.floorMod(command.hashCode(), 1000));
    }

    /** Dispatches any gateway event, for events this class has no method for. */
    public void dispatch(String type, JsonNode data) {
        gateway.dispatch(type, data);
    }

    @Override
    public void close() {
        gateway.close();
        rest.close();
    }
}
