/**
 * Loading {@code config/digestbot.yml}: {@code ${VAR}} substitution, {@code DIGESTBOT_<KEY>}
 * environment overrides, secrets from the environment only, validation that reports every problem
 * at once by file and field, and the immutable records the rest of the bot is configured with. Only
 * {@code cli} reads these records; it hands the other packages plain values.
 */
package dev.digestbot.config;
