package dev.digestbot.edition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted article text inert inside Markdown: its own asterisks, brackets or angle
 * brackets cannot change the formatting or smuggle in links, while ordinary punctuation stays
 * readable in the raw text.
 */
public final class MarkdownEscaper {
    /** Characters that are Markdown syntax wherever they stand. */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

    /** What is Markdown syntax only at the start of a line: headings, list items, rules. */
    private static final Pattern LINE_START = Pattern.compile("^(?:[#+=-]|\\d+(?=[.)]))");

    /** Any line break, \r and the Unicode separators too: a client may start a new line at each. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private MarkdownEscaper() {}

    /** Backslash-escapes every character that Markdown could read as syntax; line breaks become spaces. */
    public static String escape(String text) {
        String oneLine = LINE_BREAK.matcher(text).replaceAll(" ");
        String escaped = SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
        Matcher start = LINE_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        return start.group().length() == 1 && !Character.isDigit(escaped.charAt(0))
                ? "\\" + escaped
                : escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end());
    }

    /**
     * Escapes as {@link #escape} does and also every {@code @}, so that text such as
     * {@code @everyone} shows as written in chat clients that read it as a mention; CommonMark
     * renders {@code \@} as a plain {@code @}.
     */
    public static String escapeWithMentions(String text) {
        return escape(text).replace("@", "\\@");
    }
}
