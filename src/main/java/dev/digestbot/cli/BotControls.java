package dev.digestbot.cli;

import dev.digestbot.deliver.PublishResult;
import dev.digestbot.discord.BotStatus;
import dev.digestbot.discord.DestinationStatus;
import dev.digestbot.discord.EditionTrigger;
import dev.digestbot.discord.PublishedEdition;
import dev.digestbot.discord.StatusSource;
import dev.digestbot.store.LastEdition;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What the admin slash commands {@code /digest now} and {@code /digest status} act on: the app. */
final class BotControls implements EditionTrigger, StatusSource {
    /** Failures listed by {@code /digest status}; more would not fit a message anyway. */
    private static final int RECENT = 5;

    private final App app;

    BotControls(App app) {
        this.app = app;
    }

    @Override
    public List<String> destinations() {
        return app.policies().keySet().stream().filter(app::canSend).toList();
    }

    @Override
    public PublishedEdition publishNow(String destination) {
        PublishResult result = app.publish(destination);
        OptionalInt number =
                result.edition().map(e -> OptionalInt.of(e.number())).orElse(OptionalInt.empty());
        var sent = result.deliveries();
        return new PublishedEdition(destination, number, sent.sent(), sent.retrying(), sent.failed());
    }

    @Override
    public BotStatus status() {
        Map<String, LastEdition> last = app.editions().lastEditions();
        List<DestinationStatus> destinations = app.policies().keySet().stream()
                .map(name -> {
                    LastEdition edition = last.get(name);
                    return edition == null
                            ? new DestinationStatus(name, 0, null)
                            : new DestinationStatus(name, edition.number(), edition.createdAt());
                })
                .toList();
        return new BotStatus(
                app.deliveries().countByState(),
                destinations,
                app.deliveries().recentFailures(RECENT),
                app.articles().recentFailures(RECENT));
    }
}
