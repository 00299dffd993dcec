package dev.digestbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.digestbot.summarize.ArticleDigest;
import java.io.PrintWriter;

/** JSON Lines: one compact digest object per line. */
final class JsonLinesDigestWriter implements DigestWriter {
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private final PrintWriter out;

    JsonLinesDigestWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(ArticleDigest digest) {
        out.println(JsonDigestWriter.toJson(JSON, digest));
    }
}
