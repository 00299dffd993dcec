package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link ArticleText}s for extractor tests without loading the sentence model. */
final class Articles {
    private Articles() {}

    /** One paragraph of the given sentences, joined by single spaces. */
    static ArticleText of(String title, String... sentences) {
        StringBuilder body = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String sentence : sentences) {
            if (!body.isEmpty()) {
                body.append(' ');
            }
            int start = body.length();
            body.append(sentence);
            list.add(new Sentence(list.size(), 0, start, body.length(), sentence));
        }
        return new ArticleText(title, body.toString(), list);
    }

    static List<Figure> figures(String... sentences) {
        return new FigureExtractor().extract(of("Headline", sentences));
    }

    static List<String> values(String... sentences) {
        return figures(sentences).stream().map(Figure::value).toList();
    }

    /** The label of the figure whose value is {@code value}. */
    static String label(String value, String... sentences) {
        return figures(sentences).stream()
                .filter(f -> f.value().equals(value))
                .findFirst()
                .map(Figure::label)
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + values(sentences)));
    }
}
