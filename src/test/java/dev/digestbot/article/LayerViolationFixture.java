package dev.digestbot.article;

import dev.digestbot.cli.Main;
import dev.digestbot.summarize.Summarizer;

/**
 * Breaks the package layering on purpose, for {@code ArchitectureTest} to show that its rules
 * fail: an article class that uses the summarizer above it and the command line.
 */
public final class LayerViolationFixture {
    private LayerViolationFixture() {}

    static Summarizer summarizer() {
        return new Summarizer();
    }

    static int runCommandLine() {
        return Main.run(new String[0], null, null);
    }
}
