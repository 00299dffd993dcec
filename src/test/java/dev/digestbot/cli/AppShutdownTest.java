package dev.digestbot.cli;

import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.config.ConfigLoader;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the app closes Discord's listeners first, while the client can still send their last
 * answers and the database can still be read, then the client, then the database.
 */
@Timeout(30)
class AppShutdownTest {
    @TempDir
    Path home;

    @Test
    void listenersAreClosedWhileDiscordAndTheDatabaseAreStillUp() throws Exception {
        Path config = home.resolve("digestbot.yml");
        config = HomeConfig.write(home, """
                discord:
                  ready-timeout: 5s
                destinations:
                  news:
                    type: discord
                    cron: "0 0 12 1 1 ? 2099"
                    channels: ["%2$s"]
                """, NEWS_CHANNEL_ID);
        StateAtClose listener = new StateAtClose();

        try (FakeDiscord discord = FakeDiscord.start()) {
            DigestbotConfig loaded = new ConfigLoader(Map.of(
                            "DISCORD_TOKEN", FakeDiscord.TOKEN,
                            "DIGESTBOT_DISCORD_REST_URL",
                                    discord.endpoints().restUrl().toString(),
                            "DIGESTBOT_DISCORD_GATEWAY_URL",
                                    discord.endpoints().gatewayUrl().toString()))
                    .load(config, true);
            App app = App.open(loaded, Clock.systemUTC());
            listener.app = app;
            app.connectDiscord(List.of(listener));

            app.close();

            assertThat(listener.discordAtClose).isEqualTo(JDA.Status.CONNECTED);
            assertThat(listener.digestsAtClose)
                    .as("the database was still open")
                    .isZero();
            assertThat(listener.jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
        }
    }

    /** Notes, when closed, whether the client is still connected and the database can be read. */
    private static final class StateAtClose implements EventListener, AutoCloseable {
        volatile App app;
        volatile JDA jda;
        volatile JDA.Status discordAtClose;
        volatile int digestsAtClose = -1;

        @Override
        public void onEvent(GenericEvent event) {
            jda = event.getJDA();
        }

        @Override
        public void close() {
            discordAtClose = jda.getStatus();
            digestsAtClose = app.articles().latest(5).size();
        }
    }
}
