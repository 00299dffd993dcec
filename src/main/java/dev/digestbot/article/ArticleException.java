package dev.digestbot.article;

/**
 * An article file that cannot be read: empty, binary, too large, unreadable. The message is one
 * line that names the file and the reason, fit to show a user or to write beside a quarantined
 * file.
 */
public final class ArticleException extends Exception {
    private final String file;
    private final String reason;

    public ArticleException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public ArticleException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as it was given. */
    public String file() {
        return file;
    }

    /** Why the file was refused, without the file name. */
    public String reason() {
        return reason;
    }
}
