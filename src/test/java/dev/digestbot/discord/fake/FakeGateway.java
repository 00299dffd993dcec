package dev.digestbot.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's gateway on a free local port, as plain JSON text frames: HELLO on connect, READY and
 * GUILD_CREATE after IDENTIFY, an ACK for each heartbeat, and whatever a test dispatches.
 */
final class FakeGateway implements WebSocketServer.Handler, AutoCloseable {
    private static final int DISPATCH = 0;
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int INVALID_SESSION = 9;
    private static final int HELLO = 10;
    private static final int HEARTBEAT_ACK = 11;
    /** Discord's close code for a rejected token, after which JDA does not reconnect. */
    private static final int AUTHENTICATION_FAILED = 4004;

    private final String token;
    private final WebSocketServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> requestTargets = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile WebSocketConnection current;
    private volatile boolean withholdGuildCreate;

    FakeGateway(String token) {
        this.token = token;
        this.server = new WebSocketServer(this);
    }

    String url() {
        return "ws://127.0.0.1:" + server.port() + "/";
    }

    /** Every payload the client sent, in order. */
    List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The path and query of each connection, such as {@code /?encoding=json&v=10}. */
    List<String> requestTargets() {
        return List.copyOf(requestTargets);
    }

    /** From now on READY comes without its GUILD_CREATE, so JDA waits for the guild forever. */
    void withholdGuildCreate() {
        withholdGuildCreate = true;
    }

    /** The close code of each connection the client closed, in order. */
    List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    @Override
    public void onOpen(WebSocketConnection connection) {
        current = connection;
        requestTargets.add(connection.requestTarget());
        ObjectNode hello = DiscordPayloads.JSON.createObjectNode().put("op", HELLO);
        hello.putObject("d").put("heartbeat_interval", 41_250);
        connection.sendText(hello.toString());
    }

    @Override
    public void onText(WebSocketConnection connection, String text) {
        JsonNode payload;
        try {
            payload = DiscordPayloads.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the gateway client sent something other than JSON: " + text, e);
        }
        received.add(payload);
        switch (payload.path("op").asInt(-1)) {
            case HEARTBEAT -> connection.sendText("{\"op\":" + HEARTBEAT_ACK + "}");
            case IDENTIFY -> identify(connection, payload.path("d"));
            // sessions are not kept: the client must start a new one, as after a long outage
            case RESUME -> connection.sendText("{\"op\":" + INVALID_SESSION + ",\"d\":false}");
            default -> {
                // Presence updates and the like: recorded, nothing to answer.
            }
        }
    }

    @Override
    public void onClose(WebSocketConnection connection, int code) {
        closeCodes.add(code);
    }

    private void identify(WebSocketConnection connection, JsonNode identify) {
        if (!token.equals(identify.path("token").asText())) {
            connection.close(AUTHENTICATION_FAILED);
            return;
        }
        String sessionId = "fake-session-" + sessions.incrementAndGet();
        send(connection, "READY", DiscordPayloads.ready(url(), sessionId));
        if (!withholdGuildCreate) {
            send(connection, "GUILD_CREATE", DiscordPayloads.guildCreate());
        }
    }

    /** Closes the client's connection with {@code code}, as Discord does when it ends a session. */
    void closeConnection(int code) {
        WebSocketConnection connection = current;
        if (connection == null || connection.isClosed()) {
            throw new IllegalStateException("no client is connected to the fake gateway");
        }
        connection.close(code);
    }

    /** Sends a dispatch event to the connected client. */
    void dispatch(String type, JsonNode data) {
        WebSocketConnection connection = current;
        if (connection == null || connection.isClosed()) {
            throw new IllegalStateException("no client is connected to the fake gateway");
        }
        send(connection, type, data);
    }

    private void send(WebSocketConnection connection, String type, JsonNode data) {
        ObjectNode event = DiscordPayloads.JSON
                .createObjectNode()
                .put("op", DISPATCH)
                .put("s", sequence.incrementAndGet())
                .put("t", type);
        event.set("d", data);
        connection.sendText(event.toString());
    }

    @Override
    public void close() {
        server.close();
    }
}
