package dev.digestbot.config;

/**
 * Where a destination's editions go: the settings that depend on the destination {@code type}. Each
 * type has its own record and its own constant in {@code DestinationType}.
 */
public sealed interface DestinationTarget permits FileTarget, DiscordTarget, EmailTarget {
    /** The type name as written in the config file. */
    String type();
}
