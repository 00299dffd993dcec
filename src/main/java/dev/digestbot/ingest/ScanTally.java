package dev.digestbot.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Counts the outcomes of one pass over the inbox. */
final class ScanTally {
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    void add(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    ScanResult result() {
        return new ScanResult(
                count(Outcome.STORED),
                count(Outcome.DUPLICATE),
                count(Outcome.FAILED),
                count(Outcome.WAITING),
                count(Outcome.UNCHANGED));
    }

    private int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }
}
