package dev.digestbot.article;

import java.util.List;

/**
 * Reads a Markdown article: front matter first, then the body. The title comes from the front
 * matter, else from a heading the body opens with, else from the plain-text rules. An opening
 * heading is never part of the body.
 */
final class MarkdownArticle {
    private MarkdownArticle() {}

    static ParsedText parse(String text, String source) throws ArticleException {
        FrontMatter front = FrontMatter.parse(text, source);
        MarkdownParser.Result body = MarkdownParser.parse(front.body());
        String title = front.title();
        if (title == null && body.heading() == null) {
            ParsedText plain = PlainTextParser.parse(body.text());
            return new ParsedText(plain.title(), plain.paragraphs(), front.metadata());
        }
        String knownTitle = title != null ? title : body.heading();
        List<String> paragraphs = PlainTextParser.paragraphs(body.text(), knownTitle);
        return new ParsedText(knownTitle, paragraphs, front.metadata());
    }
}
