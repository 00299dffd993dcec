package dev.digestbot.cli;

import dev.digestbot.store.AddResult;
import dev.digestbot.store.Subscriber;
import dev.digestbot.store.SubscriberStatus;

/** What adding one address did, in the words {@code subscribers add} and {@code import} report it. */
enum AddOutcome {
    ADDED_ACTIVE("added (active)"),
    ADDED_PENDING("added, pending confirmation"),
    CONFIRMED("confirmed (active)"),
    PENDING_AGAIN("pending confirmation again"),
    UNCHANGED("already there"),
    NOT_ACTIVATED("not made active: unsubscribed, bounced or complained");

    /** How a count of this outcome reads in an import's summary. */
    final String tally;

    AddOutcome(String tally) {
        this.tally = tally;
    }

    static AddOutcome of(AddResult result, boolean confirmed) {
        SubscriberStatus now = result.subscriber().status();
        if (result.isNew()) {
            return now == SubscriberStatus.ACTIVE ? ADDED_ACTIVE : ADDED_PENDING;
        }
        if ((confirmed && now != SubscriberStatus.ACTIVE) || now == SubscriberStatus.COMPLAINED) {
            return NOT_ACTIVATED;
        }
        if (!result.changed()) {
            return UNCHANGED;
        }
        return now == SubscriberStatus.ACTIVE ? CONFIRMED : PENDING_AGAIN;
    }

    /** One line about {@code subscriber}, which this outcome left as it is now. */
    String describe(Subscriber subscriber) {
        String email = subscriber.email();
        return switch (this) {
            case ADDED_ACTIVE -> "added " + email + " (active)";
            case ADDED_PENDING -> "added " + email + " (pending confirmation)";
            case CONFIRMED -> email + " confirmed (active)";
            case PENDING_AGAIN -> email + " is pending confirmation again";
            case UNCHANGED ->
                email + " is already "
                        + (subscriber.status() == SubscriberStatus.PENDING ? "pending confirmation" : "active");
            case NOT_ACTIVATED -> notActivated(subscriber);
        };
    }

    /** Why adding left {@code subscriber} inactive, and what the operator can do. */
    static String notActivated(Subscriber subscriber) {
        if (subscriber.status() == SubscriberStatus.COMPLAINED) {
            return subscriber.email() + " reported the newsletter as spam; it is neither added nor asked to confirm"
                    + " again (its owner can sign up again)";
        }
        String since = subscriber.status() == SubscriberStatus.UNSUBSCRIBED && subscriber.unsubscribedAt() != null
                ? " since " + subscriber.unsubscribedAt()
                : "";
        return subscriber.email() + " is " + subscriber.status().label() + since
                + "; an import does not make it active again: add it without --confirmed to ask it to confirm";
    }
}
