package dev.digestbot.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code smtp} section: the server email destinations send through. With no host, email is
 * not sent but written as {@code .eml} files under {@code <data.dir>/outbox/}. The password comes
 * from {@code DIGESTBOT_SMTP_PASSWORD} only and prints as {@code (secret)}.
 *
 * @param host the server's host name; empty for no SMTP
 * @param port the server's port
 * @param security STARTTLS, TLS from the start, or none
 * @param username the login, if the server needs one
 * @param password the password of {@code username}, from the environment
 * @param connections how many connections are kept open and sent over in parallel
 * @param rate the most messages sent per second over all connections; 0 for no limit
 * @param timeout how long connecting, and each read or write, may take
 * @param messagesPerConnection messages sent over one connection before it is opened anew
 * @param bounceLimit how many times the server may refuse an address for good before it is
 *     marked bounced and gets no more mail
 */
public record SmtpConfig(
        Optional<String> host,
        int port,
        SmtpSecurity security,
        Optional<String> username,
        Secret password,
        int connections,
        int rate,
        Duration timeout,
        int messagesPerConnection,
        int bounceLimit) {
    /** No SMTP server: email destinations write {@code .eml} files. */
    public static final SmtpConfig DEFAULTS = new SmtpConfig(
            Optional.empty(),
            587,
            SmtpSecurity.STARTTLS,
            Optional.empty(),
            Secret.NONE,
            4,
            0,
            Duration.ofSeconds(30),
            100,
            3);

    public SmtpConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Whether mail goes out over SMTP rather than into {@code .eml} files. */
    public boolean enabled() {
        return host.isPresent();
    }
}
