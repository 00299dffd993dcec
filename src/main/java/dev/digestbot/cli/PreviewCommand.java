package dev.digestbot.cli;

import dev.digestbot.config.DestinationConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.DiscordTarget;
import dev.digestbot.deliver.discord.DiscordMessage;
import dev.digestbot.deliver.discord.EditionMessages;
import dev.digestbot.deliver.discord.MessagePayloads;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.RenderedEdition;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digestbot preview DESTINATION}: the next edition exactly as it would go out; stores nothing. */
@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = "Renders the next edition of a destination without storing or sending it.")
final class PreviewCommand implements Runnable {
    /** The renderings an edition has. */
    enum Rendering {
        markdown,
        html,
        text
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOption configOption;

    @Parameters(paramLabel = "DESTINATION", description = "A destination named in the config file.")
    private String destination;

    @Option(
            names = "--discord",
            description = "Print the Discord message payloads (JSON) the edition would be sent as.")
    private boolean discord;

    @Option(
            names = "--as",
            paramLabel = "FORMAT",
            description = "markdown (Discord and the file destination), html or text (email); default markdown.")
    private Rendering rendering = Rendering.markdown;

    private final Map<String, String> env;
    private final Clock clock;

    PreviewCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    private void printDiscord(App app, EditionPolicy policy, PrintWriter out) {
        Optional<Edition> next = app.publisher().draft(policy);
        if (next.isEmpty()) {
            out.println(destination + ": nothing new since the last edition");
            return;
        }
        DestinationConfig config = app.config().destinations().get(destination);
        boolean header = !(config.target() instanceof DiscordTarget discord) || discord.header();
        List<DiscordMessage> messages = new EditionMessages(config.timezone(), header).of(next.get());
        out.println(MessagePayloads.of(messages).toPrettyString());
        out.flush();
    }

    @Override
    public void run() {
        DigestbotConfig config = configOption.load(env);
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(config, clock)) {
            EditionPolicy policy = Destinations.policy(app, destination);
            if (discord) {
                printDiscord(app, policy, out);
                return;
            }
            Optional<RenderedEdition> next = app.publisher().preview(policy);
            if (next.isEmpty()) {
                out.println(destination + ": nothing new since the last edition");
                return;
            }
            RenderedEdition edition = next.get();
            out.print(
                    switch (rendering) {
                        case markdown -> edition.markdown();
                        case html -> edition.html();
                        case text -> "Subject: " + edition.subject() + "\n\n" + edition.text();
                    });
            out.flush();
        }
    }
}
