package dev.digestbot.cli;

import static dev.digestbot.edition.MarkdownEscaper.escape;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.io.PrintWriter;

/**
 * CommonMark, one section per digest. Article text is escaped so that its own asterisks,
 * brackets or angle brackets cannot change the formatting or smuggle in links, while ordinary
 * punctuation stays readable in the raw text.
 */
final class MarkdownDigestWriter implements DigestWriter {
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
}
