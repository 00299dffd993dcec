package dev.digestbot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code digestbot} command; the work is done by its subcommands. */
@Command(
        name = "digestbot",
        mixinStandardHelpOptions = true,
        versionProvider = DigestbotCommand.Version.class,
        description = "Summarizes articles into digests and delivers them to Discord and email.",
        subcommandsRepeatable = false)
public final class DigestbotCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest; a build from classes has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DigestbotCommand.class.getPackage().getImplementationVersion();
            return new String[] {"digestbot " + (version == null ? "(development build)" : version)};
        }
    }
}
