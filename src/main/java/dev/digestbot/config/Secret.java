package dev.digestbot.config;

/**
 * A value that must never be printed: a password or a token, read from the environment only. Its
 * {@link #toString()} hides the value, so a secret inside a config record never reaches a log line
 * or an error message; the code that needs the value calls {@link #reveal()}.
 */
public final class Secret {
    /** No secret set: an empty value. */
    public static final Secret NONE = new Secret("");

    private final String value;

    public Secret(String value) {
        this.value = value == null ? "" : value;
    }

    /** The value itself, for the one place that hands it to a driver or a client. */
    public String reveal() {
        return value;
    }

    /** Whether a value was given. */
    public boolean isSet() {
        return !value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return isSet() ? "(secret)" : "(none)";
    }
}
