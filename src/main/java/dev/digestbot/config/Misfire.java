package dev.digestbot.config;

/** What a destination does about a scheduled firing that was missed while the bot was down. */
public enum Misfire {
    /** Fire once at start for all the missed firings together. */
    FIRE_ONCE("fire-once"),
    /** Wait for the next scheduled firing. */
    SKIP("skip");

    private final String key;

    Misfire(String key) {
        this.key = key;
    }

    /** The value as written in the config file. */
    public String key() {
        return key;
    }
}
