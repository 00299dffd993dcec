package dev.digestbot.web;

/** What a subscribe request did; the page answers the same for all, to reveal no address. */
public enum SubscribeOutcome {
    /** A confirmation mail went out: a new address, one still pending, or one that had left. */
    CONFIRMATION_SENT,
    /** The address already receives editions; nothing was sent. */
    ALREADY_ACTIVE,
    /** The address may not be mailed (it bounced or complained); nothing was sent. */
    SUPPRESSED
}
