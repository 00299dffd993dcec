package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
    private static final String DESTINATION = "    type: file\n    cron: \"0 0 7 * * ?\"\n";

    @TempDir
    Path tmp;

    private static CommandRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CommandRun(code, out.toString(), err.toString());
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("bot.yml"), yaml);
    }

    @Test
    void theShippedConfigIsOk() {
        CommandRun run = run(Map.of(), "config", "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("config/digestbot.yml: ok — 3 destinations (daily, letter, letter.weekly)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenTemplateFailsTheCheckWithItsFileAndLine() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("my-templates"));
        Files.writeString(templates.resolve("email.txt.mustache"), "{{title}}\n{{#items}}\n");
        Path file = file("templates:\n  dir: " + templates.toString().replace('\\', '/') + "\n");

        CommandRun run = run(Map.of(), "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("email.txt.mustache:2");
    }

    @Test
    void namesEveryDestinationInFileOrder() throws IOException {
        Path file = file("destinations:\n  weekly:\n" + DESTINATION + "  daily:\n" + DESTINATION);

        CommandRun run = run(Map.of(), "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": ok — 2 destinations (weekly, daily)\n");
    }

    @Test
    void printsEveryProblemOnItsOwnLineAndExits2() throws IOException {
        Path file = file("summary:\n  sentences: 0\ndestinations:\n  daily:\n    type: slack\n    cron: never\n");

        CommandRun run = run(Map.of("DIGESTBOT_INGEST_POLL", "1s"), "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .hasSize(4)
                .allMatch(line -> line.startsWith(file + ": "))
                .anyMatch(line -> line.contains("DIGESTBOT_INGEST_POLL (environment): names no setting"))
                .anyMatch(line -> line.contains("summary.sentences: 0 is out of range 1..20"))
                .anyMatch(line -> line.contains("destinations.daily.type: unknown destination type 'slack'"))
                .anyMatch(line -> line.contains("destinations.daily.cron: 'never' is not a cron expression"));
    }

    @Test
    void aMissingGivenFileIsAnError() {
        Path missing = tmp.resolve("missing.yml");

        CommandRun run = run(Map.of(), "config", "check", "--config", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(missing + ": no such config file\n");
    }

    @Test
    void environmentOverridesAreChecked() throws IOException {
        Path file = file("destinations:\n  daily:\n" + DESTINATION);

        CommandRun run = run(
                Map.of("DIGESTBOT_DESTINATIONS_DAILY_TIMEZONE", "Nowhere/Town"),
                "config",
                "check",
                "--config",
                file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(file + ": destinations.daily.timezone (from DIGESTBOT_DESTINATIONS_DAILY_TIMEZONE):"
                        + " unknown time zone 'Nowhere/Town'");
    }

    @Test
    void secretsFromTheEnvironmentNeverReachTheOutput() throws IOException {
        Path file = file("database:\n  url: nope\n");

        CommandRun run =
                run(Map.of("DIGESTBOT_DATABASE_PASSWORD", "hunter2"), "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).doesNotContain("hunter2");
    }

    @Test
    void withoutASubcommandItIsBadUsage() {
        CommandRun run = run(Map.of(), "config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing subcommand: check");
    }
}
