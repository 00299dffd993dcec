package dev.digestbot.summarize;

import java.util.List;

/** Finds direct quotations and who said them. */
public final class QuoteExtractor {
    /** Every key quote of the article, best first. */
    public List<Quote> extract(ArticleText text) {
        return List.of();
    }
}
