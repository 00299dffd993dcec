package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final ArticleReader READER = new ArticleReader();

    @TempDir
    Path dir;

    private static ArticleException readFailure(ArticleReader reader, Path file) {
        try {
            reader.read(file, file.getFileName().toString());
        } catch (ArticleException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.getFileName() + ": ");
            return e;
        }
        throw new AssertionError("expected an ArticleException for " + file);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(readFailure(READER, Fixtures.path("empty.txt")).reason()).isEqualTo("file is empty");
    }

    @Test
    void refusesAFileOfOnlyWhitespace() {
        assertThat(readFailure(READER, Fixtures.path("whitespace-only.txt")).reason())
                .isEqualTo("file has no text, only whitespace or symbols");
    }

    @Test
    void refusesABinaryFileWithNulBytes() throws Exception {
        byte[] image = new byte[4096];
        new Random(7).nextBytes(image);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        System.arraycopy(header, 0, image, 0, header.length);
        Path file = Files.write(dir.resolve("binary.txt"), image);

        assertThat(readFailure(READER, file).reason()).isEqualTo("binary file, not text (it contains NUL bytes)");
    }

    @Test
    void refusesAFileThatIsMostlyControlCharacters() throws Exception {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path file = Files.write(dir.resolve("controls.txt"), bytes);

        assertThat(readFailure(READER, file).reason()).startsWith("binary file, not text (33% of it is control");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("large.txt"), "Words and more words. ".repeat(100));

        assertThat(readFailure(new ArticleReader(1000), file).reason())
                .isEqualTo("file is 2.1 KiB, over the limit of 1000 bytes");
    }

    @Test
    void refusesAFileOverTheDefaultLimitOfTwoMebibytes() throws Exception {
        Path file = Files.write(dir.resolve("huge.txt"), new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + 1]);

        assertThat(readFailure(READER, file).reason()).isEqualTo("file is 2 MiB, over the limit of 2 MiB");
    }

    @Test
    void refusesBytesOverTheSizeLimit() {
        assertThatThrownBy(() -> new ArticleReader(10).parse("in-memory", new byte[11], "txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessage("in-memory: file is 11 bytes, over the limit of 10 bytes");
    }

    @Test
    void reportsAMissingFileAndADirectory() throws Exception {
        assertThat(readFailure(READER, dir.resolve("missing.txt")).reason()).isEqualTo("no such file");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        assertThat(readFailure(READER, folder).reason()).isEqualTo("is a directory, not a file");
    }

    @Test
    void readsAFileAndItsBytesTheSameWay() throws Exception {
        Path file = Fixtures.path("lede-then-repeated-headline.txt");
        Article fromFile = READER.read(file, "a.txt");
        Article fromBytes = READER.parse("a.txt", Files.readAllBytes(file), ".TXT");

        assertThat(fromBytes).isEqualTo(fromFile);
    }

    @Test
    void readsUnknownExtensionsAsPlainText() throws Exception {
        Article article =
                READER.parse("notes.text", "Short title\n\nBody text.".getBytes(StandardCharsets.UTF_8), "text");

        assertThat(article.title()).isEqualTo("Short title");
        assertThat(ArticleReader.supports(Path.of("notes.text"))).isFalse();
        assertThat(ArticleReader.supports(Path.of("a/B.HTM"))).isTrue();
        assertThat(ArticleReader.supports(Path.of("a/b.markdown"))).isTrue();
    }
}
