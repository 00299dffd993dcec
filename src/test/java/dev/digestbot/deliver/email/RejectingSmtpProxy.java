package dev.digestbot.deliver.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sits in front of a real SMTP server (GreenMail, which accepts every recipient) and answers
 * {@code RCPT TO} for the given addresses with {@code 550} itself, as a server does for a mailbox
 * that does not exist. Everything else is passed through. SMTP without pipelining is lock-step, so
 * the proxy can answer a command in the server's place between two of the server's replies.
 */
final class RejectingSmtpProxy implements AutoCloseable {
    static final String REPLY = "550 5.1.1 mailbox unavailable";

    private final ServerSocket listener;
    private final int serverPort;
    private final Set<String> rejected;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    RejectingSmtpProxy(int serverPort, Set<String> rejected) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.serverPort = serverPort;
        this.rejected = rejected;
        threads.submit(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private Void accept() throws IOException {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return null; // closed
            }
            Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
            threads.submit(() -> pipe(server, client));
            threads.submit(() -> commands(client, server));
        }
        return null;
    }

    /** Server to client, unchanged. */
    private Void pipe(Socket from, Socket to) throws IOException {
        try (from;
                to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        }
        return null;
    }

    /** Client to server, line by line, answering RCPT TO for rejected addresses in its place. */
    private Void commands(Socket client, Socket server) throws IOException {
        try (client;
                server) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream toServer = server.getOutputStream();
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!data && isRejected(line)) {
                    client.getOutputStream().write((REPLY + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    continue;
                }
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                if (data) {
                    data = !line.equals(".");
                } else {
                    data = line.equalsIgnoreCase("DATA");
                }
            }
        } catch (IOException e) {
            // one side closed
        }
        return null;
    }

    private boolean isRejected(String line) {
        String command = line.toLowerCase(Locale.ROOT);
        return command.startsWith("rcpt to:") && rejected.stream().anyMatch(a -> command.contains("<" + a + ">"));
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
