package dev.digestbot.cli;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.config.DeliveryConfig;
import dev.digestbot.deliver.Backoff;
import dev.digestbot.deliver.OutboxWorker;
import dev.digestbot.deliver.PublishResult;
import dev.digestbot.deliver.Publisher;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.email.EmailComposer;
import dev.digestbot.deliver.email.EmailSender;
import dev.digestbot.deliver.email.Newsletter;
import dev.digestbot.deliver.email.SmtpConnections;
import dev.digestbot.deliver.email.SmtpServer;
import dev.digestbot.deliver.email.UnsubscribeLinks;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionComposer;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.SeenFile;
import dev.digestbot.summarize.ArticleDigest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestbot bench email}: editions fanned out to N subscribers through the service's real
 * path (each edition stored with one outbox row per recipient in an H2 file database, the outbox
 * draining it over the pooled SMTP connections and recording rows sent in its journal). An
 * untimed warm-up first, whose rate is a cold JVM's; then timed rounds, each a new edition to the
 * same readers, and their median, as a bot that has been running sends; then, in the same run, a
 * naive send that opens one connection per message. Point it at a local test server such as
 * GreenMail ({@code bench/email.sh} starts one): it really sends.
 */
@Command(
        name = "email",
        mixinStandardHelpOptions = true,
        description = "Measures fan-out of editions to N recipients over SMTP, pooled and naive.")
final class EmailBenchCommand implements Callable<Integer> {
    private static final String DESTINATION = "bench";
    private static final String WARMUP = "bench-warmup";

    @Option(names = "--count", defaultValue = "10000", paramLabel = "N", description = "Recipients of the fan-out.")
    private int count;

    @Option(
            names = "--naive",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Messages sent one connection each, for comparison (default: ${DEFAULT-VALUE}; 0 skips).")
    private int naive;

    @Option(names = "--smtp-host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "SMTP server.")
    private String host;

    @Option(names = "--smtp-port", required = true, paramLabel = "PORT", description = "SMTP port (no TLS).")
    private int port;

    @Option(
            names = "--connections",
            defaultValue = "4",
            paramLabel = "N",
            description = "Pooled connections (default: ${DEFAULT-VALUE}).")
    private int connections;

    @Option(
            names = "--warmup",
            defaultValue = "3000",
            paramLabel = "N",
            description =
                    "Messages fanned out first, untimed, so that the rounds measure a bot that has been"
                            + " running, with its code compiled; its rate is printed as the cold one (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            paramLabel = "N",
            description = "Timed fan-outs to the recipients, each a new edition; the median is reported"
                    + " (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count <= 0 || naive < 0 || warmup < 0 || connections <= 0 || rounds <= 0) {
            throw new UsageException(
                    "--count, --connections and --rounds must be above zero, --naive and --warmup zero or more");
        }
        SmtpServer server = new SmtpServer(host, port, SmtpServer.Security.NONE, "", "", Duration.ofSeconds(30));
        try (TemporaryFolder home = TemporaryFolder.create("digestbot-bench-email-")) {
            return measure(home.path(), server);
        }
    }

    private int measure(Path home, SmtpServer server) throws MessagingException {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        EditionRenderer renderer = new EditionRenderer(home.resolve("templates"), ZoneOffset.UTC);
        Newsletter newsletter = Newsletter.of(
                "Digest Bot <news@bench.example>", Optional.empty(), "bench.bench.example", Optional.empty());
        EmailComposer composer = new EmailComposer(renderer, newsletter, randomLinks(), clock);
        List<String> recipients = readers("reader", count);
        try (Database db = Database.open(DatabaseConfig.defaultUrl(home.resolve("data")), "sa", "");
                DeliveryRepository deliveries = DeliveryRepository.journaled(
                        db, clock, home.resolve("data").resolve("journal"));
                SmtpConnections pool = new SmtpConnections(server, connections, 0, 100, clock)) {
            storeDigests(new ArticleRepository(db, clock));
            EditionRepository editions = new EditionRepository(db, clock);
            EmailSender sender = new EmailSender(composer, pool, recipient -> {});
            DeliveryConfig retry = DeliveryConfig.DEFAULTS;
            OutboxWorker worker = new OutboxWorker(
                    deliveries,
                    editions,
                    renderer,
                    senders(sender),
                    Backoff.exponential(retry.backoff(), retry.maxBackoff(), retry.maxAttempts()),
                    clock);
            Publisher publisher = new Publisher(new EditionComposer(editions, clock), editions, renderer, worker);
            if (warmup > 0) {
                fanOut(out, "warm-up, untimed (a cold JVM)", publisher, WARMUP, readers("warm", warmup));
            }
            List<Double> rates = new ArrayList<>();
            Edition last = null;
            for (int round = 1; round <= rounds; round++) {
                Round measured = fanOut(out, "round " + round, publisher, DESTINATION + "-" + round, recipients);
                rates.add(measured.rate());
                last = measured.edition();
            }
            Collections.sort(rates);
            out.printf(
                    Locale.ROOT,
                    "outbox, %d pooled connections: median of %d rounds %,.0f messages/s%n",
                    connections,
                    rounds,
                    rates.get(rates.size() / 2));
            out.flush();
            if (naive > 0) {
                naive(out, last, composer, server, recipients);
            }
        }
        out.flush();
        return 0;
    }

    /** One edition to {@code readers} through the outbox, timed from publishing to the last row marked sent. */
    private static Round fanOut(
            PrintWriter out, String name, Publisher publisher, String destination, List<String> readers) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        PublishResult result = publisher.publish(new EditionPolicy(destination, List.of(), List.of(), 10), readers);
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        double rate = result.deliveries().sent() / (elapsed / 1e9);
        out.printf(
                Locale.ROOT,
                "%s: %,d sent, %,d retrying, %,d failed in %,d ms: %,.0f messages/s (bot CPU %,d µs per message)%n",
                name,
                result.deliveries().sent(),
                result.deliveries().retrying(),
                result.deliveries().failed(),
                elapsed / 1_000_000,
                rate,
                cpu / 1000 / Math.max(1, result.deliveries().sent()));
        out.flush();
        return new Round(result.edition().orElseThrow(), rate);
    }

    /** The warm-up's destination and one per round, since each round's edition needs a destination of its own. */
    private Map<String, Sender> senders(Sender sender) {
        Map<String, Sender> senders = new HashMap<>();
        senders.put(WARMUP, sender);
        for (int round = 1; round <= rounds; round++) {
            senders.put(DESTINATION + "-" + round, sender);
        }
        return senders;
    }

    private record Round(Edition edition, double rate) {}

    /** {@code prefix-00001@bench.example} and on. */
    private static List<String> readers(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> String.format(Locale.ROOT, "%s-%05d@bench.example", prefix, i))
                .toList();
    }

    /** {@code Transport.send} per message: connect, greet, send, quit, one message at a time. */
    private void naive(
            PrintWriter out, Edition edition, EmailComposer composer, SmtpServer server, List<String> recipients)
            throws MessagingException {
        Session session = server.session();
        long start = System.nanoTime();
        for (int i = 0; i < naive; i++) {
            Transport.send(composer.compose(session, edition, recipients.get(i % recipients.size())));
        }
        long elapsed = System.nanoTime() - start;
        out.printf(
                Locale.ROOT,
                "naive, one connection per message, one thread: %,d sent in %,d ms: %,.0f messages/s%n",
                naive,
                elapsed / 1_000_000,
                naive / (elapsed / 1e9));
    }

    /** CPU time of this process so far, all threads; the steadier figure on a busy machine. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** Five invented digests, the size of a real edition. */
    private static void storeDigests(ArticleRepository articles) {
        for (int i = 1; i <= 5; i++) {
            String title = "Harbour council item " + i + " goes to a vote";
            ArticleDigest digest = new ArticleDigest(
                    "bench/" + i + ".txt",
                    title,
                    List.of(
                            "Councillors will vote on item " + i + " of the harbour plan next week.",
                            "The plan covers moorings, the fish market and a new footbridge.",
                            "A decision had been due in spring but was put back twice."),
                    List.of(),
                    List.of());
            SeenFile file = new SeenFile("bench/" + i + ".txt", 100, java.time.Instant.EPOCH, "bench-" + i);
            articles.storeVersion(file, digest, ArticleMetadata.NONE, title);
        }
    }

    /** Links with a 128-bit random token each, as long as real ones. */
    private static UnsubscribeLinks randomLinks() {
        SecureRandom random = new SecureRandom();
        return recipient -> {
            byte[] token = new byte[16];
            random.nextBytes(token);
            return Optional.of(URI.create(
                    "http://127.0.0.1:8080/unsubscribe/" + HexFormat.of().formatHex(token)));
        };
    }
}
