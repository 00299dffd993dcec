package dev.digestbot.cli;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark, one section per digest. Article text is escaped so that its own asterisks,
 * brackets or angle brackets cannot change the formatting or smuggle in links, while ordinary
 * punctuation stays readable in the raw text.
 */
final class MarkdownDigestWriter implements DigestWriter {
    /** Characters that are Markdown syntax wherever they stand. */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

    /** What is Markdown syntax only at the start of a line: headings, list items, rules. */
    private static final Pattern LINE_START = Pattern.compile("^(?:[#+=-]|\\d+(?=[.)]))");

    private final PrintWriter out;
    private int written;

    MarkdownDigestWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(ArticleDigest digest) {
        if (written++ > 0) {
            out.println();
        }
        out.println("## " + escape(digest.title()));
        out.println();
        for (String sentence : digest.summary()) {
            out.println("- " + escape(sentence));
        }
        if (!digest.quotes().isEmpty()) {
            out.println();
            for (Quote quote : digest.quotes()) {
                String speaker = quote.speaker() == null ? "" : " \u2014 **" + escape(quote.speaker()) + "**";
                out.println("> \u201c" + escape(quote.text()) + "\u201d" + speaker);
                out.println();
            }
        }
        if (!digest.figures().isEmpty()) {
            if (digest.quotes().isEmpty()) {
                out.println();
            }
            out.println("**Key figures**");
            out.println();
            for (Figure figure : digest.figures()) {
                out.println("- **" + escape(figure.value()) + "** " + escape(figure.label()));
            }
        }
        out.println();
        out.println("*Source: " + escape(digest.source()) + "*");
    }

    /** Backslash-escapes every character that Markdown could read as syntax. */
    static String escape(String text) {
        String escaped = SPECIAL.matcher(text.replace('\n', ' ')).replaceAll("\\\\$1");
        Matcher start = LINE_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        return start.group().length() == 1 && !Character.isDigit(escaped.charAt(0))
                ? "\\" + escaped
                : escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end());
    }
}
