package dev.digestbot.summarize;

import java.util.List;

/**
 * An article body split into sentences: what every extractor works on.
 *
 * @param title the headline
 * @param text the body, paragraphs separated by a blank line
 * @param sentences the sentences of {@code text}, in order
 */
public record ArticleText(String title, String text, List<Sentence> sentences) {
    public ArticleText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the character at {@code offset}, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(lo);
    }
}
