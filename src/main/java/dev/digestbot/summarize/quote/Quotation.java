package dev.digestbot.summarize.quote;

/**
 * One run of quoted words between a pair of quotation marks, as found in the text.
 *
 * @param open offset of the opening mark
 * @param start offset of the first quoted character (after leading spaces)
 * @param end offset just past the last quoted character (before trailing spaces)
 * @param close offset of the closing mark, or -1 when the run was ended by a new opening mark or a
 *     paragraph break (news copy opens each paragraph of a long quote without closing the last)
 * @param single whether the marks are single quotation marks
 */
record Quotation(int open, int start, int end, int close, boolean single) {
    boolean closed() {
        return close >= 0;
    }

    /** Offset just past this quotation's closing mark, or its text when it has none. */
    int after() {
        return closed() ? close + 1 : end;
    }

    boolean overlaps(Quotation other) {
        return open < other.after() && other.open < after();
    }

    boolean contains(Quotation other) {
        return open <= other.open && other.after() <= after();
    }
}
