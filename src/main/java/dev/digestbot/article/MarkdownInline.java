package dev.digestbot.article;

import java.util.regex.Pattern;

/**
 * Removes inline Markdown from one paragraph: images and struck-out text go, links keep their
 * text, code spans and emphasis lose their markers, inline HTML tags go, backslash escapes are resolved. Every pattern
 * is bounded, so a line full of unmatched brackets or asterisks costs linear time.
 */
final class MarkdownInline {
    private static final Pattern IMAGE =
            Pattern.compile("!\\[[^\\]\\n]{0,300}\\](?:\\([^)\\n]{0,1000}\\)|\\[[^\\]\\n]{0,100}\\])");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]\\n]{0,300})\\](?:\\([^)\\n]{0,1000}\\)|\\[[^\\]\\n]{0,100}\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^>\\s]{1,1000})>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>\\n]{0,500})?/?>");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\\\\\p{L}\\p{N}*_~])(?:\\*{1,3}|_{1,3}|~~)(?=[^\\s*_~])"
                    + "|(?<=[^\\s\\\\*_~])(?:\\*{1,3}|_{1,3}|~~)(?![\\p{L}\\p{N}*_~])");
    /** Struck-out text is what the author took back. */
    private static final Pattern STRIKETHROUGH = Pattern.compile("~~[^~\\n]{1,300}~~");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|<])");

    private MarkdownInline() {}

    static String strip(String markdown) {
        String text = markdown;
        if (text.indexOf('[') >= 0) {
            text = IMAGE.matcher(text).replaceAll("");
            text = LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('<') >= 0) {
            text = AUTOLINK.matcher(text).replaceAll("$1");
            text = HTML_TAG.matcher(text).replaceAll("");
        }
        text = text.replace("`", "");
        if (text.contains("~~")) {
            text = STRIKETHROUGH.matcher(text).replaceAll("");
        }
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('~') >= 0) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        if (text.indexOf('\\') >= 0) {
            text = ESCAPE.matcher(text).replaceAll("$1");
        }
        return TextCleaner.collapseSpaces(text);
    }
}
