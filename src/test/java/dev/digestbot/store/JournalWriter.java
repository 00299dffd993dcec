package dev.digestbot.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A process that records claims and sends in a {@link SentJournal} and then waits to be killed, as
 * a bot dies mid-fan-out: {@code JournalWriter DIR LEASE SENT ID...} records the ids as claimed
 * until LEASE (an ISO instant), the first SENT of them as sent, and prints "written".
 */
public final class JournalWriter {
    private JournalWriter() {}

    public static void main(String[] args) throws InterruptedException {
        SentJournal journal = SentJournal.create(Path.of(args[0]));
        Instant lease = Instant.parse(args[1]);
        int sent = Integer.parseInt(args[2]);
        List<Delivery> claimed = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            claimed.add(new Delivery(
                    Long.parseLong(args[i]),
                    1,
                    1,
                    "letter",
                    "",
                    DeliveryState.PENDING,
                    0,
                    0,
                    lease,
                    lease,
                    null,
                    null));
        }
        journal.claimed(claimed);
        claimed.subList(0, sent).forEach(d -> journal.sent(d.id()));
        System.out.println("written");
        System.out.flush();
        Thread.currentThread().join();
    }
}
