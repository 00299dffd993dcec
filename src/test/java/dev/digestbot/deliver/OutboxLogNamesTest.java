package dev.digestbot.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the outbox names a delivery in its log lines: subscriber addresses never appear. */
class OutboxLogNamesTest {
    @Test
    void aChannelIsNamedByItsIdAFolderByNothingAndAReaderByTheRowNotTheAddress() {
        assertThat(OutboxWorker.describe(row(7, "news", "1400000000000000001")))
                .isEqualTo("Edition 3 of news to 1400000000000000001");
        assertThat(OutboxWorker.describe(row(8, "daily", ""))).isEqualTo("Edition 3 of daily");
        assertThat(OutboxWorker.describe(row(9, "letter", "mara.quill@example.org")))
                .isEqualTo("Edition 3 of letter to the reader of outbox row 9")
                .doesNotContain("example.org");
    }

    @Test
    void aReadersAddressQuotedInAnErrorIsLeftOutOfTheLog() {
        assertThat(OutboxWorker.loggable(
                        row(9, "letter", "mara.quill@example.org"),
                        "the server refused the recipient: 550 5.1.1 <mara.quill@example.org> unknown"))
                .isEqualTo("the server refused the recipient: 550 5.1.1 <<reader>> unknown");
        assertThat(OutboxWorker.loggable(row(7, "news", "1400000000000000001"), "403 Missing Access"))
                .isEqualTo("403 Missing Access");
    }

    private static Delivery row(long id, String destination, String recipient) {
        return new Delivery(
                id, 1, 3, destination, recipient, DeliveryState.PENDING, 0, 0, Instant.EPOCH, null, null, null);
    }
}
