package dev.digestbot.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs the bot's stop once, on SIGTERM or SIGINT before the JVM begins to shut down. The JVM's
 * shutdown hooks all run at once, and H2's closes the embedded database, which the stop still
 * needs in order to record the delivery in flight; run from the signal, the stop is over before
 * any hook starts. Other exits still stop the bot through a shutdown hook.
 */
final class OrderlyStop {
    private static final Logger LOG = LoggerFactory.getLogger(OrderlyStop.class);

    private final Runnable stop;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);

    OrderlyStop(Runnable stop) {
        this.stop = stop;
    }

    /** Takes over SIGTERM and SIGINT where the platform allows, and adds the shutdown hook. */
    OrderlyStop install() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> new Thread(this::run, "shutdown").start());
            } catch (IllegalArgumentException e) { // the signal is the JVM's, or ignored (nohup)
                LOG.debug("SIG{} stays with the JVM: {}", name, e.getMessage());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::run, "shutdown-hook"));
        return this;
    }

    /** Waits until the bot has stopped. */
    void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the bot, or, when that has begun elsewhere, waits for it to end. */
    private void run() {
        if (!started.compareAndSet(false, true)) {
            await();
            return;
        }
        try {
            stop.run();
        } finally {
            done.countDown();
        }
    }
}
