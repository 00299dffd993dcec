package dev.digestbot.article;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads the article fixtures under {@code src/test/resources/articles}. */
final class Fixtures {
    private static final ArticleReader READER = new ArticleReader();

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/articles/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Article read(String name) throws ArticleException {
        return READER.read(path(name), name);
    }
}
