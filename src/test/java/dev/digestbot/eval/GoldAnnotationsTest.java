package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void readsOneAnnotatedArticlePerLine() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, """
                {"id": "a-1", "file": "a-1.txt", "title": "Bridge reopens", "quotes": [{"text": "It took longer than any of us wanted", "speaker": "Ana Ruiz", "speaker_aliases": ["Ms Ruiz"]}, {"text": "We heard nothing at all from anyone", "speaker": null, "speaker_aliases": []}], "not_quotes": ["fit for purpose"], "figures": [{"value": "18 months", "number": "18", "label": "closure of the bridge"}], "key_figures": [0], "key_quote": 0}

                {"id": "b-2", "file": "b-2.txt", "title": "Quiet day", "quotes": [], "figures": [], "key_figures": []}
                """);
        List<GoldArticle> articles = GoldAnnotations.read(file);
        assertThat(articles).hasSize(2);
        GoldArticle first = articles.get(0);
        assertThat(first.file()).isEqualTo("a-1.txt");
        assertThat(first.quotes())
                .containsExactly(
                        new GoldQuote("It took longer than any of us wanted", "Ana Ruiz", List.of("Ms Ruiz")),
                        new GoldQuote("We heard nothing at all from anyone", null, List.of()));
        assertThat(first.figures()).containsExactly(new GoldFigure("18 months", "18", "closure of the bridge"));
        assertThat(first.keyFigures()).containsExactly(0);
        assertThat(articles.get(1).title()).isEqualTo("Quiet day");
    }

    @Test
    void namesTheLineOfABrokenAnnotation() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"file\": \"a.txt\", \"title\": \"A\"}\n{\"title\": \"no file\"}\n");
        assertThatThrownBy(() -> GoldAnnotations.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("file");
    }

    @Test
    void refusesAFigureWhoseNumberIsNotANumber() throws IOException {
        Path file = dir.resolve("bad-number.jsonl");
        Files.writeString(
                file,
                "{\"file\": \"a.txt\", \"title\": \"A\", \"figures\": [{\"value\": \"ten\", \"number\": \"ten\"}]}\n");
        assertThatThrownBy(() -> GoldAnnotations.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 1");
    }
}
