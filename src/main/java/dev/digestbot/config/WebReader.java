package dev.digestbot.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code web} section. */
final class WebReader {
    /** {@code host:port}, the host possibly a bracketed IPv6 address such as {@code [::1]}. */
    private static final Pattern BIND = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^\\s:\\[\\]]+):(\\d{1,5})");

    private final FieldReader fields;

    WebReader(FieldReader fields) {
        this.fields = fields;
    }

    WebConfig read() {
        WebConfig defaults = WebConfig.DEFAULTS;
        boolean enabled = fields.flag("web.enabled", defaults.enabled());
        String host = defaults.host();
        int port = defaults.port();
        Optional<String> bind = fields.text("web.bind");
        if (bind.isPresent()) {
            Matcher matcher = BIND.matcher(bind.get());
            int parsed = matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
            if (parsed < 0 || parsed > 65535) {
                fields.problem(
                        "web.bind",
                        "expected host:port with a port 0-65535, such as 127.0.0.1:8080 or 0.0.0.0:8080, got '"
                                + bind.get() + "'");
            } else {
                host = matcher.group(1).replaceAll("^\\[|]$", "");
                port = parsed;
            }
        }
        return new WebConfig(
                enabled,
                host,
                port,
                fields.url("web.base-url", defaults.baseUrl(), "http", "https"),
                fields.flag("web.behind-proxy", defaults.behindProxy()));
    }
}
