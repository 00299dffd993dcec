package dev.digestbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP server that can go down and come back, in front of a real one (GreenMail), on one port
 * throughout. While it is {@link #down()}, every open connection breaks at the client's next
 * command, or mid-message when the client is sending one, and each new connection is told {@code
 * 421 Service not available} and closed, as a server shutting down answers (RFC 5321, 3.8).
 *
 * <p>A connection is never broken after the server has taken a whole message and before its
 * reply has reached the client. SMTP cannot tell a message lost there from one accepted (RFC
 * 1047), so any sender would send it again; stopping GreenMail itself can break a connection in
 * exactly that moment, which would make "one copy each" a matter of luck rather than of the
 * outbox. The bot's mail client (Angus Mail) sends nothing after the end of a message until it
 * has read the reply, so breaking a connection only when the client sends more never hides one. The
 * port stays bound while down: once let go, any program on the machine may take it before the
 * server comes back.
 */
final class SmtpOutage implements AutoCloseable {
    private static final byte[] SHUTTING_DOWN =
            "421 4.3.2 Service not available, closing transmission channel\r\n".getBytes(StandardCharsets.US_ASCII);

    private final int serverPort;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<Relay> relays = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    /** Listens on a free loopback port and relays to {@code serverPort}. */
    SmtpOutage(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    /** The port clients connect to. */
    int port() {
        return listener.getLocalPort();
    }

    /** Turns new connections away and breaks open ones at the client's next bytes. */
    void down() {
        down = true;
        relays.forEach(Relay::breakOnNextSend);
    }

    /** Relays new connections again. */
    void up() {
        down = false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        relays.forEach(Relay::close);
        threads.shutdownNow();
    }

    private Void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    turnAway(client);
                } else {
                    relay(client);
                }
            } catch (IOException e) {
                return null; // closed
            }
        }
        return null;
    }

    private static void turnAway(Socket client) throws IOException {
        try (client) {
            client.getOutputStream().write(SHUTTING_DOWN);
        }
    }

    private void relay(Socket client) throws IOException {
        Relay relay = new Relay(client, new Socket(InetAddress.getLoopbackAddress(), serverPort));
        relays.add(relay);
        if (down) {
            relay.breakOnNextSend(); // went down while this one was being accepted
        }
        threads.submit(relay::fromServer);
        threads.submit(relay::fromClient);
    }

    /** One client connection and its connection to the server. */
    private final class Relay {
        private final Socket client;
        private final Socket server;
        private volatile boolean broken;

        Relay(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void breakOnNextSend() {
            broken = true;
        }

        /** Replies go through until the connection is closed, so none in flight is lost. */
        Void fromServer() {
            copy(server, client, false);
            return null;
        }

        /** Commands and message data go through until the port is down. */
        Void fromClient() {
            copy(client, server, true);
            return null;
        }

        private void copy(Socket from, Socket to, boolean breakable) {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n = in.read(buffer); n >= 0 && !(breakable && broken); n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                close();
            }
        }

        void close() {
            relays.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to do with it
            }
        }
    }
}
