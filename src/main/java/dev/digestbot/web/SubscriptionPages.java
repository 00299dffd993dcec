package dev.digestbot.web;

import dev.digestbot.store.Cadence;
import dev.digestbot.store.EmailAddress;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscribe, confirm and unsubscribe pages over {@link Subscriptions}. Only posts change
 * anything: a confirmation or unsubscribe link opens a page with one button, since mail scanners
 * open the links in mail by themselves, and a scanner must not subscribe anybody. Tokens never
 * reach the log.
 */
final class SubscriptionPages {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionPages.class);

    /** Longer strings are no token this bot issued: answered without asking the store. */
    private static final int MAX_TOKEN_LENGTH = 256;

    /** How each cadence reads on the form. */
    private static final Map<Cadence, String> CHOICES =
            Map.of(Cadence.EVERY, "Every edition", Cadence.DAILY, "Once a day", Cadence.WEEKLY, "Once a week");

    private final Subscriptions subscriptions;
    private final PageWriter pages;
    private final ClientRateLimiter subscribeLimiter;
    private final boolean behindProxy;

    SubscriptionPages(
            Subscriptions subscriptions, PageWriter pages, ClientRateLimiter subscribeLimiter, boolean behindProxy) {
        this.subscriptions = subscriptions;
        this.pages = pages;
        this.subscribeLimiter = subscribeLimiter;
        this.behindProxy = behindProxy;
    }

    void register(RoutesConfig routes) {
        routes.get("/subscribe", ctx -> showForm(ctx, "", Cadence.EVERY, false));
        routes.post("/subscribe", this::subscribe);
        routes.get("/confirm/{token}", ctx -> pages.write(ctx, Page.CONFIRM, Map.of()));
        routes.post("/confirm/{token}", this::confirm);
        routes.get("/unsubscribe/{token}", ctx -> pages.write(ctx, Page.UNSUBSCRIBE, Map.of()));
        routes.post("/unsubscribe/{token}", this::unsubscribe);
    }

    /** The form with a fresh double-submit token in both the cookie and the hidden field. */
    private void showForm(Context ctx, String email, Cadence chosen, boolean invalid) {
        String token = FormToken.create();
        ctx.header(
                "Set-Cookie",
                FormToken.NAME + "=" + token + "; Path=/subscribe; Max-Age=7200; HttpOnly; SameSite=Strict");
        List<Cadence> offered = subscriptions.cadences();
        List<Map<String, Object>> choices = offered.stream()
                .map(c -> Map.<String, Object>of("value", c.label(), "label", CHOICES.get(c), "checked", c == chosen))
                .toList();
        pages.write(
                ctx,
                Page.SUBSCRIBE,
                Map.of(
                        "formToken", token,
                        "email", email,
                        "invalid", invalid,
                        "hasCadences", offered.size() > 1,
                        "cadences", choices));
    }

    /**
     * Who sent the request: behind a proxy, the address the proxy put last in {@code
     * X-Forwarded-For} (earlier ones are whatever the client claimed); else the connection's.
     */
    private String client(Context ctx) {
        String forwarded = behindProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return ctx.ip();
        }
        return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    }

    /** The cadence the form asks for: one offered, else every edition. */
    private Cadence cadence(Context ctx) {
        String asked = String.valueOf(ctx.formParam("cadence"));
        return subscriptions.cadences().stream()
                .filter(c -> c.label().equals(asked))
                .findFirst()
                .orElse(Cadence.EVERY);
    }

    private void subscribe(Context ctx) {
        if (!subscribeLimiter.tryAcquire(client(ctx))) {
            LOG.warn("Subscribe form refused: too many requests from one client");
            pages.write(ctx.status(HttpStatus.TOO_MANY_REQUESTS), Page.TOO_MANY_REQUESTS, Map.of());
            return;
        }
        if (!FormToken.matches(ctx.cookie(FormToken.NAME), ctx.formParam(FormToken.NAME))) {
            LOG.info("Subscribe form refused: its form token is missing or does not match");
            pages.problem(
                    ctx.status(HttpStatus.FORBIDDEN),
                    "Please try again",
                    "This form was sent from another page or has expired. Open the subscribe page again and resend it.");
            return;
        }
        String email = String.valueOf(ctx.formParam("email")).strip();
        Cadence cadence = cadence(ctx);
        if (!EmailAddress.isValid(email)) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showForm(ctx, email.length() > EmailAddress.MAX_LENGTH ? "" : email, cadence, true);
            return;
        }
        SubscribeOutcome outcome = subscriptions.subscribe(email, cadence);
        LOG.info("Subscribe form sent: {}", outcome);
        if (outcome == SubscribeOutcome.NOT_SENT) {
            pages.problem(
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE),
                    "Please try again later",
                    "The confirmation mail could not be sent just now. Please try again in a few minutes.");
            return;
        }
        pages.write(ctx, Page.CHECK_INBOX, Map.of());
    }

    private void confirm(Context ctx) {
        ConfirmOutcome outcome =
                plausibleToken(ctx) ? subscriptions.confirm(ctx.pathParam("token")) : ConfirmOutcome.UNKNOWN;
        LOG.info("Confirmation button pressed: {}", outcome);
        ctx.status(
                switch (outcome) {
                    case CONFIRMED, ALREADY_USED -> HttpStatus.OK;
                    case EXPIRED -> HttpStatus.GONE;
                    case UNKNOWN -> HttpStatus.NOT_FOUND;
                });
        pages.write(
                ctx,
                Page.CONFIRMED,
                Map.of(
                        "confirmed", outcome == ConfirmOutcome.CONFIRMED,
                        "alreadyUsed", outcome == ConfirmOutcome.ALREADY_USED,
                        "expired", outcome == ConfirmOutcome.EXPIRED,
                        "unknown", outcome == ConfirmOutcome.UNKNOWN));
    }

    /** RFC 8058 one-click (body {@code List-Unsubscribe=One-Click}) and the page's button alike. */
    private void unsubscribe(Context ctx) {
        UnsubscribeOutcome outcome =
                plausibleToken(ctx) ? subscriptions.unsubscribe(ctx.pathParam("token")) : UnsubscribeOutcome.UNKNOWN;
        LOG.info("Unsubscribe requested: {}", outcome);
        ctx.status(outcome == UnsubscribeOutcome.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.OK);
        pages.write(
                ctx,
                Page.UNSUBSCRIBED,
                Map.of(
                        "unsubscribed", outcome == UnsubscribeOutcome.UNSUBSCRIBED,
                        "alreadyUnsubscribed", outcome == UnsubscribeOutcome.ALREADY_UNSUBSCRIBED,
                        "unknown", outcome == UnsubscribeOutcome.UNKNOWN));
    }

    private static boolean plausibleToken(Context ctx) {
        return ctx.pathParam("token").length() <= MAX_TOKEN_LENGTH;
    }
}
