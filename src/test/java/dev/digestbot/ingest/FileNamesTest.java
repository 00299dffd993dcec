package dev.digestbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    @ParameterizedTest
    @CsvSource({
        "news/story.txt, ARTICLE",
        "story.MD, ARTICLE",
        "story.markdown, ARTICLE",
        "page.html, ARTICLE",
        "page.HTM, ARTICLE",
        "story.txt.part, TEMPORARY",
        "story.TMP, TEMPORARY",
        "story.txt.crdownload, TEMPORARY",
        "story.txt~, TEMPORARY",
        ".story.txt, TEMPORARY",
        "photo.jpg, OTHER",
        "README, OTHER"
    })
    void tellsArticlesFromTemporaryAndOtherFiles(String name, FileNames.Kind kind) {
        assertThat(FileNames.of(Path.of(name))).isEqualTo(kind);
    }
}
