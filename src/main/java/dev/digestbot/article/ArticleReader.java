package dev.digestbot.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads article files ({@code .txt}, {@code .md}, {@code .html}) into {@link Article}s. Any
 * failure, from a missing file to binary content or broken front matter, is an {@link
 * ArticleException} with a one-line reason. Stateless and thread-safe.
 */
public final class ArticleReader {
    /** Files above this size are refused: no news article comes near it. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /** Titles a file gives are cut here; a longer one is a paragraph marked up as a heading. */
    private static final int MAX_TITLE_CHARS = 300;

    private final long maxBytes;

    /** A reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}. */
    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public ArticleReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GiB, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Whether the file's extension is one this reader understands. */
    public static boolean supports(Path file) {
        Path name = file.getFileName();
        return name != null && ArticleFormat.isKnown(ArticleFormat.extensionOf(name.toString()));
    }

    /** Reads one file; {@code source} is how the file is named in the digest and in errors. */
    public Article read(Path file, String source) throws ArticleException {
        Path name = file.getFileName();
        String extension = name == null ? "" : ArticleFormat.extensionOf(name.toString());
        return parse(source, readBytes(file, source), extension);
    }

    /**
     * Parses the bytes of an article file. The extension ("txt", "md", "html", with or without the
     * dot) selects the format; unknown extensions are read as plain text.
     */
    public Article parse(String source, byte[] bytes, String extension) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(source, "file is empty");
        }
        checkSize(bytes.length, source);
        String text = TextCleaner.clean(TextDecoder.decode(bytes, source));
        if (!hasText(text)) {
            throw new ArticleException(source, "file has no text, only whitespace or symbols");
        }
        ParsedText parsed = switch (ArticleFormat.of(extension)) {
            case TEXT -> PlainTextParser.parse(text);
            case MARKDOWN -> MarkdownArticle.parse(text, source);
            case HTML -> HtmlExtractor.extract(text);
        };
        List<String> paragraphs = parsed.paragraphs();
        if (paragraphs.isEmpty()) {
            throw new ArticleException(source, "no article text found, only a title or page furniture");
        }
        String given = parsed.title();
        String title = given == null || given.isBlank()
                ? TitleFallback.derive(paragraphs.get(0), source)
                : TitleFallback.shorten(given, MAX_TITLE_CHARS);
        return new Article(source, title, paragraphs, parsed.metadata());
    }

    private byte[] readBytes(Path file, String source) throws ArticleException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            checkSize(size, source);
            // One byte more than announced shows a file that grew while being read.
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size + 1, maxBytes + 1));
            int read = 0;
            while (read >= 0 && buffer.hasRemaining()) {
                read = channel.read(buffer);
            }
            checkSize(buffer.position(), source);
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            throw new ArticleException(source, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ArticleException(source, "permission denied", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new ArticleException(source, "is a directory, not a file", e);
            }
            throw new ArticleException(source, "cannot read: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }

    private void checkSize(long size, String source) throws ArticleException {
        if (size > maxBytes) {
            throw new ArticleException(
                    source, "file is " + ByteSize.format(size) + ", over the limit of " + ByteSize.format(maxBytes));
        }
    }

    private static boolean hasText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
