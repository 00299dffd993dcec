package dev.digestbot.discord.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WebSocket server on a free local port that speaks just enough of RFC 6455 for a gateway fake:
 * the opening handshake, text frames both ways, ping and close. One thread accepts, one per
 * connection reads.
 */
final class WebSocketServer implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final Handler handler;
    private final List<WebSocketConnection> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    WebSocketServer(Handler handler) {
        this.handler = handler;
        try {
            serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "fake-gateway-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                Thread reader = new Thread(() -> serve(socket), "fake-gateway-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            WebSocketConnection connection = WebSocketConnection.accept(socket);
            connections.add(connection);
            handler.onOpen(connection);
            String text;
            while ((text = connection.readText()) != null) {
                handler.onText(connection, text);
            }
            handler.onClose(connection, connection.closeCode());
        } catch (IOException e) {
            // The client went away without a close frame; nothing left to serve.
        } finally {
            connections.removeIf(WebSocketConnection::isClosed);
        }
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.forEach(c -> c.close(1001));
    }

    /** What the server does with each connection. */
    interface Handler {
        void onOpen(WebSocketConnection connection);

        void onText(WebSocketConnection connection, String text);

        void onClose(WebSocketConnection connection, int code);
    }
}
