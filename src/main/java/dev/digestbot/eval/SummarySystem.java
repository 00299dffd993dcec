package dev.digestbot.eval;

/** The summarizers an evaluation compares. */
public enum SummarySystem {
    /** The product's summarizer with its default configuration. */
    PRODUCT,
    /** The first N sentences of the body. */
    LEAD;

    /** This system's summary of an evaluated article. */
    public ScoredSummary of(ArticleEvaluation article) {
        return this == PRODUCT ? article.product() : article.lead();
    }
}
