package dev.digestbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the small updates of concurrent callers in shared transactions: the updates that arrive
 * while one commit is being written go together into the next. Each caller returns once its own
 * update is committed, with its own answer, as with a transaction of its own, but many threads
 * updating at once (a newsletter's parallel sends, each marking its row sent before it sends the
 * next) share a durable commit instead of paying for one each. It has no thread: the first caller
 * to find no commit under way writes everything queued, its own update included.
 *
 * @param <T> what one caller asks to have written
 * @param <R> the answer each caller gets for its own
 */
final class GroupCommit<T, R> {

    private final Database database;
    private final Batch<T, R> batch;
    private final Object lock = new Object();
    private List<Waiter<T, R>> queued = new ArrayList<>();
    private boolean writing;

    GroupCommit(Database database, Batch<T, R> batch) {
        this.database = database;
        this.batch = batch;
    }

    /**
     * Writes {@code update} in the next commit and returns its answer once that commit is done.
     *
     * @throws StoreException when the shared transaction failed; nothing of it was committed
     */
    R write(T update) {
        Waiter<T, R> mine = new Waiter<>(update);
        List<Waiter<T, R>> taken;
        synchronized (lock) {
            queued.add(mine);
            awaitTurn(mine);
            if (mine.done) {
                return mine.answer();
            }
            writing = true;
            taken = queued;
            queued = new ArrayList<>();
        }
        List<R> answers = null;
        RuntimeException failure = null;
        try {
            answers = database.inTransaction(c -> batch.run(c, updates(taken)));
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            synchronized (lock) {
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).finish(answers == null ? null : answers.get(i), failure);
                }
                writing = false;
                lock.notifyAll();
            }
        }
        return mine.answer();
    }

    /**
     * Waits while another caller's commit is being written, until this update is done or it may
     * write the next one. Not interruptible: once queued, the update may be committed by another
     * caller at any moment, and its answer must reach this one.
     */
    private void awaitTurn(Waiter<T, R> mine) {
        boolean interrupted = false;
        while (writing && !mine.done) {
            try {
                lock.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> updates(List<? extends Waiter<T, ?>> waiters) {
        List<T> updates = new ArrayList<>(waiters.size());
        for (Waiter<T, ?> waiter : waiters) {
            updates.add(waiter.update);
        }
        return updates;
    }

    /** Writes a batch of updates on one connection, inside the shared transaction. */
    @FunctionalInterface
    interface Batch<T, R> {
        /** The answers, one per update, in the order of {@code updates}. */
        List<R> run(Connection connection, List<T> updates) throws SQLException;
    }

    /** One caller's update and, once its commit is done, the outcome; guarded by the lock. */
    private static final class Waiter<T, R> {
        private final T update;
        private boolean done;
        private R answer;
        private RuntimeException failure;

        Waiter(T update) {
            this.update = update;
        }

        void finish(R answer, RuntimeException failure) {
            this.done = true;
            this.answer = answer;
            this.failure = failure;
        }

        R answer() {
            if (failure != null) {
                // a new exception, so that each caller's trace shows its own call
                throw new StoreException("the shared commit failed: " + failure.getMessage(), failure);
            }
            return answer;
        }
    }
}
