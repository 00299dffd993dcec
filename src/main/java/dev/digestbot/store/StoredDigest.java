package dev.digestbot.store;

import dev.digestbot.summarize.ArticleDigest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored article digest: a version of an article as it stood when its file was read.
 *
 * @param versionId the article version's key; editions refer to it
 * @param path the article's path relative to the inbox, with {@code /} separators
 * @param version 1 for the first content seen at {@code path}, then 2, 3… for each edit
 * @param folder the subfolder of the inbox the file sits in, {@code ""} at the top
 * @param tags front matter tags, for destination filters
 * @param digest the digest itself
 * @param ingestedAt when the digest was stored
 * @param url the article's address as its file gave it, or null
 */
public record StoredDigest(
        long versionId,
        String path,
        int version,
        String folder,
        List<String> tags,
        ArticleDigest digest,
        Instant ingestedAt,
        String url) {
    public StoredDigest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(folder, "folder");
        tags = List.copyOf(tags);
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
