package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of a bot with one email newsletter, {@code letter}, sent over SMTP to a server in the
 * test, its links under {@link #BASE_URL} and its database read with SQL as {@code digestbot
 * status} reads it beside the running bot.
 */
final class NewsletterHome {
    /** The public address the links in mail start with; tests open their paths on the bound port. */
    static final String BASE_URL = "https://news.example.test/";

    /** Noon on New Year's Day 2099: only {@code send --now} publishes. */
    static final String NEVER = "0 0 12 1 1 ? 2099";

    /** Every second: an edition goes out as soon as there is a new digest. */
    static final String EVERY_SECOND = "* * * * * ?";

    private final Path home;

    NewsletterHome(Path home) {
        this.home = home;
    }

    /**
     * Writes the config: quick rescans, polls and retries (first after 1 s, none more than 2 s
     * apart), the web server on a free port, and SMTP without TLS on {@code smtpPort} over {@code
     * connections} connections at most {@code rate} messages a second (0: no limit).
     */
    void writeConfig(int smtpPort, int connections, int rate, String cron) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(
                home.resolve("config/digestbot.yml"), """
                ingest:
                  rescan: 1s
                  stable: 200ms
                delivery:
                  poll: 1s
                  backoff: 1s
                  max-backoff: 2s
                web:
                  bind: 127.0.0.1:0
                  base-url: %s
                smtp:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  connections: %d
                  rate: %d
                destinations:
                  letter:
                    type: email
                    cron: "%s"
                    from: "Harbour Digest <news@example.test>"
                """.formatted(BASE_URL, smtpPort, connections, rate, cron));
    }

    /** Adds {@code count} readers who have agreed already, as an import of a consented list does. */
    List<String> importReaders(int count) throws Exception {
        List<String> readers = new ArrayList<>();
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 1; i <= count; i++) {
            String reader = "reader" + i + "@example.test";
            readers.add(reader);
            csv.append(reader).append('\n');
        }
        Path file = Files.writeString(home.resolve("readers.csv"), csv);
        BotProcess.Result imported = BotProcess.run(home, "subscribers", "import", file.toString(), "--confirmed");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return List.copyOf(readers);
    }

    /** The status of the subscriber with address {@code email}, or "none". */
    String subscriberStatus(String email) throws Exception {
        List<String> status = strings("SELECT status FROM subscriber WHERE email = ?", email);
        return status.isEmpty() ? "none" : status.get(0);
    }

    /** The state of each outbox row of {@code letter}: pending, sent or failed. */
    List<String> deliveryStates() throws Exception {
        return strings("SELECT state FROM delivery WHERE destination = 'letter' ORDER BY id");
    }

    /** How many rows of {@code letter} are in {@code state}. */
    int rows(String state) throws Exception {
        return strings("SELECT id FROM delivery WHERE destination = 'letter' AND state = ?", state)
                .size();
    }

    /** How many rows of {@code letter} took more than one attempt. */
    int retriedRows() throws Exception {
        return strings("SELECT id FROM delivery WHERE destination = 'letter' AND attempts > 1")
                .size();
    }

    /** How many rows of {@code letter} are pending and held by a sender's lease that has not run out. */
    int leasedRows() throws Exception {
        return strings("SELECT id FROM delivery WHERE destination = 'letter' AND state = 'pending'"
                        + " AND claimed_until > CURRENT_TIMESTAMP")
                .size();
    }

    private List<String> strings(String sql, String... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/digestbot") + ";AUTO_SERVER=TRUE", "sa", "");
    }
}
