package dev.digestbot.web;

/** What an unsubscribe request did. */
public enum UnsubscribeOutcome {
    /** The subscriber will get no more editions. */
    UNSUBSCRIBED,
    /** The subscriber had already left; nothing changed. */
    ALREADY_UNSUBSCRIBED,
    /** No subscriber has this token. */
    UNKNOWN
}
