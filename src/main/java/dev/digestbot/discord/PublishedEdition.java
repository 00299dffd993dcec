package dev.digestbot.discord;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What publishing a destination now did.
 *
 * @param destination the destination's name
 * @param edition the number of the edition stored, or empty when nothing was new
 * @param sent deliveries sent, one per channel (or recipient) of the destination
 * @param retrying deliveries that failed and will be tried again later
 * @param failed deliveries given up for good
 */
public record PublishedEdition(String destination, OptionalInt edition, int sent, int retrying, int failed) {
    public PublishedEdition {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(edition, "edition");
    }
}
