package dev.digestbot.web;

/** What following a confirmation link did. */
public enum ConfirmOutcome {
    /** The subscription is now active. */
    CONFIRMED,
    /** The token was used before; the subscription stays as it is. */
    ALREADY_USED,
    /** The token is too old; subscribing again sends a new one. */
    EXPIRED,
    /** No confirmation was ever issued with this token. */
    UNKNOWN
}
