package dev.digestbot.eval;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Sentence;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds article texts for tests and finds the small evaluation data set under test resources. */
final class TestArticles {
    private TestArticles() {}

    /** An article body of one paragraph holding these sentences, separated by a space. */
    static ArticleText text(String... sentences) {
        List<Sentence> list = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String sentence : sentences) {
            if (!body.isEmpty()) {
                body.append(' ');
            }
            list.add(new Sentence(list.size(), 0, body.length(), body.length() + sentence.length(), sentence));
            body.append(sentence);
        }
        return new ArticleText("Title", body.toString(), list);
    }

    /** The evaluation data fixture: invented articles laid out like the real sets. */
    static Path evalData() {
        try {
            return Path.of(TestArticles.class.getResource("/eval-data").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
