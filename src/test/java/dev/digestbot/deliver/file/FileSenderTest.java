package dev.digestbot.deliver.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.ArticleDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSenderTest {
    private static final Edition EDITION = new Edition(
            9,
            "daily",
            3,
            Instant.parse("2025-05-01T23:30:00Z"),
            List.of(new StoredDigest(
                    1,
                    "a.txt",
                    1,
                    "",
                    List.of(),
                    new ArticleDigest("a.txt", "A", List.of("One."), List.of(), List.of()),
                    Instant.parse("2025-05-01T20:00:00Z"),
                    null)),
            List.of());
    private static final RenderedEdition RENDERED =
            new RenderedEdition("Digest #3", "# Digest #3\n", "<h1>Digest #3</h1>\n", "Digest #3\n");

    @TempDir
    Path dir;

    @Test
    void writesTheEditionAndItsEmailRenderingsNamedByNumberAndLocalDate() throws Exception {
        Path folder = dir.resolve("editions").resolve("daily");
        FileSender sender = new FileSender(folder, ZoneId.of("Europe/Berlin"));

        sender.send(EDITION, RENDERED, "");

        assertThat(names(folder))
                .containsExactly(
                        "edition-0003-2025-05-02.html", "edition-0003-2025-05-02.md", "edition-0003-2025-05-02.txt");
        assertThat(folder.resolve("edition-0003-2025-05-02.md")).hasContent("# Digest #3");
        assertThat(folder.resolve("edition-0003-2025-05-02.html")).hasContent("<h1>Digest #3</h1>");
        assertThat(folder.resolve("edition-0003-2025-05-02.txt")).hasContent("Digest #3");
    }

    @Test
    void sendingAgainAfterACrashRewritesTheSameFiles() throws Exception {
        FileSender sender = new FileSender(dir, ZoneId.of("UTC"));
        Files.writeString(dir.resolve("edition-0003-2025-05-01.md"), "# Digest #3\n(half writ");

        sender.send(EDITION, RENDERED, "");
        sender.send(EDITION, RENDERED, "");

        assertThat(names(dir))
                .containsExactly(
                        "edition-0003-2025-05-01.html", "edition-0003-2025-05-01.md", "edition-0003-2025-05-01.txt");
        assertThat(dir.resolve("edition-0003-2025-05-01.md")).hasContent("# Digest #3");
    }

    @Test
    void aFolderThatIsAFileFailsForGood() throws IOException {
        Path file = Files.writeString(dir.resolve("editions"), "not a folder");
        FileSender sender = new FileSender(file, ZoneId.of("UTC"));

        assertThatThrownBy(() -> sender.send(EDITION, RENDERED, ""))
                .isInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aRecipientIsRejectedBecauseAFolderIsOneTarget() {
        FileSender sender = new FileSender(dir, ZoneId.of("UTC"));

        assertThatThrownBy(() -> sender.send(EDITION, RENDERED, "someone@example.org"))
                .isInstanceOf(PermanentDeliveryException.class);
    }

    /** Every name in {@code folder}, temporary files included, sorted. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
