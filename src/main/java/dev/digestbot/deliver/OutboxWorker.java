package dev.digestbot.deliver;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.EditionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox. Each row is claimed for a lease, sent through its
 * destination's {@link Sender}, and marked sent (durably before the next send on that thread, see
 * {@link DeliveryRepository#markSent}), due again after a backoff, or failed; a row whose sender
 * died mid-send is claimed again once its lease runs out.
 * Rows of destinations without a sender are left alone. After {@link #stop()} a pass ends once the
 * batch in flight is done, so a shutdown waits for a few sends, not for the whole outbox.
 */
public final class OutboxWorker {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    /** Longer than any single send may take: a claimed row is claimed again only after this. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** Rows claimed at once per lane of a parallel pass: a few seconds of sending, at worst minutes. */
    static final int ROWS_PER_LANE = 16;

    private final DeliveryRepository deliveries;
    private final EditionRepository editions;
    private final EditionRenderer renderer;
    private final Map<String, Sender> senders;
    private final Backoff backoff;
    private final Clock clock;
    private volatile boolean stopped;

    public OutboxWorker(
            DeliveryRepository deliveries,
            EditionRepository editions,
            EditionRenderer renderer,
            Map<String, Sender> senders,
            Backoff backoff,
            Clock clock) {
        this.deliveries = deliveries;
        this.editions = editions;
        this.renderer = renderer;
        this.senders = Map.copyOf(senders);
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Sends every due row of every destination that has a sender. */
    public OutboxResult sendDue() {
        return sendDue(senders.keySet());
    }

    /** Sends every due row of {@code destination}. */
    public OutboxResult sendDue(String destination) {
        return senders.containsKey(destination) ? sendDue(Set.of(destination)) : OutboxResult.NONE;
    }

    /**
     * Makes the pass in progress, and every later one, end after the batch in flight; rows left
     * are sent by the next start. Threads are not interrupted, since an interrupt during database
     * or mail I/O can close the connection under the sender.
     */
    public void stop() {
        stopped = true;
    }

    private OutboxResult sendDue(Set<String> destinations) {
        Map<Long, Optional<Rendering>> renderings = new ConcurrentHashMap<>();
        Set<String> oneAtATime = new LinkedHashSet<>();
        OutboxResult total = OutboxResult.NONE;
        try {
            for (String destination : destinations) {
                int lanes = senders.get(destination).parallelSends();
                if (lanes > 1) {
                    total = total.plus(drainInParallel(destination, lanes, renderings));
                } else {
                    oneAtATime.add(destination);
                }
            }
            return total.plus(drain(oneAtATime, renderings));
        } finally {
            // rows sent show as sent once the pass is over
            deliveries.flushSent();
        }
    }

    private OutboxResult drain(Set<String> destinations, Map<Long, Optional<Rendering>> renderings) {
        OutboxResult total = OutboxResult.NONE;
        // one row per claim, so its lease covers one send however slow the sends before it were
        for (Delivery delivery = next(destinations); delivery != null; delivery = next(destinations)) {
            total = total.plus(deliver(delivery, renderings, true));
        }
        return total;
    }

    /**
     * Drains {@code destination} over {@code lanes} threads. This thread claims rows in batches of
     * {@value #ROWS_PER_LANE} per lane and hands them to the lanes, claiming the next batch while
     * the last is on its way; a batch is small enough to be sent well within the lease. A
     * newsletter's thousands of readers get one line in the log for the pass, failures each their
     * own.
     */
    private OutboxResult drainInParallel(String destination, int lanes, Map<Long, Optional<Rendering>> renderings) {
        ExecutorService pool = Executors.newFixedThreadPool(lanes, new LaneThreads(destination));
        long start = System.nanoTime();
        OutboxResult total = OutboxResult.NONE;
        try {
            List<Future<OutboxResult>> inFlight = List.of();
            for (List<Delivery> batch = claim(Set.of(destination), lanes * ROWS_PER_LANE);
                    !batch.isEmpty();
                    batch = claim(Set.of(destination), lanes * ROWS_PER_LANE)) {
                List<Future<OutboxResult>> next = new ArrayList<>();
                for (Delivery delivery : batch) {
                    next.add(pool.submit(() -> deliver(delivery, renderings, false)));
                }
                total = total.plus(outcomes(inFlight));
                inFlight = next;
            }
            total = total.plus(outcomes(inFlight));
            return total;
        } finally {
            pool.shutdown();
            if (!total.equals(OutboxResult.NONE)) {
                LOG.info(
                        "Outbox pass for {}: {} sent, {} to retry, {} failed in {} ms",
                        destination,
                        total.sent(),
                        total.retrying(),
                        total.failed(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** Up to {@code limit} due rows, claimed; none once the worker is stopped. */
    private List<Delivery> claim(Set<String> destinations, int limit) {
        if (stopped) {
            LOG.info("Outbox pass stopped: the bot is shutting down");
            return List.of();
        }
        return deliveries.claimDue(destinations, limit, LEASE);
    }

    private static OutboxResult outcomes(List<Future<OutboxResult>> sends) {
        OutboxResult total = OutboxResult.NONE;
        for (Future<OutboxResult> send : sends) {
            total = total.plus(outcome(send));
        }
        return total;
    }

    private static OutboxResult outcome(Future<OutboxResult> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the outbox was sending", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Delivery next(Set<String> destinations) {
        List<Delivery> claimed = claim(destinations, 1);
        return claimed.isEmpty() ? null : claimed.get(0);
    }

    private Optional<Rendering> render(long editionId) {
        return editions.find(editionId).map(Edition::of).map(e -> new Rendering(e, renderer.render(e)));
    }

    /** Sends one claimed row and records the outcome; a success is logged at INFO when {@code logSent}. */
    private OutboxResult deliver(Delivery delivery, Map<Long, Optional<Rendering>> renderings, boolean logSent) {
        int attempt = delivery.attempts() + 1;
        Optional<Rendering> rendering;
        try {
            rendering = renderings.computeIfAbsent(delivery.editionId(), this::render);
        } catch (RuntimeException e) {
            return retryOrFail(delivery, attempt, "cannot render the edition: " + e, e);
        }
        if (rendering.isEmpty()) {
            return failed(delivery, attempt, "edition " + delivery.editionId() + " is not in the database", null);
        }
        try {
            senders.get(delivery.destination())
                    .send(
                            rendering.get().edition(),
                            rendering.get().rendered(),
                            delivery.recipient(),
                            new ClaimedProgress(delivery));
        } catch (PermanentDeliveryException e) {
            return failed(delivery, attempt, e.getMessage(), null);
        } catch (TransientDeliveryException e) {
            return retryOrFail(delivery, attempt, e.getMessage(), null);
        } catch (RuntimeException e) {
            // A bug rather than an answer from the other side: retried, and logged with its trace.
            return retryOrFail(delivery, attempt, e.toString(), e);
        }
        if (recorded(deliveries.markSent(delivery), delivery)) {
            if (logSent) {
                LOG.info("{} sent on attempt {}", describe(delivery), attempt);
            } else {
                LOG.debug("{} sent on attempt {}", describe(delivery), attempt);
            }
        }
        return new OutboxResult(1, 0, 0);
    }

    /** Schedules another attempt, or gives up when none is left; {@code trace} is logged when not null. */
    private OutboxResult retryOrFail(Delivery delivery, int attempt, String error, Throwable trace) {
        if (backoff.exhausted(attempt)) {
            return failed(delivery, attempt, "gave up after " + attempt + " attempts: " + error, trace);
        }
        Instant next = clock.instant().plus(backoff.delayAfter(attempt));
        if (recorded(deliveries.markRetry(delivery, next, error), delivery)) {
            LOG.warn(
                    "{} failed on attempt {}, next attempt at {}: {}",
                    describe(delivery),
                    attempt,
                    next,
                    loggable(delivery, error),
                    trace);
        }
        return new OutboxResult(0, 1, 0);
    }

    private OutboxResult failed(Delivery delivery, int attempt, String error, Throwable trace) {
        if (recorded(deliveries.markFailed(delivery, error), delivery)) {
            LOG.error(
                    "{} failed for good on attempt {}: {}",
                    describe(delivery),
                    attempt,
                    loggable(delivery, error),
                    trace);
        }
        return new OutboxResult(0, 0, 1);
    }

    private static boolean recorded(boolean marked, Delivery delivery) {
        if (!marked) {
            LOG.warn(
                    "{}: the lease ran out before the outcome was recorded; another sender holds the row",
                    describe(delivery));
        }
        return marked;
    }

    /** Names a row for the log: a channel by its id, a reader by the row's id, never by address. */
    static String describe(Delivery delivery) {
        String recipient = delivery.recipient();
        String to = recipient.isEmpty()
                ? ""
                : recipient.contains("@") ? " to the reader of outbox row " + delivery.id() : " to " + recipient;
        return "Edition " + delivery.editionNumber() + " of " + delivery.destination() + to;
    }

    /**
     * {@code error} without the reader's address, which servers quote in their replies: the row
     * keeps the whole text, the log names readers by row only.
     */
    static String loggable(Delivery delivery, String error) {
        String recipient = delivery.recipient();
        return recipient.contains("@") ? error.replace(recipient, "<reader>") : error;
    }

    private record Rendering(Edition edition, RenderedEdition rendered) {}

    /** Names the threads of a parallel pass after their destination, for the logs. */
    private static final class LaneThreads implements ThreadFactory {
        private final String destination;
        private final AtomicInteger count = new AtomicInteger();

        LaneThreads(String destination) {
            this.destination = destination;
        }

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, "outbox-" + destination + "-" + count.incrementAndGet());
        }
    }

    /** The progress of a claimed row, recorded while the claim holds. */
    private final class ClaimedProgress implements DeliveryProgress {
        private final Delivery claimed;

        ClaimedProgress(Delivery claimed) {
            this.claimed = claimed;
        }

        @Override
        public long deliveryId() {
            return claimed.id();
        }

        @Override
        public int partsSent() {
            return claimed.partsSent();
        }

        @Override
        public void record(int partsSent) throws TransientDeliveryException {
            if (!deliveries.markPartsSent(claimed, partsSent)) {
                throw new TransientDeliveryException("the claim on the delivery ran out after " + partsSent
                        + " part(s); another attempt has taken it over");
            }
            LOG.debug("{}: {} part(s) sent", describe(claimed), partsSent);
        }
    }
}
