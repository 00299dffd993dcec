package dev.digestbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.store.Cadence;
import dev.digestbot.testing.TestClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages against the real server on a free port, over {@link InMemorySubscriptions}. */
class SubscriptionPagesTest {
    @TempDir
    Path templates;

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private WebServer server;
    private WebClient client;
    private boolean behindProxy;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSubscribeFormSetsItsTokenInACookieAndAHiddenField() {
        start(RateLimit.DEFAULT);
        HttpResponse<String> form = client.get("/subscribe");

        assertThat(form.statusCode()).isEqualTo(200);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/subscribe");
        String token = cookie.substring("form_token=".length(), cookie.indexOf(';'));
        assertThat(form.body()).contains("name=\"form_token\" value=\"" + token + "\"", "<form method=\"post\"");
    }

    @Test
    void aNewAndAnActiveAddressGetTheSamePage() {
        start(RateLimit.DEFAULT);
        client.subscribe("ada@example.org");
        client.post("/confirm/" + subscriptions.confirmationToken("ada@example.org"), "", null);

        HttpResponse<String> active = client.subscribe("ada@example.org");
        HttpResponse<String> fresh = client.subscribe("grace@example.org");

        assertThat(subscriptions.calls()).contains("subscribe ada@example.org", "subscribe grace@example.org");
        assertThat(active.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(200);
        assertThat(withoutNonce(active.body()))
                .isEqualTo(withoutNonce(fresh.body()))
                .contains("Check your inbox");
        assertThat(active.headers().map().keySet())
                .isEqualTo(fresh.headers().map().keySet());
    }

    @Test
    void theFormOffersACadenceOnlyWhenThereIsAChoiceAndTakesOnlyOneOffered() {
        start(RateLimit.DEFAULT);
        assertThat(client.get("/subscribe").body()).doesNotContain("name=\"cadence\"");
        subscriptions.offer(List.of(Cadence.EVERY, Cadence.DAILY));

        String form = client.get("/subscribe").body();
        client.subscribe("ada@example.org", "&cadence=daily");
        client.subscribe("bo@example.org", "&cadence=weekly");
        client.subscribe("cy@example.org");

        assertThat(form)
                .contains("value=\"every\" id=\"cadence-every\" checked>", "Once a day")
                .doesNotContain("Once a week");
        assertThat(subscriptions.cadenceOf("ada@example.org")).isEqualTo(Cadence.DAILY);
        assertThat(subscriptions.cadenceOf("bo@example.org")).isEqualTo(Cadence.EVERY);
        assertThat(subscriptions.cadenceOf("cy@example.org")).isEqualTo(Cadence.EVERY);
    }

    @Test
    void aConfirmationMailThatCannotBeSentIsSaidPlainly() {
        start(RateLimit.DEFAULT);
        subscriptions.failMail();

        HttpResponse<String> response = client.subscribe("ada@example.org");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("could not be sent just now");
    }

    @Test
    void aPostWithoutTheFormCookieIsRefusedAndSubscribesNobody() {
        start(RateLimit.DEFAULT);
        HttpResponse<String> forged = client.post("/subscribe", "form_token=abc&email=ada%40example.org", null);
        HttpResponse<String> mismatched =
                client.post("/subscribe", "form_token=abc&email=ada%40example.org", "form_token=xyz");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(mismatched.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Please try again");
        assertThat(subscriptions.calls()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressShowsTheFormAgainEscaped() {
        start(RateLimit.DEFAULT);
        HttpResponse<String> response = client.subscribe("<script>alert(1)</script>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("does not look like an email address", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(subscriptions.calls()).isEmpty();
    }

    @Test
    void subscribingTooOftenFromOneClientAnswers429UntilTheBucketRefills() {
        start(new RateLimit(2, Duration.ofMinutes(1)));
        assertThat(client.subscribe("a@example.org").statusCode()).isEqualTo(200);
        assertThat(client.subscribe("b@example.org").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = client.subscribe("c@example.org");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many requests");
        assertThat(subscriptions.calls()).doesNotContain("subscribe c@example.org");

        clock.advance(Duration.ofMinutes(1));
        assertThat(client.subscribe("c@example.org").statusCode()).isEqualTo(200);
    }

    @Test
    void behindAProxyVisitorsAreToldApartByTheAddressTheProxyAdded() {
        behindProxy = true;
        start(new RateLimit(1, Duration.ofMinutes(1)));

        client.forwardedFor("198.51.100.7, 203.0.113.5");
        assertThat(client.subscribe("a@example.org").statusCode()).isEqualTo(200);
        assertThat(client.subscribe("b@example.org").statusCode()).isEqualTo(429);
        // the same claimed address from another real visitor is another visitor
        client.forwardedFor("198.51.100.7, 203.0.113.9");
        assertThat(client.subscribe("c@example.org").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAProxyTheForwardedHeaderIsNotBelieved() {
        start(new RateLimit(1, Duration.ofMinutes(1)));

        client.forwardedFor("203.0.113.5");
        assertThat(client.subscribe("a@example.org").statusCode()).isEqualTo(200);
        client.forwardedFor("203.0.113.6");
        assertThat(client.subscribe("b@example.org").statusCode()).isEqualTo(429);
    }

    @Test
    void aConfirmationLinkConfirmsOnceThenSaysItWasUsed() {
        start(RateLimit.DEFAULT);
        client.subscribe("ada@example.org");
        String link = "/confirm/" + subscriptions.confirmationToken("ada@example.org");

        HttpResponse<String> opened = client.get(link);
        assertThat(opened.body()).contains("Confirm your subscription", "<form method=\"post\"");
        assertThat(subscriptions.state("ada@example.org"))
                .as("opening the link, as a mail scanner does, confirms nothing")
                .isEqualTo(InMemorySubscriptions.State.PENDING);
        HttpResponse<String> first = client.post(link, "", null);
        HttpResponse<String> again = client.post(link, "", null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("You are subscribed");
        assertThat(subscriptions.state("ada@example.org")).isEqualTo(InMemorySubscriptions.State.ACTIVE);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Already confirmed").doesNotContain("You are subscribed");
    }

    @Test
    void expiredAndUnknownConfirmationLinksHaveTheirOwnPages() {
        start(RateLimit.DEFAULT);
        client.subscribe("ada@example.org");
        String token = subscriptions.confirmationToken("ada@example.org");
        subscriptions.expire(token);

        HttpResponse<String> expired = client.post("/confirm/" + token, "", null);
        HttpResponse<String> unknown = client.post("/confirm/not-a-token", "", null);
        HttpResponse<String> huge = client.post("/confirm/" + "x".repeat(300), "", null);

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired", "href=\"/subscribe\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Link not recognised");
        assertThat(huge.statusCode()).isEqualTo(404);
        assertThat(subscriptions.state("ada@example.org")).isEqualTo(InMemorySubscriptions.State.PENDING);
    }

    @Test
    void openingAnUnsubscribeLinkChangesNothing() {
        start(RateLimit.DEFAULT);
        String token = confirmed("ada@example.org");

        HttpResponse<String> page = client.get("/unsubscribe/" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<button type=\"submit\" id=\"unsubscribe\">");
        assertThat(page.body().split("<button", -1)).hasSize(2);
        assertThat(subscriptions.state("ada@example.org")).isEqualTo(InMemorySubscriptions.State.ACTIVE);
        assertThat(subscriptions.calls()).doesNotContain("unsubscribe");
    }

    @Test
    void oneClickUnsubscribeIsIdempotentAndNeverRedirects() {
        start(RateLimit.DEFAULT);
        String token = confirmed("ada@example.org");

        HttpResponse<String> first = client.post("/unsubscribe/" + token, "List-Unsubscribe=One-Click", null);
        HttpResponse<String> again = client.post("/unsubscribe/" + token, "List-Unsubscribe=One-Click", null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Location")).isEmpty();
        assertThat(first.body()).contains("You are unsubscribed");
        assertThat(again.body()).contains("already unsubscribed");
        assertThat(subscriptions.state("ada@example.org")).isEqualTo(InMemorySubscriptions.State.UNSUBSCRIBED);
    }

    @Test
    void oneClickUnsubscribeSentAsMultipartFormDataWorksToo() {
        start(RateLimit.DEFAULT);
        String token = confirmed("ada@example.org");
        String body =
                "--b1\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b1--\r\n";

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/unsubscribe/" + token))
                        .header("Content-Type", "multipart/form-data; boundary=b1")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(subscriptions.state("ada@example.org")).isEqualTo(InMemorySubscriptions.State.UNSUBSCRIBED);
    }

    @Test
    void anUnknownUnsubscribeTokenSaysSo() {
        start(RateLimit.DEFAULT);
        HttpResponse<String> response = client.post("/unsubscribe/nobody", "List-Unsubscribe=One-Click", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Link not recognised");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoServerName() {
        start(RateLimit.DEFAULT);
        for (String path : new String[] {"/subscribe", "/confirm/x", "/unsubscribe/x", "/health", "/nowhere"}) {
            HttpResponse<String> response = client.get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .as(path)
                    .startsWith("default-src 'self'; style-src 'nonce-");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void theInlineStyleCarriesTheNonceOfItsResponse() {
        start(RateLimit.DEFAULT);
        HttpResponse<String> page = client.get("/subscribe");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceFirst(".*'nonce-([^']+)'.*", "$1");

        assertThat(page.body()).contains("<style nonce=\"" + nonce + "\">");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("http://", "https://");
    }

    @Test
    void anOperatorTemplateReplacesTheShippedOne() throws Exception {
        Files.createDirectories(templates.resolve("web"));
        Files.writeString(
                templates.resolve("web/check-inbox.html.mustache"),
                "<!doctype html><title>Post sent</title><p>Look for our letter, {{nonce}}</p>");
        start(RateLimit.DEFAULT);

        HttpResponse<String> response = client.subscribe("ada@example.org");

        assertThat(response.body()).startsWith("<!doctype html><title>Post sent</title><p>Look for our letter, ");
        assertThat(client.get("/subscribe").body()).contains("Subscribe to the digest");
    }

    private String confirmed(String email) {
        client.subscribe(email);
        client.post("/confirm/" + subscriptions.confirmationToken(email), "", null);
        return subscriptions.unsubscribeToken(email);
    }

    private void start(RateLimit limit) {
        server = new WebServer(
                new WebSettings("127.0.0.1", 0, templates, limit, behindProxy),
                Optional.of(subscriptions),
                () -> true,
                clock);
        server.start();
        client = new WebClient(server.port());
    }

    private static String withoutNonce(String body) {
        return body.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"");
    }
}
