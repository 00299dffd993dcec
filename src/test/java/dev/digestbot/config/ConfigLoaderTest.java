package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private Path file(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("digestbot.yml"), yaml);
    }

    @Test
    void absentOptionalFileGivesDefaults() throws ConfigException {
        DigestbotConfig config = new ConfigLoader(Map.of()).load(tmp.resolve("none.yml"), false);

        assertThat(config).isEqualTo(DigestbotConfig.DEFAULTS);
    }

    @Test
    void absentRequiredFileIsAnError() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(tmp.resolve("none.yml"), true))
                .hasMessageContaining("none.yml")
                .hasMessageContaining("no such config file");
    }

    @Test
    void readsValuesAndKeepsDefaultsForTheRest() throws Exception {
        DigestbotConfig config = new ConfigLoader(Map.of()).load(file("summary:\n  sentences: 5\n"), true);

        assertThat(config.summary()).isEqualTo(new SummaryConfig(5, 2, 3));
    }

    @Test
    void environmentOverridesAnyKey() throws Exception {
        Map<String, String> env = Map.of("DIGESTBOT_SUMMARY_QUOTES", "0", "UNRELATED", "x");

        DigestbotConfig config = new ConfigLoader(env).load(file("summary:\n  quotes: 4\n"), true);

        assertThat(config.summary().quotes()).isZero();
    }

    @Test
    void reportsEveryProblemAtOnceWithFileAndField() throws IOException {
        Path file = file("summary:\n  sentences: 0\n  quotes: lots\n  colour: blue\nextra: 1\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, true))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        file + ": summary.colour: unknown setting",
                                        file + ": extra: unknown setting",
                                        file + ": summary.sentences: 0 is out of range 1..20",
                                        file + ": summary.quotes: expected a whole number, got 'lots'"));
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Path file = file("summary:\n  sentences: 3\n quotes: [\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file, true))
                .hasMessageContaining("digestbot.yml (line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void environmentNamesFollowTheDotsAndDashesRule() {
        assertThat(ConfigLoader.envName("smtp.host")).isEqualTo("DIGESTBOT_SMTP_HOST");
        assertThat(ConfigLoader.envName("discord.rest-url")).isEqualTo("DIGESTBOT_DISCORD_REST_URL");
    }

    @Test
    void shippedConfigIsValid() throws ConfigException {
        DigestbotConfig config = new ConfigLoader(Map.of()).load(Path.of("config", "digestbot.yml"), true);

        assertThat(config.summary()).isEqualTo(SummaryConfig.DEFAULTS);
    }
}
