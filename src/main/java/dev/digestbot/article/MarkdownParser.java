package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a Markdown body into plain paragraphs: list items and block quotes become paragraphs of
 * their own, soft-wrapped lines are joined, and inline markup is stripped by {@link
 * MarkdownInline}. A heading at the very top is reported as the title; later headings are
 * dropped like code blocks, HTML comments, reference link definitions and rules, since subheads
 * are not sentences to summarize (the HTML reader skips them too).
 */
final class MarkdownParser {
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\[[^\\]\\n]{1,300}\\]:\\s*\\S");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?:\\s+|$)");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLines;
    private boolean firstIsHeading;
    private String fence;

    private MarkdownParser() {}

    /**
     * The plain text of a Markdown body, one paragraph per line with blank lines between.
     *
     * @param heading the heading the body opens with, or null
     * @param text the remaining paragraphs
     */
    record Result(String heading, String text) {}

    static Result parse(String markdown) {
        MarkdownParser parser = new MarkdownParser();
        String text = withoutComments(markdown);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            parser.line(text.substring(start, end));
            start = end + 1;
        }
        parser.flush();
        return parser.result();
    }

    private void line(String raw) {
        String line = raw.strip();
        if (fence != null) {
            if (line.startsWith(fence) && line.chars().allMatch(c -> c == fence.charAt(0))) {
                fence = null;
            }
            return;
        }
        if (line.startsWith("```") || line.startsWith("~~~")) {
            flush();
            fence = line.substring(0, runLength(line, line.charAt(0)));
            return;
        }
        line = withoutQuoteMarkers(line);
        if (line.isEmpty()) {
            flush();
        } else if (isRule(line)) {
            underline(line);
        } else if (line.charAt(0) == '#' && headingText(line) != null) {
            flush();
            addBlock(headingText(line), true);
        } else if (!REFERENCE_DEFINITION.matcher(line).find()) {
            text(line);
        }
    }

    private void text(String line) {
        var marker = LIST_MARKER.matcher(line);
        if (marker.find()) {
            flush();
            line = line.substring(marker.end());
        }
        if (currentLines > 0) {
            current.append(' ');
        }
        current.append(line);
        currentLines++;
    }

    /** A setext underline makes the single line above it a heading; otherwise a rule ends the paragraph. */
    private void underline(String line) {
        boolean setext = currentLines == 1 && (line.charAt(0) == '=' || line.charAt(0) == '-') && !line.contains(" ");
        String text = current.toString();
        current.setLength(0);
        currentLines = 0;
        addBlock(text, setext);
    }

    private void flush() {
        addBlock(current.toString(), false);
        current.setLength(0);
        currentLines = 0;
    }

    private void addBlock(String markdown, boolean heading) {
        String text = MarkdownInline.strip(markdown);
        if (text.isEmpty() || (heading && !blocks.isEmpty())) {
            return;
        }
        if (blocks.isEmpty()) {
            firstIsHeading = heading;
        }
        blocks.add(text);
    }

    private Result result() {
        if (firstIsHeading) {
            return new Result(blocks.get(0), String.join("\n\n", blocks.subList(1, blocks.size())));
        }
        return new Result(null, String.join("\n\n", blocks));
    }

    /** The text of an ATX heading ("## Title ##"), or null when the line is not one. */
    private static String headingText(String line) {
        int level = runLength(line, '#');
        if (level > 6 || (level < line.length() && line.charAt(level) != ' ')) {
            return null;
        }
        int end = line.length();
        while (end > level && line.charAt(end - 1) == '#') {
            end--;
        }
        if (end < line.length() && end > level && line.charAt(end - 1) != ' ') {
            end = line.length();
        }
        return line.substring(level, end).strip();
    }

    /** "---", "***", "___", "===" (spaces allowed between the marks). */
    private static boolean isRule(String line) {
        char mark = line.charAt(0);
        if (mark != '-' && mark != '*' && mark != '_' && mark != '=') {
            return false;
        }
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** "> > quoted" becomes "quoted". */
    private static String withoutQuoteMarkers(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || (i > 0 && line.charAt(i) == ' '))) {
            i++;
        }
        return i == 0 ? line : line.substring(i);
    }

    private static int runLength(String line, char c) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == c) {
            n++;
        }
        return n;
    }

    private static String withoutComments(String markdown) {
        int open = markdown.indexOf("<!--");
        if (open < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int from = 0;
        while (open >= 0) {
            out.append(markdown, from, open);
            int close = markdown.indexOf("-->", open + 4);
            from = close < 0 ? markdown.length() : close + 3;
            open = markdown.indexOf("<!--", from);
        }
        return out.append(markdown, from, markdown.length()).toString();
    }
}
