package dev.digestbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.digestbot.summarize.ArticleDigest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON: one object for a single input file, otherwise an array of objects so that
 * the output stays one JSON document.
 */
final class JsonDigestWriter implements DigestWriter {
    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private final PrintWriter out;
    private final boolean array;
    private int written;

    JsonDigestWriter(PrintWriter out, boolean array) {
        this.out = out;
        this.array = array;
        if (array) {
            out.print('[');
        }
    }

    @Override
    public void write(ArticleDigest digest) {
        String json = toJson(JSON, digest);
        if (array) {
            out.print(written == 0 ? "\n" : ",\n");
        }
        out.print(json);
        if (!array) {
            out.println();
        }
        written++;
    }

    @Override
    public void close() {
        if (array) {
            out.println(written == 0 ? "]" : "\n]");
        }
    }

    static String toJson(ObjectWriter writer, ArticleDigest digest) {
        try {
            return writer.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write digest of " + digest.source() + " as JSON", e);
        }
    }
}
