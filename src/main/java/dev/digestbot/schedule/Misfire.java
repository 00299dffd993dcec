package dev.digestbot.schedule;

/** What a destination's schedule does about firings missed while the bot was not running. */
public enum Misfire {
    /** Publish once at start for all missed firings, then keep to the schedule. */
    FIRE_ONCE,
    /** Let missed firings go; publish at the next scheduled time. */
    SKIP
}
