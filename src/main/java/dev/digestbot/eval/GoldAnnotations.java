package dev.digestbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads annotation files: JSON Lines, one {@link GoldArticle} per line, fields in snake case. */
public final class GoldAnnotations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldAnnotations() {}

    public static List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (!line.isBlank()) {
                try {
                    articles.add(article(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return articles;
    }

    static GoldArticle article(JsonNode node) {
        List<GoldQuote> quotes = new ArrayList<>();
        node.path("quotes")
                .forEach(q -> quotes.add(new GoldQuote(
                        required(q, "text"), optional(q, "speaker"), strings(q.path("speaker_aliases")))));
        List<GoldFigure> figures = new ArrayList<>();
        for (JsonNode f : node.path("figures")) {
            String number = required(f, "number");
            FigureValues.gold(number); // fails here, with the line number, rather than while scoring
            figures.add(new GoldFigure(required(f, "value"), number, optional(f, "label")));
        }
        List<Integer> keyFigures = new ArrayList<>();
        node.path("key_figures").forEach(k -> keyFigures.add(k.asInt()));
        return new GoldArticle(
                optional(node, "id"), required(node, "file"), required(node, "title"), quotes, figures, keyFigures);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }
}
