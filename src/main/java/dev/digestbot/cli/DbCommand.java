package dev.digestbot.cli;

import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.store.Database;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code digestbot db migrate}: brings the database schema up to date and stops. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database maintenance.")
final class DbCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private final Map<String, String> env;

    DbCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: migrate");
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = "Applies pending schema migrations; every other command does too, before it starts.")
    void migrate(@Mixin ConfigOption config) {
        DatabaseConfig db = config.load(env).database();
        try (Database database =
                Database.open(db.url(), db.user(), db.password().reveal())) {
            spec.commandLine().getOut().println("database schema is up to date");
        }
    }
}
