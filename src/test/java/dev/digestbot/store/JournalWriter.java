package dev.digestbot.store;

import java.nio.file.Path;

/**
 * A process that records rows in a {@link SentJournal} and then waits to be killed, as a bot dies
 * mid-fan-out: {@code JournalWriter DIR ID...} prints "written" once the ids are in the file.
 */
public final class JournalWriter {
    private JournalWriter() {}

    public static void main(String[] args) throws InterruptedException {
        SentJournal journal = SentJournal.create(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            journal.append(Long.parseLong(args[i]));
        }
        System.out.println("written");
        System.out.flush();
        Thread.currentThread().join();
    }
}
