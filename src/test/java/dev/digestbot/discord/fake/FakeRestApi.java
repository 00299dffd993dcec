package dev.digestbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API on a free local port, for the routes the bot uses. Records every request;
 * answers as Discord does, or with what a test scripted for a route.
 */
final class FakeRestApi implements AutoCloseable {
    static final String BASE_PATH = "/api/v10/";
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/(\\d+))?/commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/([^/]+)(/messages/@original)?");
    private static final int EPHEMERAL = 1 << 6;

    private final HttpServer server;
    private final String authorization;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<ScriptedResponse>> scripted = new ConcurrentHashMap<>();
    /** Channel of each interaction token the gateway handed out. */
    private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();

    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    /** The messages created in each channel, in order, as its members see them. */
    private final Map<String, List<JsonNode>> channelMessages = new ConcurrentHashMap<>();
    /** Messages created with an enforced nonce, by channel and nonce. */
    private final Map<String, ObjectNode> byNonce = new ConcurrentHashMap<>();
    /** Channels whose next message is created but answered with a server error. */
    private final Map<String, Integer> landThenFail = new ConcurrentHashMap<>();

    private final AtomicLong nextId = new AtomicLong(1_600_000_000_000_000_001L);

    FakeRestApi(String token) {
        this.authorization = "Bot " + token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(BASE_PATH, this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    void script(String method, String path, ScriptedResponse response) {
        scripted.computeIfAbsent(method + " " + path, k -> new ConcurrentLinkedQueue<>())
                .add(response);
    }

    /** Lets the next {@code passing} requests with {@code method} on {@code path} through unscripted. */
    void pass(String method, String path, int passing) {
        for (int i = 0; i < passing; i++) {
            script(method, path, ScriptedResponse.PASS);
        }
    }

    List<JsonNode> channelMessages(String channelId) {
        return List.copyOf(channelMessages.getOrDefault(channelId, List.of()));
    }

    void landNextMessageThenFail(String channelId) {
        landThenFail.merge(channelId, 1, Integer::sum);
    }

    void expectInteraction(FakeInteraction interaction, String channelId) {
        interactionChannels.put(interaction.token(), channelId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? MissingNode.getInstance() : DiscordPayloads.JSON.readTree(raw);
            requests.add(new RecordedRequest(method, path, query == null ? "" : query, auth == null ? "" : auth, body));
            Queue<ScriptedResponse> queue = scripted.get(method + " " + path);
            ScriptedResponse scriptedResponse = queue == null ? null : queue.poll();
            if (scriptedResponse != null && scriptedResponse != ScriptedResponse.PASS) {
                scriptedResponse.headers().forEach(exchange.getResponseHeaders()::add);
                send(exchange, scriptedResponse.status(), scriptedResponse.body());
            } else if (!authorization.equals(auth)) {
                send(exchange, 401, "{\"code\":0,\"message\":\"401: Unauthorized\"}");
            } else {
                route(exchange, method, path, body);
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            send(exchange, 200, DiscordPayloads.selfUser().toString());
        } else if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            postMessage(exchange, m.group(1), body);
        } else if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            send(exchange, 200, commands(body, m.group(2)).toString());
        } else if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
            callback(exchange, m.group(1), m.group(2), body);
        } else if ((method.equals("POST") || method.equals("PATCH")) && (m = WEBHOOK.matcher(path)).matches()) {
            webhookMessage(exchange, m.group(1), body);
        } else if (method.equals("DELETE") && (m = WEBHOOK.matcher(path)).matches() && m.group(2) != null) {
            deleteOriginal(exchange, m.group(1));
        } else {
            send(exchange, 404, "{\"code\":0,\"message\":\"404: Not Found\"}");
        }
    }

    private void postMessage(HttpExchange exchange, String channelId, JsonNode body) throws IOException {
        if (!FakeGuild.isChannel(channelId)) {
            send(exchange, 404, ScriptedResponse.UNKNOWN_CHANNEL.body());
            return;
        }
        // as Discord does with enforce_nonce: the same nonce again gets the message it created, not a new one
        String nonce =
                body.path("enforce_nonce").asBoolean() ? body.path("nonce").asText("") : "";
        ObjectNode earlier = nonce.isEmpty() ? null : byNonce.get(channelId + " " + nonce);
        if (earlier != null) {
            send(exchange, 200, earlier.toString());
            return;
        }
        ObjectNode message = DiscordPayloads.message(newId(), channelId, body).put("guild_id", FakeGuild.GUILD_ID);
        if (!nonce.isEmpty()) {
            message.put("nonce", nonce);
            byNonce.put(channelId + " " + nonce, message);
        }
        channelMessages
                .computeIfAbsent(channelId, k -> new CopyOnWriteArrayList<>())
                .add(message);
        if (takeLandThenFail(channelId)) {
            send(exchange, ScriptedResponse.SERVER_ERROR.status(), ScriptedResponse.SERVER_ERROR.body());
            return;
        }
        send(exchange, 200, message.toString());
    }

    private boolean takeLandThenFail(String channelId) {
        boolean[] taken = {false};
        landThenFail.computeIfPresent(channelId, (k, n) -> {
            taken[0] = true;
            return n > 1 ? n - 1 : null;
        });
        return taken[0];
    }

    /** A bulk overwrite answers with the commands as stored: ids and versions added. */
    private ArrayNode commands(JsonNode body, String guildId) {
        ArrayNode stored = DiscordPayloads.JSON.createArrayNode();
        for (JsonNode command : body) {
            ObjectNode copy = command.deepCopy();
            String id = newId();
            copy.put("id", id).put("application_id", FakeGuild.APPLICATION_ID).put("version", id);
            if (guildId != null) {
                copy.put("guild_id", guildId);
            }
            stored.add(copy);
        }
        return stored;
    }

    private void callback(HttpExchange exchange, String interactionId, String token, JsonNode body) throws IOException {
        String channelId = interactionChannels.get(token);
        if (channelId == null) {
            send(exchange, 404, "{\"code\":10062,\"message\":\"Unknown interaction\"}");
        } else if (acknowledged.putIfAbsent(interactionId, true) != null) {
            send(exchange, 400, "{\"code\":40060,\"message\":\"Interaction has already been acknowledged.\"}");
        } else {
            JsonNode data = body.path("data");
            ObjectNode message = DiscordPayloads.message(newId(), channelId, data);
            ObjectNode answer = DiscordPayloads.JSON.createObjectNode();
            answer.putObject("interaction")
                    .put("id", interactionId)
                    .put("type", 2)
                    .put("response_message_id", message.get("id").asText())
                    .put("response_message_loading", body.path("type").asInt() == 5)
                    .put("response_message_ephemeral", (data.path("flags").asInt() & EPHEMERAL) != 0);
            ObjectNode resource =
                    answer.putObject("resource").put("type", body.path("type").asInt());
            resource.set("message", message);
            send(exchange, 200, answer.toString());
        }
    }

    private void webhookMessage(HttpExchange exchange, String token, JsonNode body) throws IOException {
        String channelId = interactionChannels.get(token);
        if (channelId == null) {
            send(exchange, 404, "{\"code\":10015,\"message\":\"Unknown Webhook\"}");
            return;
        }
        ObjectNode message = DiscordPayloads.message(newId(), channelId, body)
                .put("webhook_id", FakeGuild.APPLICATION_ID)
                .put("application_id", FakeGuild.APPLICATION_ID);
        send(exchange, 200, message.toString());
    }

    private void deleteOriginal(HttpExchange exchange, String token) throws IOException {
        if (interactionChannels.containsKey(token)) {
            send(exchange, 204, "");
        } else {
            send(exchange, 404, "{\"code\":10015,\"message\":\"Unknown Webhook\"}");
        }
    }

    private String newId() {
        return Long.toString(nextId.getAndIncrement());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
