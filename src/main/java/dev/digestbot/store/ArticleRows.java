package dev.digestbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the column values of the article tables. */
final class ArticleRows {
    private ArticleRows() {}

    /** The digests a query over {@code ArticleRepository}'s digest columns returns, in order. */
    static List<StoredDigest> digests(PreparedStatement s) throws SQLException {
        List<StoredDigest> digests = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                digests.add(new StoredDigest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        DigestJson.readTags(rs.getString(5)),
                        DigestJson.read(rs.getString(6)),
                        instant(rs, 7)));
            }
        }
        return digests;
    }

    static long generatedKey(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
