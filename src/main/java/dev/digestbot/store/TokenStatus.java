package dev.digestbot.store;

/** How presenting a confirm or unsubscribe token went. */
public enum TokenStatus {
    /** The token did what it is for. */
    ACCEPTED,
    /** No such token for this purpose: mistyped, made up, or its subscriber was removed. */
    UNKNOWN,
    /** A confirm token past its time; subscribing again issues a new one. */
    EXPIRED,
    /** A confirm token that has confirmed already, or an unsubscribe token of a subscriber who gets no mail already. */
    USED
}
