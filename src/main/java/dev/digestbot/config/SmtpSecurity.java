package dev.digestbot.config;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
    STARTTLS("starttls"),
    /** TLS from the first byte (port 465). */
    SSL("ssl"),
    /** No encryption: only for a relay on the same host or a test server. */
    NONE("none");

    private final String key;

    SmtpSecurity(String key) {
        this.key = key;
    }

    /** The name written in the config file. */
    public String key() {
        return key;
    }
}
