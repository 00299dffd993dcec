package dev.digestbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link StoredDigest}s from query rows that select {@link #COLUMNS} from
 * {@code article_version v JOIN article a}.
 */
final class StoredDigestRows {
    static final String COLUMNS = "v.id, a.path, v.version, v.folder, v.tags, v.digest_json, v.ingested_at, v.url";

    private StoredDigestRows() {}

    /** The front matter tags of the current row, read without parsing its digest. */
    static List<String> tags(ResultSet row) throws SQLException {
        return DigestJson.readTags(row.getString("tags"));
    }

    static StoredDigest read(ResultSet row) throws SQLException {
        return new StoredDigest(
                row.getLong("id"),
                row.getString("path"),
                row.getInt("version"),
                row.getString("folder"),
                tags(row),
                DigestJson.read(row.getString("digest_json")),
                SqlTime.get(row, "ingested_at"),
                row.getString("url"));
    }

    /** Every digest {@code query} returns, in its order. */
    static List<StoredDigest> readAll(PreparedStatement query) throws SQLException {
        List<StoredDigest> digests = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                digests.add(read(rows));
            }
        }
        return digests;
    }
}
