package dev.digestbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.store.AddResult;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.Database;
import dev.digestbot.store.EmailAddress;
import dev.digestbot.store.InvalidEmailException;
import dev.digestbot.store.Subscriber;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.store.SubscriberStatus;
import dev.digestbot.web.SubscribeOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot subscribers add|remove|list|import|export}: the newsletter's subscribers, in
 * the bot's database, whether or not {@code digestbot run} is running. Addresses added without
 * {@code --confirmed} are pending until they confirm; no command prints a token.
 */
@Command(
        name = "subscribers",
        mixinStandardHelpOptions = true,
        description = "Newsletter subscribers: add, remove, list, import, export.")
final class SubscribersCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private final Map<String, String> env;
    private final Clock clock;

    SubscribersCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing subcommand: add, cadence, unsubscribe, remove, list, import or export");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Adds an address: pending until it confirms, or active at once with --confirmed.")
    void add(
            @Mixin ConfigOption config,
            @Parameters(paramLabel = "EMAIL", description = "The address.") String email,
            @Option(names = "--confirmed", description = "The address has agreed already: no confirmation.")
                    boolean confirmed,
            @Option(
                            names = "--cadence",
                            paramLabel = "CADENCE",
                            defaultValue = "every",
                            description = "every, daily or weekly (default: ${DEFAULT-VALUE}).")
                    String cadence) {
        String address = validated(email);
        Cadence chosen = parse(cadence, Cadence::parse);
        String line = withApp(config, app -> {
            AddResult result = app.subscribers().add(address, chosen, confirmed);
            AddOutcome outcome = AddOutcome.of(result, confirmed);
            if (outcome == AddOutcome.NOT_ACTIVATED) {
                throw new IllegalStateException(AddOutcome.notActivated(result.subscriber()));
            }
            return outcome.describe(result.subscriber()) + invite(app, result.subscriber());
        });
        out().println(line);
    }

    /**
     * Mails a pending {@code subscriber} a confirmation link, as signing up on the web would;
     * returns what to add to the report line.
     */
    private static String invite(App app, Subscriber subscriber) {
        if (subscriber.status() != SubscriberStatus.PENDING) {
            return "";
        }
        if (app.signup().isEmpty()) {
            return "; no confirmation mail: no email destination is configured";
        }
        SubscribeOutcome sent = app.signup().get().invite(subscriber);
        if (sent == SubscribeOutcome.NOT_SENT) {
            throw new IllegalStateException(subscriber.email() + " is pending, but its confirmation mail could not"
                    + " be sent (the log says why); add it again to send another");
        }
        return "; confirmation mail sent";
    }

    @Command(
            name = "unsubscribe",
            mixinStandardHelpOptions = true,
            description = "Stops mail to an address whose owner asked by mail (or, with --complaint, reported it"
                    + " as spam); the address is kept so an import cannot bring it back.")
    void unsubscribe(
            @Mixin ConfigOption config,
            @Parameters(paramLabel = "EMAIL", description = "The address.") String email,
            @Option(names = "--complaint", description = "Record a spam complaint rather than a request to leave.")
                    boolean complaint) {
        String address = validated(email);
        SubscriberStatus status = complaint ? SubscriberStatus.COMPLAINED : SubscriberStatus.UNSUBSCRIBED;
        Optional<Subscriber> stopped = withSubscribers(config, s -> s.stop(address, status));
        if (stopped.isEmpty()) {
            throw new IllegalStateException(address + " is not a subscriber");
        }
        out().println(stopped.get().email() + " is " + stopped.get().status().label() + ": it gets no more mail");
    }

    @Command(
            name = "cadence",
            mixinStandardHelpOptions = true,
            description = "Sets how often an address gets the newsletter: every, daily or weekly.")
    void cadence(
            @Mixin ConfigOption config,
            @Parameters(index = "0", paramLabel = "EMAIL", description = "The address.") String email,
            @Parameters(index = "1", paramLabel = "CADENCE", description = "every, daily or weekly.") String cadence) {
        String address = validated(email);
        Cadence chosen = parse(cadence, Cadence::parse);
        Optional<Subscriber> changed = withSubscribers(config, s -> s.setCadence(address, chosen));
        if (changed.isEmpty()) {
            throw new IllegalStateException(address + " is not a subscriber");
        }
        out().println(changed.get().email() + " now gets " + chosen.label() + " mail");
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Deletes an address and its links.")
    void remove(
            @Mixin ConfigOption config, @Parameters(paramLabel = "EMAIL", description = "The address.") String email) {
        String address = validated(email);
        boolean removed = withSubscribers(config, s -> s.remove(address));
        out().println(removed ? "removed " + address : address + " was not a subscriber");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists subscribers by address.")
    void list(
            @Mixin ConfigOption config,
            @Option(
                            names = "--status",
                            paramLabel = "STATUS",
                            description = "Only pending, active, unsubscribed," + " bounced or complained ones.")
                    String status,
            @Option(names = "--json", description = "Print one JSON array.") boolean json) {
        List<Subscriber> subscribers = select(config, status);
        if (json) {
            out().println(json(subscribers));
        } else {
            subscribers.forEach(s -> out().printf(
                            "%-40s %-12s %-6s since %s%n",
                            s.email(), s.status().label(), s.cadence().label(), s.createdAt()));
            out().println(subscribers.size() + (subscribers.size() == 1 ? " subscriber" : " subscribers"));
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Adds the addresses of a CSV file with an 'email' column (and optionally 'cadence');"
                    + " bad rows are reported and skipped.")
    void importFile(
            @Mixin ConfigOption config,
            @Parameters(paramLabel = "FILE.csv", description = "The file; its first row names the columns.") Path file,
            @Option(
                            names = "--confirmed",
                            description = "The list is already consented to: its addresses become active"
                                    + " without confirming (never those that unsubscribed).")
                    boolean confirmed) {
        List<SubscriberCsv.Row> rows = SubscriberCsv.read(file);
        SubscriberImport.Tally tally = withApp(
                config,
                app -> new SubscriberImport(
                                app.subscribers(),
                                app.signup(),
                                confirmed,
                                spec.commandLine().getErr())
                        .run(file, rows));
        out().println(file + ": " + tally.describe());
        if (tally.skipped() > 0) {
            throw new IllegalStateException(
                    tally.skipped() + " row(s) of " + file + " were skipped (see above); the others were imported");
        }
        if (tally.newsletter() && tally.notInvited() > 0) {
            throw new IllegalStateException(tally.notInvited() + " confirmation mail(s) could not be sent (the log"
                    + " says why); import " + file + " again to send them");
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Prints subscribers as CSV: email, status, cadence, created_at, confirmed_at.")
    void export(
            @Mixin ConfigOption config,
            @Option(names = "--status", paramLabel = "STATUS", description = "Only subscribers with this status.")
                    String status) {
        SubscriberCsv.write(select(config, status), out());
    }

    private List<Subscriber> select(ConfigOption config, String status) {
        if (status == null) {
            return withSubscribers(config, SubscriberRepository::list);
        }
        SubscriberStatus wanted = parse(status, SubscriberStatus::parse);
        return withSubscribers(config, s -> s.list(wanted));
    }

    /** Runs {@code work} on the subscribers of the configured database, open for just that. */
    private <T> T withSubscribers(ConfigOption option, Function<SubscriberRepository, T> work) {
        DatabaseConfig db = option.load(env).database();
        try (Database database =
                Database.open(db.url(), db.user(), db.password().reveal())) {
            return work.apply(new SubscriberRepository(database, clock));
        }
    }

    /** Runs {@code work} on the bot's parts (with its confirmation mail), open for just that. */
    private <T> T withApp(ConfigOption option, Function<App, T> work) {
        try (App app = App.open(option.load(env), clock)) {
            return work.apply(app);
        }
    }

    private static String json(List<Subscriber> subscribers) {
        List<SubscriberJson> rows = subscribers.stream()
                .map(s -> new SubscriberJson(
                        s.email(),
                        s.status().label(),
                        s.cadence().label(),
                        String.valueOf(s.createdAt()),
                        s.confirmedAt() == null ? null : s.confirmedAt().toString(),
                        s.unsubscribedAt() == null ? null : s.unsubscribedAt().toString(),
                        s.bounces()))
                .toList();
        try {
            return new ObjectMapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("subscribers are not writable as JSON", e);
        }
    }

    /** One subscriber in {@code list --json}; times are ISO-8601 instants, null when never reached. */
    record SubscriberJson(
            String email,
            String status,
            String cadence,
            String createdAt,
            String confirmedAt,
            String unsubscribedAt,
            int bounces) {}

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** An address given on the command line, or a usage error naming it. */
    private static String validated(String email) {
        try {
            return EmailAddress.normalize(email);
        } catch (InvalidEmailException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
