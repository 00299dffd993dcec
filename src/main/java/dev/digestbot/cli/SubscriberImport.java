package dev.digestbot.cli;

import dev.digestbot.store.Cadence;
import dev.digestbot.store.SubscriberRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds the rows of an import file one by one. A row that cannot be added (not an address, an
 * unknown cadence, a broken line) is reported as {@code FILE:LINE: why} and skipped; the others
 * are added whatever happens to it.
 */
final class SubscriberImport {
    private final SubscriberRepository subscribers;
    private final boolean confirmed;
    private final PrintWriter err;

    SubscriberImport(SubscriberRepository subscribers, boolean confirmed, PrintWriter err) {
        this.subscribers = subscribers;
        this.confirmed = confirmed;
        this.err = err;
    }

    /** Adds {@code rows} of {@code file}; returns what happened to them. */
    Tally run(Path file, List<SubscriberCsv.Row> rows) {
        Map<AddOutcome, Integer> counts = new EnumMap<>(AddOutcome.class);
        int skipped = 0;
        for (SubscriberCsv.Row row : rows) {
            try {
                if (row.problem() != null) {
                    throw new IllegalArgumentException(row.problem());
                }
                Cadence cadence = row.cadence().isEmpty() ? Cadence.EVERY : Cadence.parse(row.cadence());
                AddOutcome outcome = AddOutcome.of(subscribers.add(row.email(), cadence, confirmed), confirmed);
                counts.merge(outcome, 1, Integer::sum);
            } catch (IllegalArgumentException e) { // InvalidEmailException too
                err.println(file + ":" + row.line() + ": " + e.getMessage() + "; skipped");
                skipped++;
            }
        }
        err.flush();
        return new Tally(counts, skipped);
    }

    /** How many rows had each outcome, and how many were skipped. */
    record Tally(Map<AddOutcome, Integer> counts, int skipped) {
        /** For example {@code "2 added (active), 1 already there, 1 skipped"}. */
        String describe() {
            String added = counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().tally)
                    .collect(Collectors.joining(", "));
            String skips = skipped == 0 ? "" : skipped + " skipped";
            String all = added.isEmpty() || skips.isEmpty() ? added + skips : added + ", " + skips;
            return all.isEmpty() ? "no rows" : all;
        }
    }
}
