package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code smtp} and {@code web} sections and {@code email} destinations. */
class EmailConfigTest {
    private static final String PASSWORD = "not-a-real-smtp-password";

    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void withoutAHostThereIsNoSmtpAndLinksPointAtTheLocalWebServer() throws Exception {
        DigestbotConfig config = files().load("");

        assertThat(config.smtp()).isEqualTo(SmtpConfig.DEFAULTS);
        assertThat(config.smtp().enabled()).isFalse();
        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.smtp().security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(config.smtp().connections()).isEqualTo(4);
        assertThat(config.smtp().rate()).isZero();
        assertThat(config.web().baseUrl()).hasToString("http://127.0.0.1:8080/");
    }

    @Test
    void readsEverySmtpKeyAndThePasswordFromTheEnvironmentOnly() throws Exception {
        DigestbotConfig config = files().load("""
                smtp:
                  host: smtp.example.org
                  port: 465
                  security: ssl
                  username: digest
                  connections: 2
                  rate: 50
                  timeout: 10s
                  messages-per-connection: 20
                  bounce-limit: 1
                web:
                  base-url: https://news.example.org/digest
                """, Map.of("DIGESTBOT_SMTP_PASSWORD", PASSWORD));

        assertThat(config.smtp())
                .isEqualTo(new SmtpConfig(
                        Optional.of("smtp.example.org"),
                        465,
                        SmtpSecurity.SSL,
                        Optional.of("digest"),
                        new Secret(PASSWORD),
                        2,
                        50,
                        Duration.ofSeconds(10),
                        20,
                        1));
        assertThat(config.smtp().toString()).doesNotContain(PASSWORD);
        assertThat(config.web().baseUrl()).isEqualTo(URI.create("https://news.example.org/digest/"));
    }

    @Test
    void environmentOverridesSmtpKeys() throws Exception {
        Map<String, String> env = Map.of("DIGESTBOT_SMTP_HOST", "mail.local", "DIGESTBOT_SMTP_SECURITY", "none");

        SmtpConfig smtp = files().load("", env).smtp();

        assertThat(smtp.host()).contains("mail.local");
        assertThat(smtp.security()).isEqualTo(SmtpSecurity.NONE);
    }

    @Test
    void badSmtpValuesAndAPasswordInTheFileAreErrorsThatNeverEchoIt() {
        String f = files().name();

        List<String> problems = files().problems("""
                smtp:
                  host: smtp.example.org
                  port: 70000
                  security: tls
                  connections: 0
                  rate: -1
                  password: %s
                web:
                  base-url: ftp://news.example.org
                """.formatted(PASSWORD));

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        f + ": smtp.password: secrets are not read from the file; set DIGESTBOT_SMTP_PASSWORD in the"
                                + " environment",
                        f + ": smtp.port: 70000 is out of range 1..65535",
                        f + ": smtp.security: expected one of starttls, ssl, none, got 'tls'",
                        f + ": smtp.connections: 0 is out of range 1..64",
                        f + ": smtp.rate: -1 is out of range 0..100000",
                        f + ": web.base-url: expected an absolute http:// or https:// URL without a query, got"
                                + " 'ftp://news.example.org'");
        assertThat(String.join("\n", problems)).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordWithoutALoginIsAnError() {
        assertThat(files().problems("", Map.of("DIGESTBOT_SMTP_PASSWORD", PASSWORD)))
                .containsExactly(files().name() + ": smtp.username: missing; DIGESTBOT_SMTP_PASSWORD is set, so the"
                        + " login it belongs to is needed");
    }

    @Test
    void readsAnEmailDestinationWithTheListIdDefaultingToItsNameUnderTheSendersDomain() throws Exception {
        String yaml = """
                destinations:
                  letter:
                    type: email
                    cron: "0 0 7 * * ?"
                    from: "Harbour Digest <news@Harbour.example>"
                  weekly:
                    type: email
                    cron: "0 0 8 ? * MON"
                    from: news@harbour.example
                    reply-to: editor@harbour.example
                    list-id: <weekly.news.harbour.example>
                    unsubscribe-mailto: leave@harbour.example
                """;

        DigestbotConfig config = files().load(yaml);

        assertThat(config.destinations().get("letter").target())
                .isEqualTo(new EmailTarget(
                        "Harbour Digest <news@Harbour.example>",
                        Optional.empty(),
                        "letter.harbour.example",
                        Optional.empty()));
        assertThat(config.destinations().get("weekly").target())
                .isEqualTo(new EmailTarget(
                        "news@harbour.example",
                        Optional.of("editor@harbour.example"),
                        "weekly.news.harbour.example",
                        Optional.of("leave@harbour.example")));
        assertThat(config.destinations().get("weekly").type()).isEqualTo("email");
    }

    @Test
    void aNewsletterWithRollUpCronsIsReadAsItselfAndOneDestinationPerRollUp() throws Exception {
        DigestbotConfig config = files().load("""
                destinations:
                  letter:
                    type: email
                    cron: "0 0 * * * ?"
                    daily-cron: "0 0 18 * * ?"
                    weekly-cron: "0 0 18 ? * FRI"
                    timezone: Europe/London
                    tags: [harbour]
                    from: news@harbour.example
                  other:
                    type: file
                    cron: "0 0 7 * * ?"
                """);

        assertThat(config.destinations().keySet()).containsExactly("letter", "letter.daily", "letter.weekly", "other");
        DestinationConfig weekly = config.destinations().get("letter.weekly");
        assertThat(weekly.cron()).isEqualTo("0 0 18 ? * FRI");
        assertThat(weekly.timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(weekly.tags()).containsExactly("harbour");
        EmailTarget every = (EmailTarget) config.destinations().get("letter").target();
        assertThat(every.rollups()).containsExactly(Rollup.DAILY, Rollup.WEEKLY);
        assertThat(every.rollup()).isEmpty();
        assertThat(((EmailTarget) weekly.target()).rollup()).contains(Rollup.WEEKLY);
        assertThat(((EmailTarget) weekly.target()).listId()).isEqualTo(every.listId());
    }

    @Test
    void aRollUpCronIsCheckedLikeTheCron() {
        assertThat(files().problems("""
                        destinations:
                          letter:
                            type: email
                            cron: "0 0 7 * * ?"
                            daily-cron: "every evening"
                            from: news@harbour.example
                        """))
                .singleElement()
                .asString()
                .startsWith(
                        files().name() + ": destinations.letter.daily-cron: 'every evening' is not a cron expression");
    }

    @Test
    void aSenderAtLocalhostIsRefusedOnceMailGoesThroughAServer() throws Exception {
        String newsletter = """
                destinations:
                  letter:
                    type: email
                    cron: "0 0 7 * * ?"
                    from: "Digest Bot <digest@localhost>"
                """;

        assertThat(files().load(newsletter).destinations()).containsKey("letter");
        assertThat(files().problems(newsletter + "smtp:\n  host: smtp.example.org\n"))
                .containsExactly(
                        files().name() + ": destinations.letter.from: 'Digest Bot <digest@localhost>' cannot be"
                                + " delivered through smtp.host; set an address of your own domain");
    }

    @Test
    void emailDestinationsNeedWellFormedAddresses() {
        String f = files().name();
        String yaml = """
                destinations:
                  nofrom:
                    type: email
                    cron: "0 0 7 * * ?"
                  bad:
                    type: email
                    cron: "0 0 7 * * ?"
                    from: "news at harbour"
                    reply-to: "a@b, c@d"
                    list-id: "not a list"
                """;

        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": destinations.nofrom.from: missing; the address editions are sent from, e.g."
                                + " \"Digest Bot <news@example.org>\"",
                        f + ": destinations.bad.from: 'news at harbour' is not a mail address; write it as"
                                + " news@example.org or \"Digest Bot <news@example.org>\"",
                        f + ": destinations.bad.reply-to: 'a@b, c@d' is not a mail address; write it as"
                                + " news@example.org or \"Digest Bot <news@example.org>\"",
                        f + ": destinations.bad.list-id: 'not a list' is not a list identifier; write it like"
                                + " daily.news.example.org");
    }
}
