package dev.digestbot.edition;

/**
 * A template that cannot be used, with a one-line message that starts with the file and line:
 * {@code templates/edition.md.mustache:12: Failed to close 'items' tag}.
 */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
