package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigErrorsTest {
    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void reportsEveryProblemAtOnceOneLineEachWithFileAndField() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        String yaml = """
                summary:
                  sentences: 0
                  quotes: lots
                  colour: blue
                sumary: {}
                extra: 1
                content:
                  inbox: %s
                templates:
                  dir: %s
                ingest:
                  rescan: soon
                delivery:
                  backoff: 2h
                  max-backoff: 1h
                  max-attempts: 0
                destinations:
                  daily:
                    type: slack
                    cron: "0 0 7 * * *"
                    timezone: Mars/Olympus
                    misfire: later
                    max-items: 500
                    crn: x
                  Weekly_News:
                    type: file
                  nightly:
                    cron: "0 0 1 * * ?"
                """.formatted(notAFolder, tmp.resolve("no-such-templates"));
        Map<String, String> env = Map.of("DIGESTBOT_SUMMARY_SENTENSES", "4");

        String f = files().name();
        assertThat(files().problems(yaml, env))
                .containsExactlyInAnyOrder(
                        f + ": DIGESTBOT_SUMMARY_SENTENSES (environment): names no setting;"
                                + " did you mean DIGESTBOT_SUMMARY_SENTENCES?",
                        f + ": sumary: unknown setting; did you mean summary?",
                        f + ": extra: unknown setting",
                        f + ": summary.colour: unknown setting",
                        f + ": destinations.daily.crn: unknown setting; did you mean cron?",
                        f + ": summary.sentences: 0 is out of range 1..20",
                        f + ": summary.quotes: expected a whole number, got 'lots'",
                        f + ": content.inbox: '" + notAFolder + "' is a file, not a folder",
                        f + ": templates.dir: folder '" + tmp.resolve("no-such-templates") + "' does not exist",
                        f + ": ingest.rescan: expected a duration above zero such as 500ms, 30s, 5m or 1h,"
                                + " got 'soon'",
                        f + ": delivery.max-attempts: 0 is out of range 1..1000",
                        f + ": delivery.backoff: 2h is longer than delivery.max-backoff (1h)",
                        f
                                + ": destinations.daily.type: unknown destination type 'slack'; known types: file, discord, email",
                        f + ": destinations.daily.timezone: unknown time zone 'Mars/Olympus';"
                                + " use a region such as Europe/London, or UTC",
                        f + ": destinations.daily.cron: '0 0 7 * * *' is not a cron expression (Support for"
                                + " specifying both a day-of-week AND a day-of-month parameter is not"
                                + " implemented); Quartz cron fields are second minute hour day-of-month month"
                                + " day-of-week [year], e.g. \"0 0 7 * * ?\" for 07:00 every day",
                        f + ": destinations.daily.misfire: expected one of fire-once, skip, got 'later'",
                        f + ": destinations.daily.max-items: 500 is out of range 1..100",
                        f + ": destinations.Weekly_News: a destination name is lowercase letters, digits and"
                                + " dashes, starting with a letter or digit",
                        f + ": destinations.nightly.type: missing; known types: file, discord, email");
    }

    @Test
    void aMissingCronSaysWhatOneLooksLike() {
        assertThat(files().problems("destinations:\n  daily:\n    type: file\n"))
                .singleElement()
                .asString()
                .endsWith("destinations.daily.cron: missing; Quartz cron fields are second minute hour"
                        + " day-of-month month day-of-week [year], e.g. \"0 0 7 * * ?\" for 07:00 every day");
    }

    @Test
    void aCronThatNeverFiresAgainIsAnError() {
        String yaml = "destinations:\n  old:\n    type: file\n    cron: \"0 0 7 * * ? 2020\"\n";

        assertThat(files().problems(yaml))
                .containsExactly(files().name() + ": destinations.old.cron: '0 0 7 * * ? 2020' never fires again");
    }

    @Test
    void malformedCronNamesTheReason() {
        String yaml = "destinations:\n  d:\n    type: file\n    cron: \"every morning\"\n";

        assertThat(files().problems(yaml))
                .singleElement()
                .asString()
                .contains("destinations.d.cron: 'every morning' is not a cron expression (");
    }

    @Test
    void sectionsAndDestinationsMustBeMappings() {
        String yaml = "summary: 3\ndestinations:\n  daily: file\n";

        String f = files().name();
        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": summary: expected a mapping of settings",
                        f + ": destinations.daily: expected a mapping of settings");
    }

    @Test
    void nestedValuesWhereOneIsExpectedAreErrors() {
        String yaml = "summary:\n  sentences: {a: 1}\ndestinations:\n  d:\n    type: file\n    cron: \"0 0 7 * * ?\"\n"
                + "    tags: {a: b}\n    folders: [[x]]\n";

        String f = files().name();
        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": summary.sentences: expected a single value, not a mapping",
                        f + ": destinations.d.tags: expected a list, not a mapping",
                        f + ": destinations.d.folders: expected a list of words; an entry is empty or nested");
    }

    @Test
    void foldersMustStayInsideTheInbox() {
        String yaml = "destinations:\n  d:\n    type: file\n    cron: \"0 0 7 * * ?\"\n"
                + "    folders: [local, ../elsewhere, /abs]\n";

        String f = files().name();
        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": destinations.d.folders: '../elsewhere' is not a subfolder of the inbox;"
                                + " write it relative to the inbox",
                        f + ": destinations.d.folders: '/abs' is not a subfolder of the inbox;"
                                + " write it relative to the inbox");
    }

    @Test
    void quarantineInsideTheInboxIsAnError() {
        assertThat(files().problems("content:\n  inbox: c/in\n  failed: c/in/failed\n"))
                .containsExactly(files().name() + ": content.failed: must not be inside content.inbox (c/in)");
    }

    @Test
    void zeroAndUnitlessDurationsAreErrors() {
        String f = files().name();
        assertThat(files().problems("ingest:\n  stable: 0ms\n  rescan: 30\n"))
                .containsExactlyInAnyOrder(
                        f + ": ingest.stable: expected a duration above zero such as 500ms, 30s, 5m or 1h, got '0ms'",
                        f + ": ingest.rescan: expected a duration above zero such as 500ms, 30s, 5m or 1h, got '30'");
    }

    @Test
    void databaseUrlMustBeJdbcAndHoldNoPassword() {
        String f = files().name();
        assertThat(files().problems("database:\n  url: h2:mem\n"))
                .containsExactly(f + ": database.url: expected a JDBC URL starting with jdbc:");
        assertThat(files().problems("database:\n  url: \"jdbc:postgresql://db/bot?password=hunter2\"\n"))
                .containsExactly(f + ": database.url: holds a password;"
                        + " set DIGESTBOT_DATABASE_PASSWORD in the environment instead");
    }

    @Test
    void existingTemplatesFolderAndMissingDefaultsAreFine() throws Exception {
        Path templates = Files.createDirectory(tmp.resolve("t"));

        assertThat(files().load("templates:\n  dir: " + templates + "\ncontent:\n  inbox: " + tmp.resolve("new"))
                        .templatesDir())
                .isEqualTo(templates);
    }
}
