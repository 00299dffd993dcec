package dev.digestbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How {@code /digest now} words what happened to one destination. */
class NowCommandTest {
    @Test
    void aDestinationNameCanNeitherPingNorFormat() {
        String line = NowCommand.describe(new PublishedEdition("@everyone_news", OptionalInt.of(3), 2, 1, 0));

        assertThat(line).isEqualTo("edition 3 of \\@everyone\\_news: 2 channel(s) sent, 1 to retry");
    }

    @Test
    void nothingNewStillCountsEarlierDeliveriesThatWentOut() {
        String line = NowCommand.describe(new PublishedEdition("weekly", OptionalInt.empty(), 1, 0, 2));

        assertThat(line).isEqualTo("nothing new for weekly, 1 earlier delivery(ies) sent, 2 failed");
    }
}
