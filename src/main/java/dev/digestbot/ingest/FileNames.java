package dev.digestbot.ingest;

import dev.digestbot.article.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Tells article files from the temporary files of copiers and editors by their names. */
final class FileNames {
    /** Names downloaders, copiers and editors give a file while they still write it. */
    private static final List<String> TEMPORARY_SUFFIXES =
            List.of(".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp");

    enum Kind {
        ARTICLE,
        /** A file still being written or a hidden one; ignored without a word. */
        TEMPORARY,
        /** Some other file, left alone. */
        OTHER
    }

    private FileNames() {}

    static Kind of(Path file) {
        if (isHidden(file) || isTemporary(file)) {
            return Kind.TEMPORARY;
        }
        return ArticleReader.supports(file) ? Kind.ARTICLE : Kind.OTHER;
    }

    /** Dot-files and dot-folders: sync tools and rsync write their work in progress there. */
    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith("~") || TEMPORARY_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
