package dev.digestbot.cli;

import dev.digestbot.config.ConfigException;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.TemplateException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code digestbot config check}: loads and validates the configuration, listing every problem. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Checks the configuration file.")
final class ConfigCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private final Map<String, String> env;

    ConfigCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: check");
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Loads the configuration with its environment overrides, checks every value and"
                    + " compiles the templates; prints each problem on its own line and exits 2 when there is one.")
    int check(@Mixin ConfigOption config) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source = config.isGiven() || Files.exists(config.path())
                ? config.path().toString()
                : config.path() + ": not found, built-in defaults";
        try {
            DigestbotConfig loaded = new ConfigLoader(env).load(config.path(), config.isGiven());
            new EditionRenderer(loaded.templatesDir(), ZoneId.systemDefault()); // compiles every template
            out.println(source + ": ok — " + destinations(loaded));
            return 0;
        } catch (ConfigException e) {
            e.problems().forEach(err::println);
            return OneLineErrors.BAD_USAGE;
        } catch (TemplateException e) {
            err.println(e.getMessage());
            return OneLineErrors.BAD_USAGE;
        }
    }

    /** {@code 2 destinations (daily, weekly)}. */
    private static String destinations(DigestbotConfig config) {
        int n = config.destinations().size();
        String count = n + (n == 1 ? " destination" : " destinations");
        return n == 0
                ? count
                : count + " (" + String.join(", ", config.destinations().keySet()) + ")";
    }
}
