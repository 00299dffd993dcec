/**
 * The {@code digestbot} command line (picocli) and {@link dev.digestbot.cli.Main}, the one place
 * where the application's parts are built and wired together.
 */
package dev.digestbot.cli;
