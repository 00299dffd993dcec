package dev.digestbot.edition;

import java.util.List;
import java.util.Objects;

/**
 * What goes into a destination's editions.
 *
 * @param destination the destination's name
 * @param folders inbox subfolders whose articles (including those in folders below them) the
 *     destination takes, with {@code /} separators; empty for all
 * @param tags front matter tags, compared ignoring case; an article passes if it has any of them;
 *     empty for all
 * @param maxItems how many digests an edition lists in full; the rest are folded into "and k more"
 */
public record EditionPolicy(String destination, List<String> folders, List<String> tags, int maxItems) {
    public EditionPolicy {
        Objects.requireNonNull(destination, "destination");
        folders = folders.stream().map(EditionPolicy::trimSlashes).toList();
        tags = List.copyOf(tags);
        if (folders.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("destination " + destination + ": a folder filter is empty");
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("destination " + destination + ": maxItems must be at least 1");
        }
    }

    private static String trimSlashes(String folder) {
        return folder.strip().replaceAll("^/+|/+$", "");
    }
}
