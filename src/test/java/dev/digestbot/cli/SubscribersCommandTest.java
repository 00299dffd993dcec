package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.store.Database;
import dev.digestbot.store.SubscriberRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digestbot subscribers ...}, run in-process against a database of its own. */
class SubscribersCommandTest {
    @TempDir
    Path home;

    private Path config;

    /** A newsletter with no SMTP server: confirmation mails are kept as files. */
    private static final String NEWSLETTER = """
            web:
              base-url: https://news.example.org/
            destinations:
              letter:
                type: email
                cron: "0 0 7 * * ?"
                from: "Harbour Digest <news@harbour.example>"
            """;

    @BeforeEach
    void writeConfig() throws IOException {
        config = HomeConfig.write(home, NEWSLETTER);
    }

    @Test
    void anAddressAddedWithoutConsentIsPendingAndIsMailedAConfirmationLinkThatIsNeverPrinted() throws IOException {
        CommandRun add = subscribers("add", "Ada@Example.ORG");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("added Ada@example.org (pending confirmation); confirmation mail sent\n");
        String mail = Files.readString(onlyConfirmationMail());
        assertThat(mail)
                .contains("To: Ada@example.org", "Subject: Confirm your subscription to Harbour Digest")
                .containsPattern("https://news\\.example\\.org/confirm/[A-Za-z0-9_-]{32}");
        assertThat(add.out() + add.err()).doesNotContain("/confirm/");
        assertThat(subscribers("list", "--status", "active").out()).isEqualTo("0 subscribers\n");
        assertThat(subscribers("list", "--status", "PENDING").out())
                .startsWith("Ada@example.org ")
                .contains(" pending ", " every ")
                .endsWith("1 subscriber\n");
    }

    @Test
    void aConfirmedAddressIsActiveAtOnceAndAddingItAgainChangesNothing() throws Exception {
        assertThat(subscribers("add", "ada@example.org", "--confirmed", "--cadence", "weekly")
                        .out())
                .isEqualTo("added ada@example.org (active)\n");
        assertThat(subscribers("add", "ADA@example.org").out()).isEqualTo("ada@example.org is already active\n");

        JsonNode list =
                new ObjectMapper().readTree(subscribers("list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("email").asText()).isEqualTo("ada@example.org");
        assertThat(list.get(0).get("status").asText()).isEqualTo("active");
        assertThat(list.get(0).get("cadence").asText()).isEqualTo("weekly");
        assertThat(list.get(0).get("confirmedAt").asText()).endsWith("Z");
        assertThat(list.get(0).get("unsubscribedAt").isNull()).isTrue();
    }

    @Test
    void addingConfirmedDoesNotBringBackAnAddressThatUnsubscribed() {
        withRepository(s -> {
            s.add("ada@example.org", true);
            long id = s.find("ada@example.org").orElseThrow().id();
            s.unsubscribe(s.unsubscribeToken(id));
        });

        CommandRun add = subscribers("add", "ada@example.org", "--confirmed");

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("ada@example.org is unsubscribed since ", "without --confirmed");
        assertThat(subscribers("add", "ada@example.org").out())
                .isEqualTo("ada@example.org is pending confirmation again; confirmation mail sent\n");
    }

    @Test
    void badAddressesAndOptionsAreUsageErrors() {
        CommandRun address = subscribers("add", "ada at example.org");
        assertThat(address.exitCode()).isEqualTo(2);
        assertThat(address.err()).isEqualTo("digestbot: 'ada at example.org' is not an email address: it has no @\n");

        CommandRun cadence = subscribers("add", "ada@example.org", "--cadence", "hourly");
        assertThat(cadence.exitCode()).isEqualTo(2);
        assertThat(cadence.err()).contains("unknown cadence 'hourly' (one of: every, daily, weekly)");

        CommandRun status = subscribers("list", "--status", "gone");
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("unknown subscriber status 'gone'");
        assertThat(subscribers().exitCode()).isEqualTo(2);
    }

    @Test
    void unsubscribeStopsMailOnARequestByMailOrAComplaint() {
        subscribers("add", "ada@example.org", "--confirmed");
        subscribers("add", "bob@example.org", "--confirmed");

        assertThat(subscribers("unsubscribe", "ADA@example.org").out())
                .isEqualTo("ada@example.org is unsubscribed: it gets no more mail\n");
        assertThat(subscribers("unsubscribe", "bob@example.org", "--complaint").out())
                .isEqualTo("bob@example.org is complained: it gets no more mail\n");
        assertThat(subscribers("import", writeCsv("email\nada@example.org\nbob@example.org\n"), "--confirmed")
                        .out())
                .as("a consented list does not bring them back")
                .endsWith(": 2 not made active: unsubscribed, bounced or complained\n");
        assertThat(subscribers("list", "--status", "active").out()).isEqualTo("0 subscribers\n");
        CommandRun invited = subscribers("add", "bob@example.org");
        assertThat(invited.exitCode()).isEqualTo(1);
        assertThat(invited.err()).contains("bob@example.org reported the newsletter as spam; it is neither added");
        CommandRun unknown = subscribers("unsubscribe", "cy@example.org");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("cy@example.org is not a subscriber");
    }

    private String writeCsv(String text) {
        try {
            return Files.writeString(home.resolve("list.csv"), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cadenceChangesHowOftenAnAddressGetsTheNewsletter() throws IOException {
        subscribers("add", "ada@example.org", "--confirmed");

        assertThat(subscribers("cadence", "ADA@example.org", "weekly").out())
                .isEqualTo("ada@example.org now gets weekly mail\n");
        assertThat(json(subscribers("list", "--json")).get(0).get("cadence").asText())
                .isEqualTo("weekly");
        assertThat(subscribers("cadence", "ada@example.org", "hourly").exitCode())
                .isEqualTo(2);
        CommandRun unknown = subscribers("cadence", "bo@example.org", "daily");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("bo@example.org is not a subscriber");
    }

    @Test
    void removeDeletesTheAddressInAnyCase() {
        subscribers("add", "ada@example.org", "--confirmed");

        assertThat(subscribers("remove", "ADA@example.org").out()).isEqualTo("removed ADA@example.org\n");
        assertThat(subscribers("remove", "ada@example.org").out()).isEqualTo("ada@example.org was not a subscriber\n");
        assertThat(subscribers("list").out()).isEqualTo("0 subscribers\n");
    }

    @Test
    void importAddsTheGoodRowsAndReportsTheBadOnesByLine() throws IOException {
        Path csv = Files.writeString(home.resolve("list.csv"), """
                \uFEFFName,Email,Cadence
                Ada,ada@example.org,weekly
                Bob,bob@example,daily

                "Lovelace, Ada",ADA@example.org,
                Cy,cy@example.org,hourly
                Di,"di@example.org",DAILY
                Ed,"ed@example.org
                """);

        CommandRun run = subscribers("import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(csv + ": 2 added, pending confirmation, 1 already there, 3 skipped;"
                        + " 3 confirmation mail(s) sent\n");
        assertThat(run.err())
                .contains(csv + ":3: 'bob@example' is not an email address: the domain 'example' has no dot; skipped")
                .contains(csv + ":6: unknown cadence 'hourly'")
                .contains(csv + ":8: a quote is left open")
                .contains("3 row(s) of " + csv + " were skipped");
        JsonNode list = json(subscribers("list", "--json"));
        assertThat(list).extracting(n -> n.get("email").asText()).containsExactly("ada@example.org", "di@example.org");
        assertThat(list).extracting(n -> n.get("cadence").asText()).containsExactly("weekly", "daily");
        assertThat(list).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("pending"));
    }

    @Test
    void anImportWithConfirmedMakesItsAddressesActive() throws IOException {
        subscribers("add", "ada@example.org");
        Path csv = Files.writeString(home.resolve("consented.csv"), "email\nada@example.org\nbob@example.org\n");

        CommandRun run = subscribers("import", csv.toString(), "--confirmed");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(csv + ": 1 added (active), 1 confirmed (active)\n");
        assertThat(subscribers("list", "--status", "active").out()).endsWith("2 subscribers\n");
        assertThat(CommandRun.of("status", "--config", config.toString()).out())
                .contains("subscribers 2 active, 0 pending, 0 unsubscribed, 0 bounced, 0 complained\n");
    }

    @Test
    void aFileThatCannotBeImportedIsAUsageError() throws IOException {
        Path noEmail = Files.writeString(home.resolve("names.csv"), "name,address\nAda,ada@example.org\n");

        CommandRun run = subscribers("import", noEmail.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(noEmail + ":1: the header has no 'email' column (it has: name, address)");

        CommandRun missing = subscribers("import", home.resolve("absent.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.csv: no such file");
        assertThat(subscribers("list").out()).isEqualTo("0 subscribers\n");
    }

    @Test
    void exportWritesCsvThatImportsBackUnchanged() throws IOException {
        subscribers("add", "ada@example.org", "--confirmed", "--cadence", "daily");
        subscribers("add", "bob@example.org");

        CommandRun export = subscribers("export");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out().lines()).first().isEqualTo("email,status,cadence,created_at,confirmed_at");
        assertThat(export.out().lines().skip(1))
                .satisfiesExactly(
                        ada -> assertThat(ada).matches("ada@example\\.org,active,daily,[0-9TZ:.-]+,[0-9TZ:.-]+"),
                        bob -> assertThat(bob).matches("bob@example\\.org,pending,every,[0-9TZ:.-]+,"));
        assertThat(subscribers("export", "--status", "pending").out().lines()).hasSize(2);

        Path csv = Files.writeString(home.resolve("export.csv"), export.out());
        // the pending address is asked again to confirm
        assertThat(subscribers("import", csv.toString()).out())
                .isEqualTo(csv + ": 2 already there; 1 confirmation mail(s) sent\n");
    }

    @Test
    void withoutANewsletterAPendingAddressIsStoredAndNoMailIsMade() throws IOException {
        config = HomeConfig.write(home, "");

        CommandRun add = subscribers("add", "ada@example.org");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out())
                .isEqualTo("added ada@example.org (pending confirmation);"
                        + " no confirmation mail: no email destination is configured\n");
        assertThat(home.resolve("data/outbox")).doesNotExist();
    }

    private Path onlyConfirmationMail() throws IOException {
        try (var files = Files.list(home.resolve("data/outbox/confirmations"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private CommandRun subscribers(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "subscribers";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--config";
        all[args.length + 2] = config.toString();
        return CommandRun.of(all);
    }

    private void withRepository(Consumer<SubscriberRepository> work) {
        try (Database db = Database.open(DatabaseConfig.defaultUrl(home.resolve("data")), "sa", "")) {
            work.accept(new SubscriberRepository(db, Clock.systemUTC()));
        }
    }

    private static JsonNode json(CommandRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
