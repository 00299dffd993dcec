package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses plain text: finds the headline in the header lines, drops the headline and repeated
 * header lines from the body, and joins the rest into paragraphs. Everything else stays verbatim,
 * so quotes and figures found later occur in the file as written.
 */
final class PlainTextParser {
    private PlainTextParser() {}

    /** Title (null when the text has none) and body of cleaned plain text. */
    static ParsedText parse(String text) {
        List<TextLine> lines = TextLine.split(text);
        int headline = HeadlineDetector.find(lines);
        String title = headline < 0 ? null : lines.get(headline).text();
        return new ParsedText(title, ParagraphJoiner.join(bodyLines(lines, headline)), ArticleMetadata.NONE);
    }

    /** The paragraphs of text whose title is already known, without copies of that title. */
    static List<String> paragraphs(String text, String knownTitle) {
        List<TextLine> lines = TextLine.split(text);
        int headline = -1;
        for (int i = 0; i < Math.min(lines.size(), HeadlineDetector.HEADER_LINES) && headline < 0; i++) {
            if (lines.get(i).text().equalsIgnoreCase(knownTitle)) {
                headline = i;
            }
        }
        return ParagraphJoiner.join(bodyLines(lines, headline));
    }

    /**
     * All lines but the headline, lines that repeat the line before, and, among the header lines,
     * anything seen before.
     */
    private static List<TextLine> bodyLines(List<TextLine> lines, int headline) {
        List<TextLine> body = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean repeatsPrevious =
                    i > 0 && lines.get(i).text().equals(lines.get(i - 1).text());
            if (i != headline && !repeatsPrevious && !repeatsHeader(lines, i, headline)) {
                body.add(lines.get(i));
            }
        }
        return body;
    }

    private static boolean repeatsHeader(List<TextLine> lines, int index, int headline) {
        if (index >= HeadlineDetector.HEADER_LINES) {
            return false;
        }
        String text = lines.get(index).text();
        if (headline >= 0 && text.equalsIgnoreCase(lines.get(headline).text())) {
            return true;
        }
        for (int i = 0; i < index; i++) {
            if (text.equalsIgnoreCase(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }
}
