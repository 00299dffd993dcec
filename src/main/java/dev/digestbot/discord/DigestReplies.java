package dev.digestbot.discord;

import dev.digestbot.deliver.discord.DigestEmbeds;
import dev.digestbot.store.StoredDigest;
import java.util.List;

/**
 * Stored digests as a command's answer: one embed each, laid out as a channel gets them in an
 * edition (escaped, within Discord's limits), split over as many messages as needed.
 */
final class DigestReplies {
    private final DigestEmbeds embeds;

    DigestReplies(DigestEmbeds embeds) {
        this.embeds = embeds;
    }

    /** {@code digests} in the given order; at least one. */
    Reply of(List<StoredDigest> digests) {
        return Reply.embeds(digests.stream().map(embeds::of).toList());
    }
}
