package dev.digestbot.web;

/** What a subscribe request did; the page answers alike for the first two, to reveal no address. */
public enum SubscribeOutcome {
    /** A confirmation mail went out: a new address, one still pending, or one that had left. */
    CONFIRMATION_SENT,
    /** The address already receives editions; nothing was sent. */
    ALREADY_ACTIVE,
    /** The confirmation mail could not be sent now (the mail server is away); nothing changed that matters. */
    NOT_SENT
}
