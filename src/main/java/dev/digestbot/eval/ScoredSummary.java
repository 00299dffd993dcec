package dev.digestbot.eval;

import java.util.List;

/**
 * One summary of one article with its scores.
 *
 * @param sentences the summary sentences, in article order
 * @param rouge ROUGE against the article's reference summary
 * @param pronounOpenings sentences opening with a pronoun whose antecedent sentence is missing
 */
public record ScoredSummary(List<String> sentences, RougeScore rouge, Ratio pronounOpenings) {
    public ScoredSummary {
        sentences = List.copyOf(sentences);
    }
}
