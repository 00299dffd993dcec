package dev.digestbot.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads article files ({@code .txt}, {@code .md}, {@code .html}) into {@link Article}s. */
public final class ArticleReader {
    /** Files above this size are refused: no news article comes near it. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether the file's extension is one this reader understands. */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Reads one file; {@code source} is how the file is named in the digest and in errors. */
    public Article read(Path file, String source) throws ArticleException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ArticleException(source, "file is " + size + " bytes, over the limit of " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(source, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ArticleException(source, "file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\n")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleException(source, "file has no text");
        }
        String title = paragraphs.size() == 1 ? source : paragraphs.remove(0);
        return new Article(source, title, paragraphs, ArticleMetadata.NONE);
    }
}
