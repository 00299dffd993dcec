package dev.digestbot.summarize.quote;

/**
 * A run of characters of the article body that a quote's text is made of.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 */
record Piece(int start, int end) {
    String of(String text) {
        return text.substring(start, end);
    }
}
