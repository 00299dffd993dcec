package dev.digestbot.cli;

import dev.digestbot.store.AddResult;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.Subscriber;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.store.SubscriberStatus;
import dev.digestbot.web.SubscribeOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds the rows of an import file one by one. A row that cannot be added (not an address, an
 * unknown cadence, a broken line) is reported as {@code FILE:LINE: why} and skipped; the others
 * are added whatever happens to it.
 */
final class SubscriberImport {
    private final SubscriberRepository subscribers;
    private final Optional<NewsletterSignup> signup;
    private final boolean confirmed;
    private final PrintWriter err;

    /** @param signup mails pending addresses their confirmation link, when the bot has a newsletter */
    SubscriberImport(
            SubscriberRepository subscribers, Optional<NewsletterSignup> signup, boolean confirmed, PrintWriter err) {
        this.subscribers = subscribers;
        this.signup = signup;
        this.confirmed = confirmed;
        this.err = err;
    }

    /** Adds {@code rows} of {@code file}; returns what happened to them. */
    Tally run(Path file, List<SubscriberCsv.Row> rows) {
        Map<AddOutcome, Integer> counts = new EnumMap<>(AddOutcome.class);
        int skipped = 0;
        int invited = 0;
        int notInvited = 0;
        for (SubscriberCsv.Row row : rows) {
            try {
                if (row.problem() != null) {
                    throw new IllegalArgumentException(row.problem());
                }
                Cadence cadence = row.cadence().isEmpty() ? Cadence.EVERY : Cadence.parse(row.cadence());
                AddResult result = subscribers.add(row.email(), cadence, confirmed);
                counts.merge(AddOutcome.of(result, confirmed), 1, Integer::sum);
                if (result.subscriber().status() == SubscriberStatus.PENDING) {
                    if (invite(result.subscriber())) {
                        invited++;
                    } else {
                        notInvited++;
                    }
                }
            } catch (IllegalArgumentException e) { // InvalidEmailException too
                err.println(file + ":" + row.line() + ": " + e.getMessage() + "; skipped");
                skipped++;
            }
        }
        err.flush();
        return new Tally(counts, skipped, invited, notInvited, signup.isPresent());
    }

    /** Mails a pending address its confirmation link; false when there is no newsletter or it failed. */
    private boolean invite(Subscriber pending) {
        return signup.isPresent() && signup.get().invite(pending) != SubscribeOutcome.NOT_SENT;
    }

    /**
     * How many rows had each outcome, how many were skipped, and how many confirmation mails went
     * out (or could not) to the addresses left pending.
     *
     * @param newsletter whether the bot has a newsletter to confirm
     */
    record Tally(Map<AddOutcome, Integer> counts, int skipped, int invited, int notInvited, boolean newsletter) {
        /** For example {@code "2 added (active), 1 already there, 1 skipped"}. */
        String describe() {
            String added = counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().tally)
                    .collect(Collectors.joining(", "));
            String skips = skipped == 0 ? "" : skipped + " skipped";
            String all = added.isEmpty() || skips.isEmpty() ? added + skips : added + ", " + skips;
            return (all.isEmpty() ? "no rows" : all) + invitations();
        }

        private String invitations() {
            if (invited + notInvited == 0) {
                return "";
            }
            if (!newsletter) {
                return "; no confirmation mails: no email destination is configured";
            }
            String failed = notInvited == 0 ? "" : ", " + notInvited + " could not be sent (see the log)";
            return "; " + invited + " confirmation mail(s) sent" + failed;
        }
    }
}
