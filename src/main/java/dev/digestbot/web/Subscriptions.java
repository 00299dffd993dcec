package dev.digestbot.web;

import dev.digestbot.store.Cadence;
import java.util.List;

/**
 * What the subscribe, confirm and unsubscribe pages do to subscribers. The pages never show which
 * outcome a subscribe request had, so an implementation may tell them everything. Tokens arrive
 * exactly as they appear in the link; an implementation must treat any string as a possible
 * token, including ones it never issued. Calls may come from several web threads at once.
 */
public interface Subscriptions {
    /**
     * The cadences a reader may choose, every edition first; the form offers a choice only when
     * there is more than one.
     */
    List<Cadence> cadences();

    /**
     * Starts double opt-in for {@code email}: a confirmation mail with a single-use, expiring token
     * for an address that does not receive editions yet.
     *
     * @param email an address as {@link dev.digestbot.store.EmailAddress#normalize} takes it, trimmed
     * @param cadence one of {@link #cadences()}
     */
    SubscribeOutcome subscribe(String email, Cadence cadence);

    /** Confirms the subscription the token of a confirmation mail belongs to. */
    ConfirmOutcome confirm(String token);

    /**
     * Unsubscribes the subscriber an unsubscribe token belongs to. Idempotent: the same token again
     * answers {@link UnsubscribeOutcome#ALREADY_UNSUBSCRIBED}.
     */
    UnsubscribeOutcome unsubscribe(String token);
}
