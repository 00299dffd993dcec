package dev.digestbot.cli;

import dev.digestbot.summarize.Summarizer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Entry point of the {@code digestbot} command line and the one place where the application's
 * parts are built and wired together.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code: 0 ok, 1 runtime failure, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Supplier<Summarizer> summarizer = Summarizer::new;
        Clock clock = Clock.systemDefaultZone();
        CommandLine cli = new CommandLine(new DigestbotCommand())
                .addSubcommand(new SummarizeCommand(summarizer, env))
                .addSubcommand(new EvalCommand(summarizer))
                .addSubcommand(new CommandLine(new BenchCommand(summarizer))
                        .addSubcommand(new IngestBenchCommand(summarizer))
                        .addSubcommand(new SearchBenchCommand())
                        .addSubcommand(new EmailBenchCommand()))
                .addSubcommand(new RunCommand(summarizer, env, clock))
                .addSubcommand(new StatusCommand(env, clock))
                .addSubcommand(new PreviewCommand(env, clock))
                .addSubcommand(new SendCommand(env, clock))
                .addSubcommand(new SubscribersCommand(env, clock))
                .addSubcommand(new ConfigCommand(env))
                .addSubcommand(new DbCommand(env))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new OneLineErrors())
                .setExecutionExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }
}
