package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a text file, stripped, with the number of the blank-line separated block
 * it belongs to.
 */
record TextLine(String text, int block) {

    /** The non-blank lines of {@code text}; a run of blank lines starts a new block. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int block = 0;
        boolean blankSeen = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = skipSpaces(text, start, end);
            if (from == end) {
                blankSeen = true;
            } else {
                if (blankSeen && !lines.isEmpty()) {
                    block++;
                }
                blankSeen = false;
                lines.add(new TextLine(text.substring(from, trimmedEnd(text, from, end)), block));
            }
            start = end + 1;
        }
        return lines;
    }

    private static int skipSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimmedEnd(String text, int from, int end) {
        int i = end;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    int length() {
        return text.length();
    }

    /** Whether a blank line (or the end of the text) follows line {@code index}. */
    static boolean blankAfter(List<TextLine> lines, int index) {
        return index + 1 >= lines.size()
                || lines.get(index + 1).block() != lines.get(index).block();
    }
}
