package dev.digestbot.article;

/** The article file formats, told apart by file extension. */
enum ArticleFormat {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final String[] extensions;

    ArticleFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format for an extension such as "md" or ".HTML"; plain text when it is none we know. */
    static ArticleFormat of(String extension) {
        ArticleFormat known = known(extension);
        return known == null ? TEXT : known;
    }

    /** Whether files with this extension are article files. */
    static boolean isKnown(String extension) {
        return known(extension) != null;
    }

    /** The extension of a file name, without the dot; empty when it has none. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    private static ArticleFormat known(String extension) {
        if (extension == null) {
            return null;
        }
        String ext = extension.startsWith(".") ? extension.substring(1) : extension;
        for (ArticleFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equalsIgnoreCase(ext)) {
                    return format;
                }
            }
        }
        return null;
    }
}
