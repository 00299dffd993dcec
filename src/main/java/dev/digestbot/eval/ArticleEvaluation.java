package dev.digestbot.eval;

/**
 * The summaries of one article of an evaluation set, scored.
 *
 * @param id the article's name without extension
 * @param error why the article could not be read, or null; its summaries are then empty and score 0
 * @param product the product's summary
 * @param lead the Lead-N baseline
 */
public record ArticleEvaluation(String id, String error, ScoredSummary product, ScoredSummary lead) {}
