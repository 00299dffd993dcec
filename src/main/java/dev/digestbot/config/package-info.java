/**
 * Loading {@code config/digestbot.yml}: environment overrides, validation with every problem named by
 * file and field, and the immutable records the rest of the bot is configured with.
 */
package dev.digestbot.config;
