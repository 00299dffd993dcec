package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DestinationsTest {
    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void readsEveryDestinationKey() throws Exception {
        String yaml = """
                destinations:
                  morning-news:
                    type: file
                    cron: "0 0 8 ? * MON-FRI"
                    timezone: Europe/London
                    misfire: skip
                    folders: [local, sport/football]
                    tags: politics
                    max-items: 25
                    dir: out/morning
                """;

        DestinationConfig d = files().load(yaml).destinations().get("morning-news");

        assertThat(d)
                .isEqualTo(new DestinationConfig(
                        "morning-news",
                        "0 0 8 ? * MON-FRI",
                        ZoneId.of("Europe/London"),
                        Misfire.SKIP,
                        List.of("local", "sport/football"),
                        List.of("politics"),
                        25,
                        new FileTarget(Path.of("out/morning"))));
        assertThat(d.type()).isEqualTo("file");
    }

    @Test
    void defaultsFollowTheClockZoneAndTheDataFolder() throws Exception {
        String yaml = "data:\n  dir: var\ndestinations:\n  d1:\n    type: file\n    cron: \"0 0 7 * * ?\"\n";

        DestinationConfig d = files().load(yaml).destinations().get("d1");

        assertThat(d.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(d.misfire()).isEqualTo(Misfire.FIRE_ONCE);
        assertThat(d.folders()).isEmpty();
        assertThat(d.tags()).isEmpty();
        assertThat(d.maxItems()).isEqualTo(10);
        assertThat(d.target()).isEqualTo(new FileTarget(Path.of("var", "editions", "d1")));
    }

    @Test
    void twoFileDestinationsMayNotShareAFolder() {
        String yaml = """
                destinations:
                  morning:
                    type: file
                    cron: "0 0 7 * * ?"
                    dir: out/editions
                  evening:
                    type: file
                    cron: "0 0 19 * * ?"
                    dir: out/./editions
                """;

        assertThat(files().problems(yaml))
                .singleElement()
                .asString()
                .endsWith("destinations.evening.dir: the same folder as destination 'morning';"
                        + " each file destination needs its own");
    }

    @Test
    void keepsTheFilesOrder() throws Exception {
        String one = "    type: file\n    cron: \"0 0 7 * * ?\"\n";
        String yaml = "destinations:\n  zulu:\n" + one + "  alpha:\n" + one + "  mike:\n" + one;

        assertThat(files().load(yaml).destinations().keySet()).containsExactly("zulu", "alpha", "mike");
    }

    @Test
    void anEmptySectionMeansNoDestinations() throws Exception {
        assertThat(files().load("destinations:\n").destinations()).isEmpty();
        assertThat(files().load("destinations: {}\n").destinations()).isEmpty();
    }
}
