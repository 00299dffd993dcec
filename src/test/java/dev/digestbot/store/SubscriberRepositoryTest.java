package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberRepositoryTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private SubscriberRepository subscribers;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        subscribers = new SubscriberRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAddressReceivesEditionsOnlyOnceItConfirms() {
        Subscription subscription = subscribers.subscribe("  Ada.Lovelace@Example.ORG ");

        Subscriber pending = subscription.subscriber();
        assertThat(pending.email()).isEqualTo("Ada.Lovelace@example.org");
        assertThat(pending.status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(pending.cadence()).isEqualTo(Cadence.EVERY);
        assertThat(pending.createdAt()).isEqualTo(clock.instant());
        assertThat(pending.confirmedAt()).isNull();
        IssuedToken token = subscription.confirmation().orElseThrow();
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(SubscriberRepository.CONFIRM_VALIDITY));
        assertThat(activeEmails()).isEmpty();

        clock.advance(Duration.ofHours(3));
        TokenResult confirmed = subscribers.confirm(token.token());

        assertThat(confirmed.status()).isEqualTo(TokenStatus.ACCEPTED);
        assertThat(confirmed.subscriber().orElseThrow().confirmedAt()).isEqualTo(clock.instant());
        assertThat(activeEmails()).containsExactly("Ada.Lovelace@example.org");
    }

    @Test
    void aConfirmTokenIsUnguessableUrlSafeAndStoredOnlyAsItsHash() throws Exception {
        IssuedToken confirm =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();

        assertThat(confirm.token()).matches("[A-Za-z0-9_-]{32}");
        assertThat(confirm.toString()).doesNotContain(confirm.token());
        assertThat(storedTokenHashes())
                .containsExactly(SubscriberTokens.hash(confirm.token()))
                .allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    @Test
    void aConfirmationLinkWorksOnceAndOnlyUntilItExpires() {
        IssuedToken first =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();
        clock.advance(SubscriberRepository.CONFIRM_VALIDITY);

        TokenResult late = subscribers.confirm(first.token());
        assertThat(late.status()).isEqualTo(TokenStatus.EXPIRED);
        assertThat(late.subscriber().orElseThrow().status()).isEqualTo(SubscriberStatus.PENDING);

        IssuedToken second =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();
        assertThat(subscribers.confirm(second.token()).status()).isEqualTo(TokenStatus.ACCEPTED);
        TokenResult again = subscribers.confirm(second.token());
        assertThat(again.status()).isEqualTo(TokenStatus.USED);
        assertThat(again.subscriber().orElseThrow().status()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void unknownMadeUpAndWrongPurposeTokensAreRefused() {
        long id = subscribers.subscribe("ada@example.org").subscriber().id();
        String unsubscribe = subscribers.unsubscribeToken(id);
        String signature = unsubscribe.substring(unsubscribe.indexOf('.') + 1);

        assertThat(subscribers.confirm("not-a-token").status()).isEqualTo(TokenStatus.UNKNOWN);
        assertThat(subscribers.confirm("").subscriber()).isEmpty();
        assertThat(subscribers.confirm(unsubscribe).status()).isEqualTo(TokenStatus.UNKNOWN);
        assertThat(subscribers.unsubscribe("not-a-token").status()).isEqualTo(TokenStatus.UNKNOWN);
        // another subscriber's id under this one's signature, and a signature changed in one place
        assertThat(subscribers.unsubscribe((id + 1) + "." + signature).status()).isEqualTo(TokenStatus.UNKNOWN);
        char first = signature.charAt(0) == 'A' ? 'B' : 'A';
        assertThat(subscribers
                        .unsubscribe(id + "." + first + signature.substring(1))
                        .status())
                .isEqualTo(TokenStatus.UNKNOWN);
        assertThat(subscribers.unsubscribe("99999999999999999999." + signature).status())
                .isEqualTo(TokenStatus.UNKNOWN);
        assertThat(subscribers.find("ada@example.org").orElseThrow().status()).isEqualTo(SubscriberStatus.PENDING);
    }

    @Test
    void subscribingAgainWhileActiveIssuesNothing() {
        confirmedSubscriber("ada@example.org");

        Subscription again = subscribers.subscribe("ADA@example.org");

        assertThat(again.alreadyActive()).isTrue();
        assertThat(again.confirmation()).isEmpty();
        assertThat(again.subscriber().status()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    @Test
    void anActiveReaderAskingForAnotherCadenceKeepsItsOwnUntilConfirmingTheChange() {
        Subscriber ada = confirmedSubscriber("ada@example.org");
        clock.advance(Duration.ofDays(3));

        Subscription change = subscribers.subscribe("ada@example.org", Cadence.WEEKLY);

        assertThat(change.cadenceChange()).contains(Cadence.WEEKLY);
        assertThat(subscribers.find("ada@example.org").orElseThrow().cadence())
                .as("not before its owner confirms")
                .isEqualTo(Cadence.EVERY);
        TokenResult confirmed =
                subscribers.confirm(change.confirmation().orElseThrow().token());
        assertThat(confirmed.accepted()).isTrue();
        Subscriber now = subscribers.find("ada@example.org").orElseThrow();
        assertThat(now.status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(now.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(now.confirmedAt()).as("still subscribed since then").isEqualTo(ada.confirmedAt());
        assertThat(subscribers.subscribe("ada@example.org", Cadence.WEEKLY).alreadyActive())
                .as("asking for the cadence it has issues nothing")
                .isTrue();
    }

    @Test
    void aReturningReaderGetsTheCadenceOfTheConfirmationItConfirms() {
        IssuedToken daily = subscribers
                .subscribe("ada@example.org", Cadence.DAILY)
                .confirmation()
                .orElseThrow();
        subscribers.subscribe("ada@example.org", Cadence.WEEKLY);

        subscribers.confirm(daily.token());

        assertThat(subscribers.find("ada@example.org").orElseThrow().cadence()).isEqualTo(Cadence.DAILY);
    }

    @Test
    void subscribingAgainWhilePendingIssuesAnotherTokenAndBothWork() {
        IssuedToken first =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();
        IssuedToken second =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(subscribers.confirm(first.token()).accepted()).isTrue();
        // confirmed once, the other mail's link has nothing left to do
        assertThat(subscribers.confirm(second.token()).status()).isEqualTo(TokenStatus.USED);
    }

    @Test
    void unsubscribingIsIdempotentAndComingBackNeedsANewConfirmation() {
        Subscriber ada = confirmedSubscriber("ada@example.org");
        String leave = subscribers.unsubscribeToken(ada.id());

        clock.advance(Duration.ofDays(30));
        TokenResult left = subscribers.unsubscribe(leave);
        assertThat(left.accepted()).isTrue();
        assertThat(left.subscriber().orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(left.subscriber().orElseThrow().unsubscribedAt()).isEqualTo(clock.instant());
        assertThat(activeEmails()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        TokenResult twice = subscribers.unsubscribe(leave);
        assertThat(twice.status()).isEqualTo(TokenStatus.USED);
        assertThat(twice.subscriber().orElseThrow().unsubscribedAt())
                .isEqualTo(left.subscriber().orElseThrow().unsubscribedAt());

        Subscription back = subscribers.subscribe("ada@example.org");
        assertThat(back.subscriber().status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(activeEmails()).isEmpty();
        assertThat(subscribers
                        .confirm(back.confirmation().orElseThrow().token())
                        .accepted())
                .isTrue();
        assertThat(activeEmails()).containsExactly("ada@example.org");
    }

    @Test
    void anOldConfirmationMailCannotBringBackAnAddressThatLeft() {
        IssuedToken first =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();
        IssuedToken second =
                subscribers.subscribe("ada@example.org").confirmation().orElseThrow();
        subscribers.confirm(first.token());
        long id = first.subscriberId();
        subscribers.unsubscribe(subscribers.unsubscribeToken(id));

        assertThat(subscribers.confirm(second.token()).status()).isEqualTo(TokenStatus.USED);
        assertThat(subscribers.find("ada@example.org").orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    @Test
    void simultaneousSignUpsOfOneAddressMakeOneSubscriber() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Subscription>> signUps = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String email = i % 2 == 0 ? "ada@example.org" : "ADA@example.org";
                signUps.add(() -> subscribers.subscribe(email));
            }
            for (Future<Subscription> signUp : threads.invokeAll(signUps)) {
                assertThat(signUp.get().confirmation()).isPresent();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(subscribers.list()).hasSize(1);
        assertThat(storedTokenHashes()).hasSize(8);
    }

    @Test
    void addressesAreOneSubscriberInAnyCase() {
        subscribers.add("Ada@Example.org", true);

        AddResult again = subscribers.add("ADA@EXAMPLE.ORG", true);

        assertThat(again.isNew()).isFalse();
        assertThat(again.changed()).isFalse();
        assertThat(subscribers.list()).extracting(Subscriber::email).containsExactly("Ada@example.org");
        assertThat(subscribers.find("ada@example.ORG")).isPresent();
        assertThat(subscribers.remove("aDa@example.org")).isTrue();
        assertThat(subscribers.list()).isEmpty();
        assertThat(subscribers.remove("ada@example.org")).isFalse();
    }

    @Test
    void addingConfirmedActivatesANewOrPendingAddressButNeverOneThatLeft() {
        AddResult fresh = subscribers.add("new@example.org", Cadence.WEEKLY, true);
        assertThat(fresh.isNew()).isTrue();
        assertThat(fresh.subscriber().status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(fresh.subscriber().cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(fresh.subscriber().confirmedAt()).isEqualTo(clock.instant());

        subscribers.subscribe("pending@example.org");
        AddResult confirmed = subscribers.add("pending@example.org", true);
        assertThat(confirmed.previous()).contains(SubscriberStatus.PENDING);
        assertThat(confirmed.subscriber().status()).isEqualTo(SubscriberStatus.ACTIVE);

        Subscriber gone = confirmedSubscriber("gone@example.org");
        subscribers.unsubscribe(subscribers.unsubscribeToken(gone.id()));
        AddResult refused = subscribers.add("gone@example.org", true);
        assertThat(refused.changed()).isFalse();
        assertThat(refused.subscriber().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

        AddResult reinvited = subscribers.add("gone@example.org", false);
        assertThat(reinvited.subscriber().status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(activeEmails()).containsExactly("new@example.org", "pending@example.org");
    }

    @Test
    void listingFiltersByStatus() {
        subscribers.add("b@example.org", true);
        subscribers.add("a@example.org", false);
        subscribers.add("c@example.org", true);

        assertThat(subscribers.list(SubscriberStatus.ACTIVE))
                .extracting(Subscriber::email)
                .containsExactly("b@example.org", "c@example.org");
        assertThat(subscribers.list(SubscriberStatus.PENDING))
                .extracting(Subscriber::email)
                .containsExactly("a@example.org");
        assertThat(subscribers.list()).hasSize(3);
    }

    @Test
    void anAddressIsBouncedAtTheLimitOfPermanentFailures() {
        confirmedSubscriber("ada@example.org");
        confirmedSubscriber("bob@example.org");

        assertThat(subscribers.recordBounce("ADA@example.org", 2).orElseThrow().status())
                .isEqualTo(SubscriberStatus.ACTIVE);
        Subscriber bounced = subscribers.recordBounce("ada@example.org", 2).orElseThrow();

        assertThat(bounced.status()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(bounced.bounces()).isEqualTo(2);
        assertThat(activeEmails()).containsExactly("bob@example.org");
        assertThat(subscribers.recordBounce("nobody@example.org", 2)).isEmpty();
        assertThatThrownBy(() -> subscribers.recordBounce("bob@example.org", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confirmingABouncedAddressAgainClearsItsBounces() {
        confirmedSubscriber("ada@example.org");
        subscribers.recordBounce("ada@example.org", 1);

        Subscription back = subscribers.subscribe("ada@example.org");
        Subscriber active = subscribers
                .confirm(back.confirmation().orElseThrow().token())
                .subscriber()
                .orElseThrow();

        assertThat(active.status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(active.bounces()).isZero();
    }

    @Test
    void removingAnAddressRemovesItsTokens() throws Exception {
        Subscriber ada = confirmedSubscriber("ada@example.org");
        String leave = subscribers.unsubscribeToken(ada.id());

        subscribers.remove("ada@example.org");

        assertThat(storedTokenHashes()).isEmpty();
        assertThat(subscribers.unsubscribe(leave).status()).isEqualTo(TokenStatus.UNKNOWN);
    }

    @Test
    void anUnsubscribeTokenIsTheSameInEveryMailAndWorksForAnotherRepositoryOverTheSameDatabase() {
        Subscriber ada = confirmedSubscriber("ada@example.org");
        String token = subscribers.unsubscribeToken(ada.id());

        assertThat(token).matches(ada.id() + "\\.[A-Za-z0-9_-]{27}");
        assertThat(subscribers.unsubscribeToken(ada.id())).isEqualTo(token);
        SubscriberRepository otherInstance = new SubscriberRepository(database, clock);
        assertThat(otherInstance.unsubscribe(token).accepted()).isTrue();
        assertThat(storedTokenHashes()).hasSize(1); // the used confirm token only: nothing per mail
    }

    @Test
    void discordUnsubscribeEndsOnlyTheSubscriptionsThatUserStarted() {
        Subscription ada = subscribers.subscribeFromDiscord("ada@example.org", Cadence.EVERY, "123456789012345678");
        subscribers.confirm(ada.confirmation().orElseThrow().token());
        subscribers.subscribeFromDiscord("ada.work@example.org", Cadence.EVERY, "123456789012345678");
        Subscriber bob = confirmedSubscriber("bob@example.org");
        // someone else asking for an active address does not take it over
        subscribers.subscribeFromDiscord("bob@example.org", Cadence.EVERY, "999999999999999999");

        assertThat(subscribers.unsubscribeDiscordUser("999999999999999999")).isEmpty();
        List<Subscriber> left = subscribers.unsubscribeDiscordUser("123456789012345678");

        assertThat(left)
                .extracting(Subscriber::email)
                .containsExactlyInAnyOrder("ada@example.org", "ada.work@example.org");
        assertThat(left).extracting(Subscriber::status).containsOnly(SubscriberStatus.UNSUBSCRIBED);
        assertThat(activeEmails()).containsExactly(bob.email());
        assertThat(subscribers.unsubscribeDiscordUser("123456789012345678")).isEmpty();
    }

    @Test
    void aSignUpSetsTheCadenceOfANewOrReturningAddressButAnActiveOneKeepsItsOwnUntilItConfirms() {
        assertThat(subscribers
                        .subscribe("ada@example.org", Cadence.DAILY)
                        .subscriber()
                        .cadence())
                .isEqualTo(Cadence.DAILY);
        assertThat(subscribers
                        .subscribe("ada@example.org", Cadence.WEEKLY)
                        .subscriber()
                        .cadence())
                .isEqualTo(Cadence.WEEKLY);
        Subscriber bob = confirmedSubscriber("bob@example.org");

        Subscription again = subscribers.subscribe("bob@example.org", Cadence.WEEKLY);

        assertThat(again.cadenceChange()).contains(Cadence.WEEKLY);
        assertThat(again.subscriber().cadence()).isEqualTo(bob.cadence()).isEqualTo(Cadence.EVERY);
    }

    @Test
    void anInvalidAddressIsRefusedNamingIt() {
        assertThatThrownBy(() -> subscribers.subscribe("ada at example.org"))
                .isInstanceOf(InvalidEmailException.class)
                .hasMessageContaining("'ada at example.org'");
        assertThat(subscribers.list()).isEmpty();
    }

    private List<String> activeEmails() {
        return subscribers.list(SubscriberStatus.ACTIVE).stream()
                .map(Subscriber::email)
                .toList();
    }

    @Test
    void aLaterSignUpByOtherMeansForgetsTheDiscordUserWhoStartedAnEarlierOne() {
        subscribers.subscribeFromDiscord("ada@example.org", Cadence.EVERY, "123456789012345678");
        Subscription own = subscribers.subscribe("ada@example.org");
        subscribers.confirm(own.confirmation().orElseThrow().token());

        assertThat(subscribers.unsubscribeDiscordUser("123456789012345678")).isEmpty();
        assertThat(activeEmails()).containsExactly("ada@example.org");
    }

    @Test
    void anAddressThatReportedSpamIsNotAskedToConfirmByAnImport() {
        subscribers.add("ada@example.org", true);
        subscribers.stop("ada@example.org", SubscriberStatus.COMPLAINED);

        AddResult again = subscribers.add("ada@example.org", false);

        assertThat(again.changed()).isFalse();
        assertThat(again.subscriber().status()).isEqualTo(SubscriberStatus.COMPLAINED);
        // its owner may still sign up again, and confirm
        assertThat(subscribers.subscribe("ada@example.org").confirmation()).isPresent();
    }

    private Subscriber confirmedSubscriber(String email) {
        Subscription s = subscribers.subscribe(email);
        return subscribers
                .confirm(s.confirmation().orElseThrow().token())
                .subscriber()
                .orElseThrow();
    }

    private List<String> storedTokenHashes() {
        return database.inTransaction(c -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT token_hash FROM subscriber_token");
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    hashes.add(row.getString(1));
                }
            }
            return hashes;
        });
    }
}
