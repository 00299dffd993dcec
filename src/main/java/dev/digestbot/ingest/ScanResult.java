package dev.digestbot.ingest;

/**
 * What one pass over the inbox did with the article files it found.
 *
 * @param stored files stored as a new article or a new version of one
 * @param duplicates files whose content is already stored under another path
 * @param failed files moved to the failed folder
 * @param waiting files not yet stable; a later pass or the running ingester takes them
 * @param unchanged files read before and not changed since, skipped without reading
 */
public record ScanResult(int stored, int duplicates, int failed, int waiting, int unchanged) {}
