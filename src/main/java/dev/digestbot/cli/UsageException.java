package dev.digestbot.cli;

/** Bad usage found while running a command (a missing input file, say): exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
