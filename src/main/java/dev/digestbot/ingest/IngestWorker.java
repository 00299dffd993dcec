package dev.digestbot.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread all ingest work runs on: events, rescans and re-checks of files that are not
 * complete yet. A failing task is logged and the thread carries on; once closing began, queued
 * work is dropped and only the task in flight finishes.
 */
final class IngestWorker {
    private static final Logger LOG = LoggerFactory.getLogger(IngestWorker.class);

    private final ScheduledThreadPoolExecutor executor;
    private final Clock clock;
    /** The earliest re-check due for each file; later ones are not scheduled twice. */
    private final Map<Path, Instant> wakeups = new HashMap<>();

    private volatile boolean closing;

    IngestWorker(Clock clock) {
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "digestbot-ingest");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    boolean closing() {
        return closing;
    }

    /** Runs {@code task} soon; dropped when closing. Any thread may call it. */
    void execute(Runnable task) {
        try {
            executor.execute(guarded(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("Ingest is stopping; dropped a task");
        }
    }

    /** Runs {@code task} on the worker and waits for its result. */
    <T> T call(Callable<T> task) {
        Future<T> result;
        try {
            result = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the ingester is closed", e);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for ingest", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void every(Duration interval, Runnable task) {
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(guarded(task), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Calls {@code recheck} with {@code file} at {@code at}, unless a call no later than that is
     * due already. Worker thread only.
     */
    void wakeAt(Path file, Instant at, Consumer<Path> recheck) {
        Instant due = wakeups.get(file);
        if (due != null && !due.isAfter(at)) {
            return;
        }
        wakeups.put(file, at);
        long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos());
        Runnable task = () -> {
            if (wakeups.remove(file, at)) {
                recheck.accept(file);
            }
        };
        try {
            executor.schedule(guarded(task), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Not re-checking {}: ingest is stopping", file);
        }
    }

    /** Drops queued work and waits up to {@code wait} for the task in flight. */
    void close(Duration wait) {
        closing = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Ingest did not finish within {} s; interrupting it", wait.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            if (closing) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Ingest failed; carrying on, the next rescan retries", e);
            }
        };
    }
}
