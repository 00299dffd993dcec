package dev.digestbot.ingest;

import dev.digestbot.article.ArticleException;
import java.nio.file.Path;

/** Turns one article file into its digest; the ingest side of summarizing. */
public interface ArticleDigester {
    /**
     * Reads and summarizes {@code file}.
     *
     * @param source how the file is named in the digest, its path relative to the inbox
     * @throws ArticleException when the file is not a readable article; the file is then moved to
     *     the failed folder with the exception's reason
     */
    DigestedArticle digest(Path file, String source) throws ArticleException;

    /**
     * Runs the digesting code on built-in text before the first real file, so that file does
     * not wait for class loading and compilation. Does nothing by default.
     */
    default void warmUp() {}
}
