package dev.digestbot.eval;

import java.util.List;

/**
 * The scored summaries of every article of one evaluation set.
 *
 * @param name the set's name ("cnndm", "bbc")
 * @param sentences the summary length asked for
 * @param articles one entry per reference summary, in file name order
 */
public record SetEvaluation(String name, int sentences, List<ArticleEvaluation> articles) {
    public SetEvaluation {
        articles = List.copyOf(articles);
    }

    /** The corpus ROUGE of one system: the mean of its per-article scores. */
    public RougeScore rouge(SummarySystem system) {
        return RougeScore.mean(articles.stream().map(a -> system.of(a).rouge()).toList());
    }

    /** Dangling pronoun openings of one system over all its summary sentences. */
    public Ratio pronounOpenings(SummarySystem system) {
        return articles.stream().map(a -> system.of(a).pronounOpenings()).reduce(new Ratio(0, 0), Ratio::plus);
    }

    /** Articles that were read but got no summary from one system: a sign that no body was found. */
    public long emptySummaries(SummarySystem system) {
        return articles.stream()
                .filter(a -> a.error() == null && system.of(a).sentences().isEmpty())
                .count();
    }

    /** The articles that could not be read. */
    public List<ArticleEvaluation> unreadable() {
        return articles.stream().filter(a -> a.error() != null).toList();
    }
}
