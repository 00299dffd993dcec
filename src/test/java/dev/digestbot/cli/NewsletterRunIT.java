package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsletter reader's whole stay, through the packaged bot and a real SMTP server: the subscribe
 * form, the confirmation mail and its link, one edition with the list headers mail clients offer
 * an unsubscribe button for, the one-click unsubscribe those buttons post, and no mail after it.
 */
class NewsletterRunIT {
    private static final String READER = "maren.holt@example.test";

    private static final String HARBOUR = """
            ---
            title: Harbour wall repairs finish a month early
            ---

            Repairs to the north harbour wall in Saltwick finished on Friday, a month ahead of the date \
            the council set in the spring.

            Crews replaced 140 metres of cracked facing stone and rebuilt the steps down to the lower quay, \
            which had been closed to the public since the February storms.

            "We were lucky with the weather and the tides," said site manager Ilse Brandvold. "The crews \
            worked every low tide through the summer."

            The work cost £2.3m, slightly under the budget of £2.5m. Fishing boats will be able to use \
            the inner berths again from Monday.
            """;

    private static final String FERRY = """
            ---
            title: Island ferry adds a late sailing on Saturdays
            ---

            The ferry between Saltwick and Holm Island will run a late sailing on Saturdays from next \
            month, leaving the mainland at 22:40.

            The operator said the change follows a survey in which 620 islanders asked for a way home \
            after evening events on the mainland.

            "Young people on the island have been cut off every weekend," said parish councillor Tobias \
            Wren. "This sailing changes that."

            The late crossing will cost the same as a daytime ticket and will be reviewed after six months.
            """;

    private static final Pattern CONFIRM_LINK =
            Pattern.compile(Pattern.quote(NewsletterHome.BASE_URL) + "confirm/\\S+");
    private static final Pattern UNSUBSCRIBE_HEADER =
            Pattern.compile("<(" + Pattern.quote(NewsletterHome.BASE_URL) + "unsubscribe/[^>]+)>");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");

    @TempDir
    Path home;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aReaderSubscribesConfirmsGetsOneEditionLeavesWithOneClickAndGetsNothingMore() throws Exception {
        NewsletterHome letter = new NewsletterHome(home);
        letter.writeConfig(smtp.getSmtp().getPort(), 2, 0, NewsletterHome.NEVER);
        try (BotProcess bot = BotProcess.start(home)) {
            URI site = URI.create("http://127.0.0.1:" + bot.webPort() + "/");

            assertThat(subscribe(site, READER).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ReceivedMail.to(smtp, READER).size() == 1);
            String confirmLink = find(
                    CONFIRM_LINK,
                    ReceivedMail.text(ReceivedMail.to(smtp, READER).get(0)));
            assertThat(letter.subscriberStatus(READER)).isEqualTo("pending");
            assertThat(send(get(onSite(site, confirmLink))).statusCode()).isEqualTo(200);
            assertThat(letter.subscriberStatus(READER))
                    .as("opening the link confirms nothing")
                    .isEqualTo("pending");
            assertThat(send(post(onSite(site, confirmLink))).statusCode()).isEqualTo(200);
            assertThat(letter.subscriberStatus(READER)).isEqualTo("active");

            String firstOut = publish(bot, "harbour.md", HARBOUR);
            assertThat(firstOut).contains("letter: edition 1 with 1 article(s)");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ReceivedMail.to(smtp, READER).size() == 2);
            assertThat(letter.deliveryStates()).containsExactly("sent");
            MimeMessage edition = ReceivedMail.to(smtp, READER).get(1);
            assertThat(edition.getSubject()).isNotBlank();
            assertThat(ReceivedMail.text(edition)).contains("Harbour wall repairs finish a month early");
            assertThat(ReceivedMail.header(edition, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            String unsubscribeLink = find(UNSUBSCRIBE_HEADER, ReceivedMail.header(edition, "List-Unsubscribe"));

            HttpResponse<String> oneClick = send(oneClickPost(onSite(site, unsubscribeLink)));
            assertThat(oneClick.statusCode()).as(oneClick.body()).isEqualTo(200);
            assertThat(letter.subscriberStatus(READER)).isEqualTo("unsubscribed");
            assertThat(send(oneClickPost(onSite(site, unsubscribeLink))).statusCode())
                    .as("a second click changes nothing and still succeeds")
                    .isEqualTo(200);

            String secondOut = publish(bot, "ferry.md", FERRY);
            assertThat(secondOut).contains("letter: edition 2 with 1 article(s)");
            assertThat(letter.deliveryStates())
                    .as("no outbox row for the second edition")
                    .containsExactly("sent");
        }
        assertThat(ReceivedMail.to(smtp, READER)).hasSize(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    /** Drops an article, waits until the bot has stored it, and publishes with {@code send --now}. */
    private String publish(BotProcess bot, String name, String article) throws Exception {
        BotProcess.drop(home, name, article);
        await().atMost(Duration.ofSeconds(20)).until(() -> bot.logged("Stored " + name));
        BotProcess.Result sent = BotProcess.run(home, "send", "--now", "letter");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        return sent.out();
    }

    /** Opens the form as a browser does, then posts it with the token from the page and the cookie. */
    private HttpResponse<String> subscribe(URI site, String email) throws Exception {
        HttpResponse<String> form = send(get(site.resolve("subscribe")));
        assertThat(form.statusCode()).isEqualTo(200);
        String token = find(FORM_TOKEN, form.body());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        assertThat(cookie).isEqualTo("form_token=" + token);
        String body = "form_token=" + encode(token) + "&email=" + encode(email);
        return send(HttpRequest.newBuilder(site.resolve("subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** What a mail client posts for its unsubscribe button under RFC 8058. */
    private static HttpRequest oneClickPost(URI link) {
        return HttpRequest.newBuilder(link)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build();
    }

    /** The confirm page's button: a post with nothing in it. */
    private static HttpRequest post(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code link}'s path on the bot's own port: the public host stands in front of it in production. */
    private static URI onSite(URI site, String link) {
        return site.resolve(URI.create(link).getRawPath());
    }

    /** The first match of {@code pattern} in {@code text}: its first group, if it has one. */
    private static String find(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertThat(found.find()).as("%s in:%n%s", pattern, text).isTrue();
        return found.group(found.groupCount() > 0 ? 1 : 0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
