package dev.digestbot.deliver.email;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * An SMTP server and how to log in to it. The password never appears in {@link #toString()}.
 *
 * @param host the server's host name
 * @param port its port
 * @param security how the connection is protected
 * @param username the login; empty when the server takes mail without one
 * @param password the password of {@code username}
 * @param timeout how long connecting, and each read or write, may take
 */
public record SmtpServer(String host, int port, Security security, String username, String password, Duration timeout) {
    /** How the connection is protected. */
    public enum Security {
        /** A plain connection upgraded with STARTTLS, which the server must offer. */
        STARTTLS,
        /** TLS from the first byte. */
        SSL,
        /** No encryption. */
        NONE
    }

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** A mail session for this server: timeouts, TLS, and whether to log in. */
    public Session session() {
        String millis = Long.toString(timeout.toMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", Boolean.toString(!username.isEmpty()));
        switch (security) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // never fall back to sending the password and the mail in the clear
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {}
        }
        if (security != Security.SSL) {
            // STARTTLS upgrades this socket in place, so it keeps the option
            p.put("mail.smtp.socketFactory", new NoDelaySockets());
        }
        return Session.getInstance(p);
    }

    /** {@code host:port}, for messages. */
    String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "SmtpServer[" + address() + ", " + security + (username.isEmpty() ? "" : ", user " + username) + "]";
    }
}
