package dev.digestbot.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's web server (Javalin on Jetty): {@code GET /health}, and the subscribe, confirm and
 * unsubscribe pages when {@link Subscriptions} are given. Small by design: a few threads, small
 * request bodies, no server version in responses, and the headers of {@link SecurityHeaders} on
 * every answer.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int MIN_THREADS = 2;
    // Jetty keeps some threads for its acceptor and selector; the rest serve requests
    private static final int MAX_THREADS = 8;
    private static final long MAX_REQUEST_BYTES = 16 * 1024;

    private final WebSettings settings;
    private final Javalin javalin;

    /**
     * Builds the server; {@link #start()} binds it. The page templates are compiled here, so a
     * broken one fails now.
     *
     * @param subscriptions what the pages do; empty serves {@code /health} only
     * @param health what {@code /health} reports
     * @throws IllegalStateException when a page template is missing or does not compile
     */
    public WebServer(WebSettings settings, Optional<Subscriptions> subscriptions, HealthCheck health, Clock clock) {
        this.settings = settings;
        PageWriter pages = new PageWriter(new PageTemplates(settings.templatesDir()));
        Optional<SubscriptionPages> subscriptionPages = subscriptions.map(s -> new SubscriptionPages(
                s, pages, new ClientRateLimiter(settings.subscribeLimit(), clock), settings.behindProxy()));
        this.javalin = Javalin.create(config -> {
            configureServer(config);
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/health", ctx -> health(ctx, health));
            subscriptionPages.ifPresent(p -> p.register(config.routes));
            config.routes.exception(Exception.class, (e, ctx) -> failed(e, ctx, pages));
        });
    }

    /**
     * Binds the configured address and serves until {@link #close()}.
     *
     * @throws IllegalStateException when the address cannot be bound, naming it
     */
    public void start() {
        try {
            javalin.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            javalin.stop();
            throw new IllegalStateException(
                    "cannot serve web pages on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        LOG.info("Web server listening on {}:{}", settings.host(), port());
    }

    /** The port bound; the chosen one when the settings asked for 0. */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and lets those in flight finish. */
    @Override
    public void close() {
        javalin.stop();
        LOG.info("Web server stopped");
    }

    private static void configureServer(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("web");
        config.jetty.threadPool = threads;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
    }

    private static void health(Context ctx, HealthCheck health) {
        boolean healthy;
        try {
            healthy = health.healthy();
        } catch (RuntimeException e) {
            LOG.warn("Health check failed", e);
            healthy = false;
        }
        ctx.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType("text/plain; charset=utf-8")
                .result(healthy ? "ok" : "unavailable");
    }

    /** Logs the failure with the first part of its path only: the rest may hold a token. */
    private static void failed(Exception e, Context ctx, PageWriter pages) {
        String page = ctx.path().replaceFirst("^(/[^/]*)/.*", "$1/…");
        LOG.error("Web request {} {} failed", ctx.method(), page, e);
        pages.problem(
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR),
                "Something went wrong",
                "The request could not be completed. Please try again later.");
    }
}
