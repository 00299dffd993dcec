package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds paragraphs from text lines. Blank lines always separate paragraphs. Inside a block, a
 * line break is only a wrap when the line was cut short of a sentence end at a typical wrap
 * width; scraped text with one paragraph per line and no blank lines keeps its lines apart. A
 * wrongly kept break costs nothing (sentences stay whole), so the rule leans towards keeping
 * them.
 */
final class ParagraphJoiner {
    private static final int MAX_WRAP_WIDTH = 100;

    private ParagraphJoiner() {}

    static List<String> join(List<TextLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size()
                    && lines.get(end).block() == lines.get(start).block()) {
                end++;
            }
            joinBlock(lines.subList(start, end), paragraphs);
            start = end;
        }
        return paragraphs;
    }

    private static void joinBlock(List<TextLine> block, List<String> paragraphs) {
        if (block.size() == 1) {
            addUnlessRepeated(paragraphs, block.get(0).text());
            return;
        }
        int widest = 0;
        for (TextLine line : block) {
            widest = Math.max(widest, line.length());
        }
        StringBuilder current = new StringBuilder(block.get(0).text());
        for (int i = 1; i < block.size(); i++) {
            String previous = block.get(i - 1).text();
            String next = block.get(i).text();
            if (breaksBetween(previous, next, widest)) {
                addUnlessRepeated(paragraphs, current.toString());
                current.setLength(0);
            } else {
                current.append(' ');
            }
            current.append(next);
        }
        addUnlessRepeated(paragraphs, current.toString());
    }

    private static boolean breaksBetween(String previous, String next, int widest) {
        return previous.length() > MAX_WRAP_WIDTH
                || previous.length() * 10 < widest * 6
                || endsSentence(previous)
                || startsListItem(next);
    }

    private static void addUnlessRepeated(List<String> paragraphs, String paragraph) {
        if (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(paragraph)) {
            paragraphs.add(paragraph);
        }
    }

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && isClosing(line.charAt(i))) {
            i--;
        }
        char c = line.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    static boolean startsListItem(String line) {
        char c = line.charAt(0);
        // Not dashes: a wrapped line may well start with "— and then".
        if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
            return line.length() > 1 && line.charAt(1) == ' ';
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0
                && i + 1 < line.length()
                && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && line.charAt(i + 1) == ' ';
    }
}
