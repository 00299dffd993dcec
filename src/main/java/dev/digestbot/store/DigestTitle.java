package dev.digestbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An article's title and where to find its digest, for choosing an article by name.
 *
 * @param versionId the digest's key, as {@link ArticleRepository#byVersionId} takes it
 * @param title the headline
 * @param ingestedAt when the digest was stored
 */
public record DigestTitle(long versionId, String title, Instant ingestedAt) {
    public DigestTitle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
