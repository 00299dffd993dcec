package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.config.EmailTarget;
import dev.digestbot.config.Rollup;
import dev.digestbot.deliver.email.UnsubscribeLinks;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.Database;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.store.SubscriberStatus;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who a newsletter's editions go to and with which links, over a real subscriber store. */
class SubscriberAudienceTest {
    private static final EmailTarget EVERY_AND_DAILY = new EmailTarget(
            "news@harbour.example",
            Optional.empty(),
            "letter.harbour.example",
            Optional.empty(),
            Set.of(Rollup.DAILY),
            Optional.empty());

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-06-01T07:00:00Z");
    private Database database;
    private SubscriberRepository subscribers;
    private SubscriberAudience audience;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        subscribers = new SubscriberRepository(database, clock);
        audience = new SubscriberAudience(subscribers, URI.create("https://news.example.org/"), 2, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachEditionGoesToTheActiveReadersOfItsCadence() {
        subscribers.add("ada@reader.example", Cadence.EVERY, true);
        subscribers.add("bo@reader.example", Cadence.DAILY, true);
        subscribers.add("cy@reader.example", Cadence.WEEKLY, true);
        subscribers.add("dee@reader.example", Cadence.EVERY, false);

        assertThat(audience.recipients(EVERY_AND_DAILY)).containsExactly("ada@reader.example", "cy@reader.example");
        assertThat(audience.recipients(EVERY_AND_DAILY.sending(Rollup.DAILY))).containsExactly("bo@reader.example");
    }

    @Test
    void aReaderWhoLeavesGetsNoLinkOnceTheEditionsListOfReadersIsNoLongerFresh() {
        long ada = subscribers.add("ada@reader.example", true).subscriber().id();
        audience.recipients(EVERY_AND_DAILY);
        UnsubscribeLinks links = audience.links();
        URI link = links.of("ADA@reader.example").orElseThrow();
        assertThat(link).hasToString("https://news.example.org/unsubscribe/" + subscribers.unsubscribeToken(ada));

        subscribers.stop("ada@reader.example", SubscriberStatus.UNSUBSCRIBED);
        assertThat(links.of("ada@reader.example"))
                .as("the fan-out of the edition just made")
                .contains(link);
        clock.advance(SubscriberAudience.FRESH.plus(Duration.ofSeconds(1)));

        assertThat(links.of("ada@reader.example")).as("a retry later").isEmpty();
        assertThat(links.of("nobody@reader.example")).isEmpty();
    }

    @Test
    void aRefusedAddressIsBouncedAtTheLimitAndGetsNoMoreLinks() {
        subscribers.add("gone@reader.example", true);
        audience.recipients(EVERY_AND_DAILY);

        audience.bounced("gone@reader.example");
        assertThat(audience.links().of("gone@reader.example")).isPresent();
        audience.bounced("gone@reader.example");

        assertThat(subscribers.find("gone@reader.example").orElseThrow().status())
                .isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(audience.links().of("gone@reader.example")).isEmpty();
        assertThat(audience.recipients(EVERY_AND_DAILY)).isEmpty();
    }
}
