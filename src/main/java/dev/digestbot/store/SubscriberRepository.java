package dev.digestbot.store;

import static dev.digestbot.store.SubscriberStatus.ACTIVE;
import static dev.digestbot.store.SubscriberStatus.COMPLAINED;
import static dev.digestbot.store.SubscriberStatus.PENDING;
import static dev.digestbot.store.SubscriberStatus.UNSUBSCRIBED;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsletter subscribers and their double opt-in. Subscribing leaves an address pending with a
 * confirm token to mail; only confirming makes it active, and only active addresses receive
 * editions. Every address passes {@link EmailAddress#normalize} first and is unique in any case.
 *
 * <p>Each method is one transaction that locks the subscriber's row before it touches the
 * subscriber's tokens, so that concurrent clicks and sign-ups queue up rather than deadlock.
 * Logs name subscribers by id: addresses are personal data and stay out of the log.
 */
public final class SubscriberRepository {
    /** How long a confirmation mail's link works. */
    public static final Duration CONFIRM_VALIDITY = Duration.ofDays(7);

    /** The SQL state of a unique key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    /** Statuses mail may go to: a confirmation mail, or editions. */
    private static final Set<SubscriberStatus> MAILABLE = EnumSet.of(PENDING, ACTIVE);

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberRepository.class);

    private final Database database;
    private final Clock clock;
    private volatile UnsubscribeTokens unsubscribeTokens;

    public SubscriberRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Starts double opt-in for {@code email}: a new or returning address (pending, unsubscribed,
     * bounced, complained) is pending and gets a new confirm token, valid for {@link
     * #CONFIRM_VALIDITY}; earlier unused ones stay valid until they expire. An active address
     * gets nothing.
     *
     * @throws InvalidEmailException when {@code email} is not an address
     */
    public Subscription subscribe(String email) {
        return subscribe(email, Cadence.EVERY);
    }

    /**
     * As {@link #subscribe(String)}, asking for {@code cadence}: a new or returning address gets
     * it. An active address asking for another cadence gets a confirm token too, and keeps its
     * own cadence until that is confirmed: only the owner of the address may change it.
     */
    public Subscription subscribe(String email, Cadence cadence) {
        String address = EmailAddress.normalize(email);
        return onceMoreIfRaced(() -> database.inTransaction(c -> subscribe(c, address, cadence, null)));
    }

    /**
     * As {@link #subscribe(String)}, for {@code /digest subscribe}: the Discord user is kept with
     * the address (unless it is active already), so that {@link #unsubscribeDiscordUser} can end
     * the subscription once its owner has confirmed it. A later sign-up by other means forgets
     * the user.
     */
    public Subscription subscribeFromDiscord(String email, Cadence cadence, String discordUser) {
        String address = EmailAddress.normalize(email);
        return onceMoreIfRaced(() -> database.inTransaction(c -> subscribe(c, address, cadence, discordUser)));
    }

    private Subscription subscribe(Connection c, String address, Cadence cadence, String discordUser)
            throws SQLException {
        Instant now = now();
        Optional<Subscriber> existing = SubscriberRows.byEmail(c, address);
        if (existing.isPresent() && existing.get().status() == ACTIVE) {
            Subscriber active = existing.get();
            if (active.cadence() == cadence) {
                return new Subscription(active, Optional.empty());
            }
            IssuedToken token = SubscriberTokens.issue(c, active.id(), cadence, now, now.plus(CONFIRM_VALIDITY));
            LOG.info(
                    "Subscriber {} asked for cadence {}, to confirm until {}",
                    active.id(),
                    cadence.label(),
                    token.expiresAt());
            return new Subscription(active, Optional.of(token));
        }
        Subscriber pending = existing.isEmpty()
                ? SubscriberRows.insert(c, address, PENDING, cadence, now)
                : SubscriberRows.setCadence(c, moveTo(c, existing.get(), PENDING, now), cadence);
        // only whoever started the latest sign-up may end it from Discord
        SubscriberRows.linkDiscordUser(c, pending.id(), discordUser);
        IssuedToken token = SubscriberTokens.issue(c, pending.id(), cadence, now, now.plus(CONFIRM_VALIDITY));
        LOG.info("Subscriber {} is pending confirmation until {}", pending.id(), token.expiresAt());
        return new Subscription(pending, Optional.of(token));
    }

    /**
     * Confirms the subscription {@code token} was issued for: the subscriber becomes active, with
     * the cadence the token was issued for, and every other confirm token of it is used up; an
     * active subscriber just takes that cadence. A token works once and only before it expires.
     */
    public TokenResult confirm(String token) {
        return database.inTransaction(c -> {
            Instant now = now();
            Optional<SubscriberTokens.Stored> stored = SubscriberTokens.find(c, token);
            if (stored.isEmpty()) {
                return TokenResult.unknown();
            }
            Subscriber subscriber =
                    SubscriberRows.byId(c, stored.get().subscriberId()).orElseThrow();
            if (stored.get().usedAt() != null) {
                return TokenResult.of(TokenStatus.USED, subscriber);
            }
            if (!now.isBefore(stored.get().expiresAt())) {
                return TokenResult.of(TokenStatus.EXPIRED, subscriber);
            }
            if (!SubscriberTokens.markUsed(c, token, now)) { // used by a click that held the row before us
                return TokenResult.of(TokenStatus.USED, subscriber);
            }
            boolean change = subscriber.status() == ACTIVE;
            Subscriber active = moveTo(c, subscriber, ACTIVE, now);
            Cadence cadence = stored.get().cadence();
            if (cadence != null) {
                active = SubscriberRows.setCadence(c, active, cadence);
            }
            if (change) {
                LOG.info(
                        "Subscriber {} confirmed cadence {}",
                        active.id(),
                        active.cadence().label());
            } else {
                LOG.info("Subscriber {} confirmed", active.id());
            }
            return TokenResult.of(TokenStatus.ACCEPTED, active);
        });
    }

    /**
     * The token of {@code subscriberId}'s unsubscribe links: signed, not stored, the same in every
     * mail, never expiring. It stops working only when the subscriber is removed.
     */
    public String unsubscribeToken(long subscriberId) {
        return unsubscribeTokens().token(subscriberId);
    }

    /**
     * Unsubscribes the subscriber {@code token} was made for. Idempotent: presenting it again
     * changes nothing and answers {@link TokenStatus#USED}. A bounced or complained address keeps
     * that status, which already keeps mail from it, and is answered {@code USED} too.
     */
    public TokenResult unsubscribe(String token) {
        OptionalLong id = unsubscribeTokens().subscriberOf(token);
        if (id.isEmpty()) {
            return TokenResult.unknown();
        }
        return database.inTransaction(c -> {
            Optional<Subscriber> subscriber = SubscriberRows.byId(c, id.getAsLong());
            if (subscriber.isEmpty()) {
                return TokenResult.unknown();
            }
            if (!MAILABLE.contains(subscriber.get().status())) {
                return TokenResult.of(TokenStatus.USED, subscriber.get());
            }
            Subscriber left = moveTo(c, subscriber.get(), UNSUBSCRIBED, now());
            LOG.info("Subscriber {} unsubscribed", left.id());
            return TokenResult.of(TokenStatus.ACCEPTED, left);
        });
    }

    /**
     * Unsubscribes every address whose subscription {@code discordUser} started with {@code /digest
     * subscribe} and that still gets mail.
     *
     * @return the subscribers that left now; empty when there were none
     */
    public List<Subscriber> unsubscribeDiscordUser(String discordUser) {
        return database.inTransaction(c -> {
            List<Subscriber> left = new ArrayList<>();
            for (Subscriber subscriber : SubscriberRows.byDiscordUser(c, discordUser)) {
                if (MAILABLE.contains(subscriber.status())) {
                    left.add(moveTo(c, subscriber, UNSUBSCRIBED, now()));
                    LOG.info("Subscriber {} unsubscribed from Discord", subscriber.id());
                }
            }
            return left;
        });
    }

    /**
     * Adds {@code email} from the command line or an import. Confirmed, a new or pending address
     * becomes active. Unconfirmed, a new address is pending, and one that had left or bounced is
     * pending again, to confirm anew. Other addresses stay as they are: an active one is active,
     * one that unsubscribed is never made active again by an import, only by confirming, and one
     * that reported the newsletter as spam is not even asked; only its owner can sign it up again.
     *
     * @param cadence for a new address; an existing one keeps its own
     * @throws InvalidEmailException when {@code email} is not an address
     */
    public AddResult add(String email, Cadence cadence, boolean confirmed) {
        String address = EmailAddress.normalize(email);
        return onceMoreIfRaced(() -> database.inTransaction(c -> {
            Instant now = now();
            Optional<Subscriber> existing = SubscriberRows.byEmail(c, address);
            if (existing.isEmpty()) {
                Subscriber added = SubscriberRows.insert(c, address, confirmed ? ACTIVE : PENDING, cadence, now);
                LOG.info("Subscriber {} added as {}", added.id(), added.status().label());
                return new AddResult(added, Optional.empty());
            }
            Subscriber before = existing.get();
            Subscriber after = before;
            if (confirmed && before.status() == PENDING) {
                after = moveTo(c, before, ACTIVE, now);
            } else if (!confirmed && !MAILABLE.contains(before.status()) && before.status() != COMPLAINED) {
                after = moveTo(c, before, PENDING, now);
            }
            return new AddResult(after, Optional.of(before.status()));
        }));
    }

    /** {@link #add(String, Cadence, boolean)} with every edition. */
    public AddResult add(String email, boolean confirmed) {
        return add(email, Cadence.EVERY, confirmed);
    }

    /**
     * Stops mail to {@code email} on its owner's word that reached the operator: an unsubscribe
     * request by mail, or, as {@code status} {@link SubscriberStatus#COMPLAINED}, a spam
     * complaint. Coming back takes a new confirmation.
     *
     * @param status {@link SubscriberStatus#UNSUBSCRIBED} or {@link SubscriberStatus#COMPLAINED}
     * @return the subscriber now, or empty for an address not stored
     */
    public Optional<Subscriber> stop(String email, SubscriberStatus status) {
        if (status != UNSUBSCRIBED && status != COMPLAINED) {
            throw new IllegalArgumentException("mail is stopped as unsubscribed or complained, not " + status);
        }
        String address = EmailAddress.normalize(email);
        return database.inTransaction(c -> {
            Optional<Subscriber> found = SubscriberRows.byEmail(c, address);
            if (found.isEmpty() || found.get().status() == status) {
                return found;
            }
            Subscriber stopped = moveTo(c, found.get(), status, now());
            LOG.info("Subscriber {} marked {}", stopped.id(), status.label());
            return Optional.of(stopped);
        });
    }

    /**
     * Sets how often {@code email} gets the newsletter, as its owner asked the operator.
     *
     * @return the subscriber now, or empty for an address not stored
     */
    public Optional<Subscriber> setCadence(String email, Cadence cadence) {
        String address = EmailAddress.normalize(email);
        return database.inTransaction(c -> {
            Optional<Subscriber> found = SubscriberRows.byEmail(c, address);
            return found.isEmpty() ? found : Optional.of(SubscriberRows.setCadence(c, found.get(), cadence));
        });
    }

    /** Deletes {@code email} and its tokens; false when there was no such address. */
    public boolean remove(String email) {
        String address = EmailAddress.normalize(email);
        return database.inTransaction(c -> SubscriberRows.delete(c, address));
    }

    /** The subscriber with {@code email}, in any case. */
    public Optional<Subscriber> find(String email) {
        String address = EmailAddress.normalize(email);
        return database.inTransaction(c -> SubscriberRows.byEmail(c, address));
    }

    /** Every subscriber, by address. */
    public List<Subscriber> list() {
        return database.inTransaction(c -> SubscriberRows.list(c, null));
    }

    /** The subscribers with {@code status}, by address. */
    public List<Subscriber> list(SubscriberStatus status) {
        return database.inTransaction(c -> SubscriberRows.list(c, status));
    }

    /** How many subscribers have each status, every status listed. */
    public Map<SubscriberStatus, Long> countByStatus() {
        return database.inTransaction(
                c -> Labels.count(c, "subscriber", "status", SubscriberStatus.class, SubscriberStatus::parse));
    }

    /**
     * Counts a permanent failure (an SMTP 5xx for the recipient) against {@code email}; at
     * {@code limit} of them an active or pending address is bounced and gets no more mail.
     *
     * @return the subscriber now, or empty for an address not stored (removed meanwhile)
     */
    public Optional<Subscriber> recordBounce(String email, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a bounce limit is at least 1, not " + limit);
        }
        String address = EmailAddress.normalize(email);
        return database.inTransaction(c -> {
            Optional<Subscriber> found = SubscriberRows.byEmail(c, address);
            if (found.isEmpty()) {
                return found;
            }
            Subscriber counted = SubscriberRows.countBounce(c, found.get());
            if (counted.bounces() >= limit && MAILABLE.contains(counted.status())) {
                LOG.warn("Subscriber {} bounced: {} permanent failures", counted.id(), counted.bounces());
                return Optional.of(SubscriberRows.moveTo(c, counted, SubscriberStatus.BOUNCED, now()));
            }
            return Optional.of(counted);
        });
    }

    /**
     * Moves {@code subscriber} to {@code status}, if not there already. An active or departed
     * address needs no confirmation any more, so its unused confirm tokens are used up with it:
     * an old confirmation mail must not bring back an address that has left.
     */
    private static Subscriber moveTo(Connection c, Subscriber subscriber, SubscriberStatus status, Instant now)
            throws SQLException {
        if (subscriber.status() == status) {
            return subscriber;
        }
        if (status != PENDING) {
            SubscriberTokens.retireConfirmations(c, subscriber.id(), now);
        }
        return SubscriberRows.moveTo(c, subscriber, status, now);
    }

    /**
     * Runs {@code work} again when it lost a race to insert the same address: the second run
     * finds the row the other transaction committed.
     */
    private static <T> T onceMoreIfRaced(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return work.get();
            }
            throw e;
        }
    }

    /** The signer of unsubscribe tokens, its key read (or made) on first use. */
    private UnsubscribeTokens unsubscribeTokens() {
        UnsubscribeTokens signer = unsubscribeTokens;
        if (signer == null) {
            byte[] key = onceMoreIfRaced(
                    () -> database.inTransaction(c -> SigningKeys.load(c, UnsubscribeTokens.KEY_NAME, now())));
            signer = new UnsubscribeTokens(key);
            unsubscribeTokens = signer;
        }
        return signer;
    }

    private Instant now() {
        return SqlTime.stored(clock.instant());
    }
}
