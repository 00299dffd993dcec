package dev.digestbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import java.io.PrintWriter;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.quartz.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot status}: what the bot holds, read from its database, whether or not {@code
 * digestbot run} is running.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Prints articles, digests, editions and deliveries by state.")
final class StatusCommand implements Runnable {
    /** Failed files listed by name; the count covers them all. */
    private static final int RECENT_FAILURES = 5;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOption configOption;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    private final Map<String, String> env;
    private final Clock clock;

    StatusCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run() {
        DigestbotConfig config = configOption.load(env);
        Status status;
        try (App app = App.open(config, clock)) {
            status = status(app);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(writeJson(status));
        } else {
            print(status, out);
        }
    }

    private Status status(App app) {
        Map<String, Long> deliveries = new LinkedHashMap<>();
        app.deliveries()
                .countByState()
                .forEach((state, n) -> deliveries.put(state.name().toLowerCase(Locale.ROOT), n));
        Map<String, Long> editions = app.editions().countByDestination();
        List<DestinationStatus> destinations = new ArrayList<>();
        for (DestinationConfig d : app.config().destinations().values()) {
            String lastFailure = app.deliveries()
                    .latestFailure(d.name(), app.recipients(d.name()))
                    .map(f -> "edition " + f.editionNumber() + recipient(f.recipient()) + ": " + f.lastError())
                    .orElse(null);
            destinations.add(new DestinationStatus(
                    d.name(), d.type(), d.cron(), nextFiring(d), editions.getOrDefault(d.name(), 0L), lastFailure));
        }
        Map<String, Long> subscribers = new LinkedHashMap<>();
        app.subscribers().countByStatus().forEach((state, n) -> subscribers.put(state.label(), n));
        List<FailureStatus> failures = app.articles().recentFailures(RECENT_FAILURES).stream()
                .map(f -> new FailureStatus(f.path(), f.reason(), f.failedAt().toString()))
                .toList();
        return new Status(
                app.articles().articleCount(),
                app.articles().versionCount(),
                app.articles().failedCount(),
                failures,
                app.editions().count(),
                deliveries,
                subscribers,
                destinations);
    }

    private static String recipient(String recipient) {
        return recipient.isEmpty() ? "" : " to " + recipient;
    }

    /** The next firing as an ISO-8601 instant, or null for a cron that never fires again. */
    private String nextFiring(DestinationConfig d) {
        try {
            CronExpression cron = new CronExpression(d.cron());
            cron.setTimeZone(TimeZone.getTimeZone(d.timezone()));
            Date next = cron.getNextValidTimeAfter(Date.from(clock.instant()));
            return next == null ? null : next.toInstant().toString();
        } catch (ParseException e) {
            throw new UsageException(d.name() + ": cron: " + e.getMessage()); // validated at load already
        }
    }

    private static String writeJson(Status status) {
        try {
            return new ObjectMapper().writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status is not writable as JSON", e);
        }
    }

    private static void print(Status s, PrintWriter out) {
        out.printf("articles    %d (%d versions digested)%n", s.articles(), s.digests());
        out.printf("failed      %d (in the failed folder, each with a .reason file)%n", s.failedFiles());
        s.recentFailures().forEach(f -> out.printf("            %s: %s%n", f.path(), f.reason()));
        out.printf("editions    %d%n", s.editions());
        out.printf(
                "deliveries  %d pending, %d sent, %d failed%n",
                s.deliveries().getOrDefault("pending", 0L),
                s.deliveries().getOrDefault("sent", 0L),
                s.deliveries().getOrDefault("failed", 0L));
        out.printf(
                "subscribers %d active, %d pending, %d unsubscribed, %d bounced, %d complained%n",
                s.subscribers().get("active"),
                s.subscribers().get("pending"),
                s.subscribers().get("unsubscribed"),
                s.subscribers().get("bounced"),
                s.subscribers().get("complained"));
        for (DestinationStatus d : s.destinations()) {
            out.printf(
                    "destination %s (%s, %s): %d editions, next %s%n",
                    d.name(), d.type(), d.cron(), d.editions(), d.next() == null ? "never" : d.next());
            if (d.lastFailure() != null) {
                out.printf("            latest delivery failed: %s%n", d.lastFailure());
            }
        }
    }

    /** What {@code status} reports; also its JSON shape. */
    record Status(
            long articles,
            long digests,
            long failedFiles,
            List<FailureStatus> recentFailures,
            long editions,
            Map<String, Long> deliveries,
            Map<String, Long> subscribers,
            List<DestinationStatus> destinations) {}

    /** A file that could not be read, newest first. */
    record FailureStatus(String path, String reason, String at) {}

    /**
     * One destination's line of the status; {@code lastFailure} says why its latest edition did not
     * go out, or is null when it did (or is still on its way).
     */
    record DestinationStatus(String name, String type, String cron, String next, long editions, String lastFailure) {}
}
