package dev.digestbot.cli;

import java.io.PrintWriter;

/** The output formats of {@code digestbot summarize}. */
enum DigestFormat {
    text,
    markdown,
    json,
    jsonl;

    DigestWriter writer(PrintWriter out, int count) {
        return switch (this) {
            case text -> new TextDigestWriter(out);
            case markdown -> new MarkdownDigestWriter(out);
            case json -> new JsonDigestWriter(out, count != 1);
            case jsonl -> new JsonLinesDigestWriter(out);
        };
    }
}
