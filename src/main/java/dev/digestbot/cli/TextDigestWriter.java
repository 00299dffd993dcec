package dev.digestbot.cli;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.io.PrintWriter;
import org.apache.commons.text.WordUtils;

/** Plain text for a terminal: wrapped at 78 columns, one blank line between digests. */
final class TextDigestWriter implements DigestWriter {
    private static final int WIDTH = 78;

    private final PrintWriter out;
    private int written;

    TextDigestWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(ArticleDigest digest) {
        if (written++ > 0) {
            out.println();
        }
        out.println(digest.title());
        out.println("=".repeat(Math.min(WIDTH, digest.title().length())));
        out.println("(" + digest.source() + ")");
        out.println();
        for (String sentence : digest.summary()) {
            item("* ", sentence);
        }
        if (!digest.quotes().isEmpty()) {
            out.println();
            out.println("Quotes");
            for (Quote quote : digest.quotes()) {
                String speaker = quote.speaker() == null ? "" : " \u2014 " + quote.speaker();
                item("> ", "\u201c" + quote.text() + "\u201d" + speaker);
            }
        }
        if (!digest.figures().isEmpty()) {
            out.println();
            out.println("Figures");
            for (Figure figure : digest.figures()) {
                item("# ", figure.value() + ": " + figure.label());
            }
        }
    }

    private void item(String bullet, String text) {
        String wrapped = WordUtils.wrap(text, WIDTH - bullet.length(), "\n" + " ".repeat(bullet.length()), false);
        out.println(bullet + wrapped);
    }
}
