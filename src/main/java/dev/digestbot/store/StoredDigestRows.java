package dev.digestbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.summarize.ArticleDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@link StoredDigest}s from query rows that select {@link #COLUMNS} from
 * {@code article_version v JOIN article a}.
 */
final class StoredDigestRows {
    static final String COLUMNS = "v.id, a.path, v.version, v.folder, v.tags, v.digest_json, v.ingested_at";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private StoredDigestRows() {}

    /** The front matter tags of the current row, read without parsing its digest. */
    static List<String> tags(ResultSet row) throws SQLException {
        return parseTags(row.getString("tags"));
    }

    static StoredDigest read(ResultSet row) throws SQLException {
        long versionId = row.getLong("id");
        try {
            ArticleDigest digest = JSON.readValue(row.getString("digest_json"), ArticleDigest.class);
            return new StoredDigest(
                    versionId,
                    row.getString("path"),
                    row.getInt("version"),
                    row.getString("folder"),
                    tags(row),
                    digest,
                    SqlTime.get(row, "ingested_at"));
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable digest of article version " + versionId + ": " + e.getMessage(), e);
        }
    }

    /** Reads the {@code tags} column: a JSON array of strings, or a comma-separated list. */
    static List<String> parseTags(String column) {
        String text = column == null ? "" : column.strip();
        if (text.startsWith("[")) {
            try {
                return JSON.readValue(text, STRINGS);
            } catch (JsonProcessingException e) {
                throw new StoreException("unreadable tags " + text + ": " + e.getMessage(), e);
            }
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }
}
