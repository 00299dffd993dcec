package dev.digestbot.discord;

import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.FailedFile;
import java.util.List;
import java.util.Map;

/**
 * The state {@code /digest status} shows to an admin.
 *
 * @param queue how many outbox rows are in each state
 * @param destinations each configured destination and its last edition, in configuration order
 * @param deliveryFailures recent deliveries given up for good, newest first, each with its last error
 * @param failedFiles recent files ingest could not read, newest first
 */
public record BotStatus(
        Map<DeliveryState, Long> queue,
        List<DestinationStatus> destinations,
        List<Delivery> deliveryFailures,
        List<FailedFile> failedFiles) {
    public BotStatus {
        queue = Map.copyOf(queue);
        destinations = List.copyOf(destinations);
        deliveryFailures = List.copyOf(deliveryFailures);
        failedFiles = List.copyOf(failedFiles);
    }
}
