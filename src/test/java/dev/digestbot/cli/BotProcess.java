package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged bot run as a user runs it: {@code java -jar target/digestbot.jar} in a working
 * folder of its own, stopped with SIGTERM.
 */
final class BotProcess implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("digestbot.jar", "target/digestbot.jar"));

    private final Process process;
    private final List<String> log = new ArrayList<>();
    private final Thread reader;

    private BotProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLog, "bot-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code digestbot run} in {@code folder} and waits until it says it is ready. */
    static BotProcess start(Path folder) throws IOException {
        return start(folder, Map.of());
    }

    /**
     * As {@link #start(Path)}, with {@code env} added to the environment; a null value removes the
     * variable.
     */
    static BotProcess start(Path folder, Map<String, String> env) throws IOException {
        ProcessBuilder command = command(folder, "run").redirectErrorStream(true);
        env.forEach((name, value) -> {
            if (value == null) {
                command.environment().remove(name);
            } else {
                command.environment().put(name, value);
            }
        });
        BotProcess bot = new BotProcess(command.start());
        await().atMost(Duration.ofSeconds(60)).until(() -> bot.logged("Ready in") || !bot.process.isAlive());
        assertThat(bot.process.isAlive())
                .as("bot alive after start; log:%n%s", bot.log())
                .isTrue();
        return bot;
    }

    /** Runs another command to its end in {@code folder} and returns its exit code and output. */
    static Result run(Path folder, String... args) throws IOException, InterruptedException {
        // standard error goes to a file, so a chatty command cannot block on a full pipe
        Path errors = Files.createTempFile("digestbot-err-", ".log");
        try {
            Process p = command(folder, args).redirectError(errors.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), out, Files.readString(errors));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static ProcessBuilder command(Path folder, String... args) {
        List<String> command =
                new ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile());
    }

    /**
     * Writes {@code home/config/digestbot.yml} for a bot that reacts within a second or two (rescan,
     * outbox poll and first backoff of 1 s) with its web server on a free port, followed by {@code
     * sections}.
     */
    static void writeConfig(Path home, String sections) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/digestbot.yml"), """
                ingest:
                  rescan: 1s
                  stable: 200ms
                delivery:
                  poll: 1s
                  backoff: 1s
                web:
                  bind: 127.0.0.1:0
                """ + sections);
    }

    /**
     * Writes an article beside the inbox of the bot at {@code home} and renames it in, as a
     * careful copier does, so the bot reads it at once.
     */
    static void drop(Path home, String name, String text) throws IOException {
        Path target = home.resolve("content/inbox").resolve(name);
        Files.createDirectories(target.getParent());
        Path staging = Files.createDirectories(home.resolve("staging")).resolve(target.getFileName());
        Files.writeString(staging, text, StandardCharsets.UTF_8);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    boolean logged(String text) {
        synchronized (log) {
            return log.stream().anyMatch(line -> line.contains(text));
        }
    }

    long count(String text) {
        synchronized (log) {
            return log.stream().filter(line -> line.contains(text)).count();
        }
    }

    String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** The port the web server took, from the log line that names it. */
    int webPort() {
        Matcher port = Pattern.compile("Web server listening on 127\\.0\\.0\\.1:(\\d+)")
                .matcher(log());
        assertThat(port.find()).as("web port in the log:%n%s", log()).isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** Kills the bot at once (SIGKILL), as a crash or the out-of-memory killer does, and waits for its end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Sends SIGTERM and waits for a clean exit. */
    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy would also close the pipe the bot logs to
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> logged("Stopped") || !reader.isAlive());
        assertThat(logged("Stopped")).as("clean stop; log:%n%s", log()).isTrue();
        String stopping = log().substring(Math.max(0, log().indexOf("Stopping: finishing")));
        assertThat(stopping).as("a stop that logs no error").doesNotContain(" ERROR ");
    }

    private void readLog() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (log) {
                    log.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** What a finished command printed. */
    record Result(int exitCode, String out, String err) {}
}
