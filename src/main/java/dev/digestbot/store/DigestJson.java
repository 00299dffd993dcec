package dev.digestbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.summarize.ArticleDigest;
import java.util.ArrayList;
import java.util.List;

/** The JSON forms of a digest and of a tag list as the article_version table keeps them. */
final class DigestJson {
    /** Size of the tags column; tags past it are dropped rather than failing the article. */
    static final int MAX_TAGS_CHARS = 2048;

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<String>> TAG_LIST = new TypeReference<>() {};

    private DigestJson() {}

    static String write(ArticleDigest digest) {
        return toJson(digest);
    }

    static ArticleDigest read(String json) {
        try {
            return MAPPER.readValue(json, ArticleDigest.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored digest is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The first tags whose JSON array fits the column. */
    static List<String> fitTags(List<String> tags) {
        List<String> kept = new ArrayList<>(tags);
        while (writeTags(kept).length() > MAX_TAGS_CHARS) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    static String writeTags(List<String> tags) {
        return toJson(tags);
    }

    static List<String> readTags(String json) {
        try {
            return MAPPER.readValue(json, TAG_LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored tags are not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
