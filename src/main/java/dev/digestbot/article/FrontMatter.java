package dev.digestbot.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The YAML front matter of a Markdown article: a block between {@code ---} lines at the very top
 * with {@code title}, {@code date}, {@code source}, {@code url} and {@code tags}. Other keys are
 * allowed and ignored, so files written for static site generators read as they are.
 *
 * @param title the title, or null
 * @param metadata the other known fields
 * @param body the Markdown after the front matter
 */
record FrontMatter(String title, ArticleMetadata metadata, String body) {
    /** The YAML starts on the second line of the file, after the opening fence. */
    private static final int FIRST_YAML_LINE = 2;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Splits off and reads the front matter; text without one is all body. */
    static FrontMatter parse(String text, String source) throws ArticleException {
        if (!isFence(text, 0)) {
            return new FrontMatter(null, ArticleMetadata.NONE, text);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        while (lineStart > 0 && lineStart < text.length()) {
            if (isFence(text, lineStart) || (text.startsWith("...", lineStart) && isEndOfLine(text, lineStart + 3))) {
                int bodyStart = text.indexOf('\n', lineStart) + 1;
                String body = bodyStart == 0 ? "" : text.substring(bodyStart);
                return read(text.substring(yamlStart, lineStart), body, source);
            }
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        throw new ArticleException(source, "front matter opened on line 1 is not closed by a '---' line");
    }

    private static FrontMatter read(String yaml, String body, String source) throws ArticleException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ArticleException(source, YamlErrorMessage.describe(e, FIRST_YAML_LINE));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new FrontMatter(null, ArticleMetadata.NONE, body);
        }
        if (!root.isObject()) {
            throw new ArticleException(source, "front matter must be 'key: value' lines, not a single value or list");
        }
        FrontMatterFields fields = new FrontMatterFields(root, source);
        ArticleMetadata metadata = new ArticleMetadata(
                fields.text("date"), fields.text("source"), fields.text("url"), fields.list("tags"));
        return new FrontMatter(fields.text("title"), metadata, body);
    }

    private static boolean isFence(String text, int lineStart) {
        return text.startsWith("---", lineStart) && isEndOfLine(text, lineStart + 3);
    }

    private static boolean isEndOfLine(String text, int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n';
    }
}
