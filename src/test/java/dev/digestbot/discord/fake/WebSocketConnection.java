package dev.digestbot.discord.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * One server side WebSocket connection (RFC 6455): frames from the client arrive masked, frames to
 * it go unmasked; fragmented text is joined; pings are answered and a close is echoed.
 */
final class WebSocketConnection {
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;
    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String requestTarget;
    private volatile boolean closed;
    private volatile int closeCode = -1;

    private WebSocketConnection(Socket socket, DataInputStream in, String requestTarget) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.requestTarget = requestTarget;
    }

    /** Reads the client's opening handshake from {@code socket} and accepts it. */
    static WebSocketConnection accept(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        String requestLine = readLine(in);
        String key = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                key = line.substring(colon + 1).trim();
            }
        }
        if (key == null || !requestLine.startsWith("GET ")) {
            throw new IOException("not a WebSocket handshake: " + requestLine);
        }
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptValue(key) + "\r\n\r\n";
        socket.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return new WebSocketConnection(socket, in, requestLine.split(" ")[1]);
    }

    /** The path and query the client asked for, such as {@code /?encoding=json&v=10}. */
    String requestTarget() {
        return requestTarget;
    }

    boolean isClosed() {
        return closed;
    }

    /** The code of the client's close frame; -1 until it sent one, 1005 if it had no code. */
    int closeCode() {
        return closeCode;
    }

    /** The next text message, or null once the client has closed the connection. */
    String readText() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first = in.readUnsignedByte();
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            byte[] payload = readPayload();
            if (opcode == CLOSE) {
                closeCode = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                sendFrame(CLOSE, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                closeSocket();
                return null;
            } else if (opcode == PING) {
                sendFrame(PONG, payload);
            } else if (opcode == TEXT || opcode == CONTINUATION) {
                message.write(payload);
                if (fin) {
                    return message.toString(StandardCharsets.UTF_8);
                }
            } else if (opcode != PONG) {
                throw new IOException("unexpected WebSocket opcode " + opcode);
            }
        }
    }

    private byte[] readPayload() throws IOException {
        int second = in.readUnsignedByte();
        if ((second & 0x80) == 0) {
            throw new IOException("a client frame must be masked");
        }
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if (length < 0 || length > MAX_MESSAGE) {
            throw new IOException("WebSocket frame too large: " + length);
        }
        byte[] mask = new byte[4];
        in.readFully(mask);
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return payload;
    }

    /** Sends {@code text} as one unmasked text frame. */
    void sendText(String text) {
        try {
            sendFrame(TEXT, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot send to the gateway client: " + e.getMessage(), e);
        }
    }

    /** Sends a close frame with {@code code} and closes the socket, as a server going away does. */
    void close(int code) {
        try {
            sendFrame(CLOSE, new byte[] {(byte) (code >> 8), (byte) code});
        } catch (IOException e) {
            // Already gone: closing the socket is all that is left.
        }
        closeSocket();
    }

    private synchronized void sendFrame(int opcode, byte[] payload) throws IOException {
        if (closed) {
            throw new IOException("connection closed");
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    private synchronized void closeSocket() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort: the peer may have closed first.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed during the WebSocket handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String acceptValue(String key) {
        try {
            byte[] sha1 =
                    MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
