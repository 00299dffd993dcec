package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void absentOptionalFileGivesDefaults() throws ConfigException {
        DigestbotConfig config = new ConfigLoader(Map.of()).load(tmp.resolve("none.yml"), false);

        assertThat(config).isEqualTo(DigestbotConfig.DEFAULTS);
        assertThat(config.database().url()).isEqualTo("jdbc:h2:retry:./data/digestbot;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(config.destinations()).isEmpty();
    }

    @Test
    void absentRequiredFileIsAnError() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(tmp.resolve("none.yml"), true))
                .hasMessageContaining("none.yml")
                .hasMessageContaining("no such config file");
    }

    @Test
    void readsValuesAndKeepsDefaultsForTheRest() throws Exception {
        DigestbotConfig config = files().load("summary:\n  sentences: 5\n");

        assertThat(config.summary()).isEqualTo(new SummaryConfig(5, 2, 3));
        assertThat(config.ingest()).isEqualTo(IngestConfig.DEFAULTS);
        assertThat(config.delivery()).isEqualTo(DeliveryConfig.DEFAULTS);
        assertThat(config.content()).isEqualTo(ContentConfig.DEFAULTS);
    }

    @Test
    void readsEveryKeyOutsideDestinations() throws Exception {
        Path templates = Files.createDirectory(tmp.resolve("my-templates"));
        DigestbotConfig config = files().load("""
                summary: {sentences: 4, quotes: 1, figures: 0}
                content: {inbox: in/box, failed: quarantine}
                data: {dir: var/bot}
                templates: {dir: %s}
                database: {url: "jdbc:h2:mem:test", user: digest}
                ingest: {rescan: 5m, stable: 2s}
                delivery: {backoff: 10s, max-backoff: 2h, max-attempts: 3, poll: 1m}
                """.formatted(templates));

        assertThat(config.summary()).isEqualTo(new SummaryConfig(4, 1, 0));
        assertThat(config.content()).isEqualTo(new ContentConfig(Path.of("in/box"), Path.of("quarantine")));
        assertThat(config.dataDir()).isEqualTo(Path.of("var/bot"));
        assertThat(config.templatesDir()).isEqualTo(templates);
        assertThat(config.database()).isEqualTo(new DatabaseConfig("jdbc:h2:mem:test", "digest", Secret.NONE));
        assertThat(config.ingest()).isEqualTo(new IngestConfig(Duration.ofMinutes(5), Duration.ofSeconds(2)));
        assertThat(config.delivery())
                .isEqualTo(new DeliveryConfig(Duration.ofSeconds(10), Duration.ofHours(2), 3, Duration.ofMinutes(1)));
    }

    @Test
    void defaultDatabaseLivesUnderTheDataFolder() throws Exception {
        assertThat(files().load("data:\n  dir: var/bot\n").database().url())
                .isEqualTo("jdbc:h2:retry:./var/bot/digestbot;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(files().load("data:\n  dir: /srv/bot\n").database().url())
                .isEqualTo("jdbc:h2:retry:/srv/bot/digestbot;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(files().load("database:\n  url:\n").database().user()).isEqualTo("sa");
    }

    @Test
    void emptyValuesTakeTheDefaults() throws Exception {
        DigestbotConfig config = files().load("content:\n  inbox: ''\ningest:\n  rescan:\n");

        assertThat(config.content().inbox()).isEqualTo(Path.of("content/inbox"));
        assertThat(config.ingest().rescan()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void invalidYamlNamesTheLine() {
        Path file = files().write("summary:\n  sentences: 3\n quotes: [\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, true))
                .hasMessageContaining("digestbot.yml (line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        Path file = files().write("summary:\n  sentences: 3\n  sentences: 4\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, true))
                .hasMessageContaining("(line 3)")
                .hasMessageContaining("sentences");
    }

    @Test
    void shippedConfigIsValidAndHasTheDailyFileDestinationAndTheNewsletter() throws ConfigException {
        DigestbotConfig config =
                new ConfigLoader(Map.of(), ConfigFiles.CLOCK).load(Path.of("config", "digestbot.yml"), true);

        DigestbotConfig defaults = DigestbotConfig.DEFAULTS;
        assertThat(config.summary()).isEqualTo(defaults.summary());
        assertThat(config.content()).isEqualTo(defaults.content());
        assertThat(config.database()).isEqualTo(defaults.database());
        assertThat(config.ingest()).isEqualTo(defaults.ingest());
        assertThat(config.delivery()).isEqualTo(defaults.delivery());
        assertThat(config.destinations()).containsOnlyKeys("daily", "letter", "letter.weekly");
        assertThat(config.destinations().get("letter").target())
                .isEqualTo(new EmailTarget(
                        "Digest Bot <digest@localhost>",
                        Optional.empty(),
                        "letter.localhost",
                        Optional.empty(),
                        Set.of(Rollup.WEEKLY),
                        Optional.empty()));
        DestinationConfig daily = config.destinations().get("daily");
        assertThat(daily)
                .isEqualTo(new DestinationConfig(
                        "daily",
                        "0 0 7 * * ?",
                        ZoneId.of("Europe/Paris"),
                        Misfire.FIRE_ONCE,
                        List.of(),
                        List.of(),
                        10,
                        new FileTarget(Path.of("data", "editions", "daily"))));
    }

    @Test
    void shippedConfigListsEveryKey() throws Exception {
        String shipped = Files.readString(Path.of("config", "digestbot.yml"));

        for (String key : ConfigKeys.FIXED) {
            String leaf = key.substring(key.indexOf('.') + 1);
            assertThat(shipped).as(key).containsPattern("(?m)^" + key.substring(0, key.indexOf('.')) + ":$");
            assertThat(shipped).as(key).containsPattern("(?m)^  " + leaf + ":");
        }
        for (String field : ConfigKeys.destinationFields()) {
            // a type's own settings may be shown in a commented-out example destination
            assertThat(shipped).as(field).containsPattern("(?m)^  (?:  |#   )" + field + ":");
        }
    }

    @Test
    void environmentNamesFollowTheDotsAndDashesRule() {
        assertThat(ConfigKeys.envName("smtp.host")).isEqualTo("DIGESTBOT_SMTP_HOST");
        assertThat(ConfigKeys.envName("discord.rest-url")).isEqualTo("DIGESTBOT_DISCORD_REST_URL");
    }
}
