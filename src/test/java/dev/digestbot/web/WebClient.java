package dev.digestbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests to a running web server, as a browser would make them, following no redirects. */
final class WebClient {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private String forwardedFor;

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends {@code X-Forwarded-For: value} with every request from now on, as a proxy in front would. */
    void forwardedFor(String value) {
        forwardedFor = value;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String form, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    /** Opens the form, then sends it with its token and cookie, as a browser does. */
    HttpResponse<String> subscribe(String email) {
        return subscribe(email, "");
    }

    /** As {@link #subscribe(String)}, with the form's other fields, such as {@code &cadence=daily}. */
    HttpResponse<String> subscribe(String email, String moreFields) {
        HttpResponse<String> form = get("/subscribe");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = FORM_TOKEN.matcher(form.body());
        if (!token.find()) {
            throw new AssertionError("no form token in " + form.body());
        }
        return post("/subscribe", "form_token=" + token.group(1) + "&email=" + encode(email) + moreFields, cookie);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.setHeader("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
