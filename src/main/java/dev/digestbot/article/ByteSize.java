package dev.digestbot.article;

import java.util.Locale;

/** Formats byte counts for messages: "812 bytes", "3.1 KiB", "2 MiB". */
final class ByteSize {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;

    private ByteSize() {}

    static String format(long bytes) {
        if (bytes < KIB) {
            return bytes + " bytes";
        }
        if (bytes < MIB) {
            return decimal(bytes / (double) KIB) + " KiB";
        }
        return decimal(bytes / (double) MIB) + " MiB";
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
