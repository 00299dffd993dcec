package dev.digestbot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** The outcome of one in-process command line run: exit code, standard output and error. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        return of(System.getenv(), args);
    }

    /** Runs {@code args} with {@code env} as the environment. */
    static CommandRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The evaluation data fixture under test resources: invented articles laid out like the real sets. */
    static Path evalData() {
        try {
            return Path.of(CommandRun.class.getResource("/eval-data").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
