/**
 * The {@code file} destination: editions written as files, so that a bot with no Discord or
 * mail settings still delivers somewhere an operator can look.
 */
package dev.digestbot.deliver.file;
