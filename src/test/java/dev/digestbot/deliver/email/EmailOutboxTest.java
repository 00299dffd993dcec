package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.digestbot.deliver.Backoff;
import dev.digestbot.deliver.OutboxResult;
import dev.digestbot.deliver.OutboxWorker;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.store.Database;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition fanned out to subscribers through the real outbox and a real SMTP server. */
class EmailOutboxTest {
    private static final List<String> READERS =
            List.of("ana@reader.example", "gone@reader.example", "ben@reader.example");
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30), 5);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private DeliveryRepository deliveries;
    private EditionRepository editions;
    private GreenMail greenMail;
    private SmtpConnections connections;
    private final List<String> bounced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        editions = new EditionRepository(database, clock);
        deliveries = new DeliveryRepository(database, clock);
        StoredDigest digest = new DigestRows(database).insert("Harbour wall repaired", clock.instant());
        editions.create("letter", List.of(digest), List.of(), READERS);
    }

    @AfterEach
    void close() {
        if (connections != null) {
            connections.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
        database.close();
    }

    @Test
    void aRecipientRefusedWith550FailsForGoodWithTheServersWordsAndTheOthersGetTheEdition() throws IOException {
        greenMail = started(ServerSetupTest.SMTP.dynamicPort());
        try (RejectingSmtpProxy proxy =
                new RejectingSmtpProxy(greenMail.getSmtp().getPort(), Set.of("gone@reader.example"))) {
            OutboxResult result = worker(proxy.port()).sendDue();

            assertThat(result).isEqualTo(new OutboxResult(2, 0, 1));
        }
        assertThat(recipientsOf(greenMail.getReceivedMessages()))
                .containsExactlyInAnyOrder("ana@reader.example", "ben@reader.example");
        Delivery gone = row("gone@reader.example");
        assertThat(gone.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(gone.attempts()).isEqualTo(1);
        assertThat(gone.lastError()).contains(RejectingSmtpProxy.REPLY);
        assertThat(bounced).containsExactly("gone@reader.example");
    }

    @Test
    void whileTheServerIsDownEveryoneWaitsAndOnceItIsUpEachGetsOneCopy() throws IOException {
        int port = freePort();
        OutboxWorker worker = worker(port);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 3, 0));
        assertThat(row("ana@reader.example").lastError()).contains("127.0.0.1:" + port, "Connection refused");
        assertThat(row("ana@reader.example").state()).isEqualTo(DeliveryState.PENDING);

        greenMail = started(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        assertThat(worker.sendDue()).as("not due before the backoff").isEqualTo(OutboxResult.NONE);
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(3, 0, 0));
        clock.advance(Duration.ofHours(1));
        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);

        assertThat(recipientsOf(greenMail.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(READERS);
        assertThat(deliveries.list("letter")).allMatch(d -> d.state() == DeliveryState.SENT);
        assertThat(bounced).as("a server away is no bounce").isEmpty();
    }

    private OutboxWorker worker(int port) {
        connections = new SmtpConnections(Newsletters.plain(port), 2, 0, 100, clock);
        EditionRenderer renderer = new EditionRenderer(dir.resolve("templates"), ZoneOffset.UTC);
        EmailComposer composer = new EmailComposer(renderer, Newsletters.LETTER, Newsletters.LINKS, clock);
        return new OutboxWorker(
                deliveries,
                editions,
                renderer,
                Map.of("letter", new EmailSender(composer, connections, bounced::add)),
                BACKOFF,
                clock);
    }

    private Delivery row(String recipient) {
        return deliveries.list("letter").stream()
                .filter(d -> d.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }

    private static GreenMail started(ServerSetup setup) {
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    private static List<String> recipientsOf(MimeMessage[] messages) {
        return Arrays.stream(messages)
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** A port nothing listens on: connecting to it is refused. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
