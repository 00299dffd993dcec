package dev.digestbot.config;

import java.nio.file.Path;

/**
 * The {@code content} section: where articles arrive and where unreadable ones are moved.
 *
 * @param inbox the folder watched for articles, subfolders included; created at run when absent
 * @param failed the quarantine for files that cannot be digested, each with a {@code .reason} file
 */
public record ContentConfig(Path inbox, Path failed) {
    /** The folders used when the config file does not set them. */
    public static final ContentConfig DEFAULTS =
            new ContentConfig(Path.of("content", "inbox"), Path.of("content", "failed"));
}
