package dev.digestbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server itself: health, binding, and what it serves without subscriptions. */
class WebServerTest {
    @TempDir
    Path templates;

    @Test
    void healthSaysOkWhileTheDatabaseAnswersAnd503WhenItDoesNot() {
        AtomicBoolean up = new AtomicBoolean(true);
        try (WebServer server = started(Optional.empty(), up::get)) {
            WebClient client = new WebClient(server.port());
            HttpResponse<String> ok = client.get("/health");
            up.set(false);
            HttpResponse<String> down = client.get("/health");

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("ok");
            assertThat(down.statusCode()).isEqualTo(503);
        }
    }

    @Test
    void aHealthCheckThatThrowsIsUnhealthy() {
        try (WebServer server = started(Optional.empty(), () -> {
            throw new IllegalStateException("pool closed");
        })) {
            assertThat(new WebClient(server.port()).get("/health").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void withoutSubscriptionsOnlyHealthIsServed() {
        try (WebServer server = started(Optional.empty(), () -> true)) {
            WebClient client = new WebClient(server.port());

            assertThat(client.get("/subscribe").statusCode()).isEqualTo(404);
            assertThat(client.post("/unsubscribe/abc", "List-Unsubscribe=One-Click", null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(client.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFailingSubscriptionStoreGivesAnErrorPage() {
        Subscriptions broken = new InMemorySubscriptions() {
            @Override
            public ConfirmOutcome confirm(String token) {
                throw new IllegalStateException("database gone");
            }
        };
        try (WebServer server = started(Optional.of(broken), () -> true)) {
            HttpResponse<String> response = new WebClient(server.port()).post("/confirm/abc", "", null);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("Something went wrong").doesNotContain("database gone");
        }
    }

    @Test
    void aPortInUseFailsTheStartNamingTheAddress() {
        try (WebServer first = started(Optional.empty(), () -> true)) {
            WebServer second = new WebServer(
                    new WebSettings("127.0.0.1", first.port(), templates, RateLimit.DEFAULT, false),
                    Optional.empty(),
                    () -> true,
                    Clock.systemUTC());

            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot serve web pages on 127.0.0.1:" + first.port() + ": ");
        }
    }

    @Test
    void aBrokenOperatorTemplateFailsAtConstructionNamingTheFile() throws Exception {
        Files.createDirectories(templates.resolve("web"));
        Files.writeString(templates.resolve("web/confirm.html.mustache"), "{{#confirmed}}never closed");

        assertThatThrownBy(() -> new WebServer(settings(), Optional.empty(), () -> true, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("confirm.html.mustache");
    }

    private WebServer started(Optional<Subscriptions> subscriptions, HealthCheck health) {
        WebServer server = new WebServer(settings(), subscriptions, health, Clock.systemUTC());
        server.start();
        return server;
    }

    private WebSettings settings() {
        return new WebSettings("127.0.0.1", 0, templates, RateLimit.DEFAULT, false);
    }
}
