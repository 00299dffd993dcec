package dev.digestbot.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the summary sentences of an article. */
public final class SentenceRanker {
    /** The {@code n} best sentences, in article order. */
    public List<Sentence> select(ArticleText text, int n) {
        List<Sentence> picked = new ArrayList<>(
                text.sentences().subList(0, Math.min(n, text.sentences().size())));
        picked.sort(Comparator.comparingInt(Sentence::index));
        return picked;
    }
}
