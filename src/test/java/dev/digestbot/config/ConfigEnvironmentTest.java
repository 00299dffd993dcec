package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEnvironmentTest {
    private static final String DAILY = "destinations:\n  daily:\n    type: file\n    cron: \"0 0 7 * * ?\"\n";

    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void environmentOverridesAnyKey() throws Exception {
        Map<String, String> env = Map.of(
                "DIGESTBOT_SUMMARY_QUOTES", "0",
                "DIGESTBOT_DELIVERY_MAX_BACKOFF", "3h",
                "DIGESTBOT_DATA_DIR", "/srv/data",
                "UNRELATED", "x");

        DigestbotConfig config = files().load("summary:\n  quotes: 4\n", env);

        assertThat(config.summary().quotes()).isZero();
        assertThat(config.delivery().maxBackoff()).hasHours(3);
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/data"));
        assertThat(config.database().url())
                .isEqualTo("jdbc:h2:retry:/srv/data/digestbot;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void environmentOverridesWorkWithoutAFile() throws Exception {
        DigestbotConfig config =
                new ConfigLoader(Map.of("DIGESTBOT_INGEST_STABLE", "2s")).load(tmp.resolve("absent.yml"), false);

        assertThat(config.ingest().stable()).hasSeconds(2);
    }

    @Test
    void environmentOverridesNestedDestinationKeys() throws Exception {
        Map<String, String> env = Map.of(
                "DIGESTBOT_DESTINATIONS_DAILY_CRON", "0 30 6 * * ?",
                "DIGESTBOT_DESTINATIONS_DAILY_MAX_ITEMS", "5",
                "DIGESTBOT_DESTINATIONS_DAILY_TAGS", "local, sport",
                "DIGESTBOT_DESTINATIONS_DAILY_TIMEZONE", "UTC");

        DestinationConfig daily = files().load(DAILY, env).destinations().get("daily");

        assertThat(daily.cron()).isEqualTo("0 30 6 * * ?");
        assertThat(daily.maxItems()).isEqualTo(5);
        assertThat(daily.tags()).containsExactly("local", "sport");
        assertThat(daily.timezone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void environmentCanAddADestinationWithADashedName() throws Exception {
        Map<String, String> env = Map.of(
                "DIGESTBOT_DESTINATIONS_EVENING_NEWS_TYPE", "file",
                "DIGESTBOT_DESTINATIONS_EVENING_NEWS_CRON", "0 0 18 * * ?",
                "DIGESTBOT_DESTINATIONS_EVENING_NEWS_DIR", "out/evening");

        DigestbotConfig config = files().load(DAILY, env);

        assertThat(config.destinations()).containsOnlyKeys("daily", "evening-news");
        assertThat(config.destinations().get("evening-news").target())
                .isEqualTo(new FileTarget(Path.of("out/evening")));
    }

    @Test
    void badValuesFromTheEnvironmentNameTheVariable() {
        Map<String, String> env =
                Map.of("DIGESTBOT_INGEST_RESCAN", "often", "DIGESTBOT_DESTINATIONS_DAILY_CRON", "0 0 25 * * ?");

        String f = files().name();
        assertThat(files().problems(DAILY, env))
                .containsExactlyInAnyOrder(
                        f + ": ingest.rescan (from DIGESTBOT_INGEST_RESCAN): expected a duration above zero"
                                + " such as 500ms, 30s, 5m or 1h, got 'often'",
                        f + ": destinations.daily.cron (from DIGESTBOT_DESTINATIONS_DAILY_CRON): '0 0 25 * * ?'"
                                + " is not a cron expression (Hour values must be between 0 and 23);"
                                + " Quartz cron fields are second minute hour day-of-month month day-of-week"
                                + " [year], e.g. \"0 0 7 * * ?\" for 07:00 every day");
    }

    @Test
    void unknownDestinationVariableListsTheEndings() {
        assertThat(files().problems(DAILY, Map.of("DIGESTBOT_DESTINATIONS_DAILY_CRN", "x")))
                .containsExactly(files().name() + ": DIGESTBOT_DESTINATIONS_DAILY_CRN (environment): names no"
                        + " setting; a destination variable is DIGESTBOT_DESTINATIONS_<NAME> followed by one of"
                        + " _TYPE, _CRON, _TIMEZONE, _MISFIRE, _FOLDERS, _TAGS, _MAX_ITEMS, _DIR, _CHANNELS, _HEADER, _FROM,"
                        + " _REPLY_TO, _LIST_ID, _UNSUBSCRIBE_MAILTO, _DAILY_CRON, _WEEKLY_CRON");
    }

    @Test
    void substitutesEnvironmentVariablesInsideValues() throws Exception {
        String yaml = "database:\n  url: \"jdbc:postgresql://${DB_HOST}:${DB_PORT:-5432}/bot\"\n"
                + "  user: \"$${literal}\"\n" + DAILY + "    tags: [\"${TAG}\", fixed]\n";

        DigestbotConfig config = files().load(yaml, Map.of("DB_HOST", "db.local", "TAG", "local"));

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db.local:5432/bot");
        assertThat(config.database().user()).isEqualTo("${literal}");
        assertThat(config.destinations().get("daily").tags()).containsExactly("local", "fixed");
    }

    @Test
    void environmentValuesAreNotSubstitutedAgain() throws Exception {
        String yaml = "database:\n  user: ${WHO}\n";

        assertThat(files().load(yaml, Map.of("WHO", "${HOME}")).database().user())
                .isEqualTo("${HOME}");
    }

    @Test
    void anUnsetVariableWithoutDefaultNamesFileAndField() {
        String yaml = "database:\n  user: ${DB_USER}\n" + DAILY + "    dir: \"${OUT:-out}/${SUB}\"\n";

        String f = files().name();
        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": database.user: environment variable DB_USER is not set;"
                                + " set it, or give a default as ${DB_USER:-value}",
                        f + ": destinations.daily.dir: environment variable SUB is not set;"
                                + " set it, or give a default as ${SUB:-value}");
    }

    @Test
    void passwordComesFromTheEnvironmentOnly() throws Exception {
        DatabaseConfig database = files().load("", Map.of("DIGESTBOT_DATABASE_PASSWORD", "hunter2"))
                .database();

        assertThat(database.password().reveal()).isEqualTo("hunter2");
        assertThat(database.toString()).doesNotContain("hunter2").contains("(secret)");
        assertThat(files().load("").database().password()).isEqualTo(Secret.NONE);
    }

    @Test
    void passwordInTheFileIsRejectedWithoutEchoingIt() {
        List<String> problems = files().problems("database:\n  password: hunter2\n  pasword: x\n");

        String f = files().name();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        f + ": database.password: secrets are not read from the file;"
                                + " set DIGESTBOT_DATABASE_PASSWORD in the environment",
                        f + ": database.pasword: unknown setting");
        assertThat(String.join("\n", problems)).doesNotContain("hunter2");
    }

    @Test
    void secretsStayOutOfTheWholeConfigsToString() throws Exception {
        DigestbotConfig config = files().load(DAILY, Map.of("DIGESTBOT_DATABASE_PASSWORD", "s3cr3t-value"));

        assertThat(config.toString()).doesNotContain("s3cr3t-value");
        assertThat(new Secret("s3cr3t-value")).hasToString("(secret)");
        assertThat(Secret.NONE).hasToString("(none)");
    }
}
