package dev.digestbot.cli;

import dev.digestbot.summarize.ArticleDigest;

/** Writes article digests in one output format, one after another. */
interface DigestWriter extends AutoCloseable {
    void write(ArticleDigest digest);

    /** Writes whatever closes the output (a JSON array's bracket); does not close the stream. */
    @Override
    default void close() {}
}
