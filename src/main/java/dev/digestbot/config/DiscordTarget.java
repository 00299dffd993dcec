package dev.digestbot.config;

import java.util.List;

/**
 * A {@code discord} destination: each edition is posted to channels.
 *
 * @param channels the channel ids (17 to 20 digits), at least one, no repeats, in the file's order
 * @param header whether an edition opens with a header line (number, date, article count)
 */
public record DiscordTarget(List<String> channels, boolean header) implements DestinationTarget {
    public DiscordTarget {
        channels = List.copyOf(channels);
    }

    @Override
    public String type() {
        return "discord";
    }
}
