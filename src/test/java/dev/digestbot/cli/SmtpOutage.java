package dev.digestbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP port that can go down and come back, in front of a real server (GreenMail): while it is
 * {@link #down()}, connecting is refused and every open connection breaks at the client's next
 * command, or mid-message when the client is sending one.
 *
 * <p>A connection is never broken after the server has taken a whole message and before its
 * reply has reached the client. SMTP cannot tell a message lost there from one accepted (RFC
 * 1047), so any sender would send it again; stopping GreenMail itself can break a connection in
 * exactly that moment, which would make "one copy each" a matter of luck rather than of the
 * outbox. Without pipelining, a client sends nothing after the end of a message until it has read
 * the reply, so breaking a connection only when the client sends more never hides a reply.
 */
final class SmtpOutage implements AutoCloseable {
    private final int serverPort;
    private final int port;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<Relay> relays = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    /** Listens on a free loopback port and relays to {@code serverPort}. */
    SmtpOutage(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        threads.submit(() -> accept(listener));
    }

    /** The port clients connect to; the same after {@link #up()}. */
    int port() {
        return port;
    }

    /** Refuses new connections and breaks open ones at the client's next bytes. */
    synchronized void down() throws IOException {
        listener.close();
        relays.forEach(Relay::breakOnNextSend);
    }

    /** Listens on the same port again. */
    synchronized void up() throws IOException {
        listener = listen(port);
        ServerSocket current = listener;
        threads.submit(() -> accept(current));
    }

    @Override
    public void close() throws IOException {
        listener.close();
        relays.forEach(Relay::close);
        threads.shutdownNow();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true); // the port is taken again at once, connections of the last run still closing
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return socket;
    }

    private Void accept(ServerSocket from) {
        while (!from.isClosed()) {
            try {
                Relay relay = new Relay(from.accept(), new Socket(InetAddress.getLoopbackAddress(), serverPort));
                relays.add(relay);
                threads.submit(relay::fromServer);
                threads.submit(relay::fromClient);
            } catch (IOException e) {
                return null; // the listener closed: the port is down
            }
        }
        return null;
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
