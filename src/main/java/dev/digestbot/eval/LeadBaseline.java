package dev.digestbot.eval;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Sentence;
import java.util.List;

/**
 * The Lead-N baseline: the first N sentences of the body, split by the product's own splitter so
 * that the comparison with the product's summaries is about which sentences are picked, not how
 * they are cut. Lead-3 is hard to beat on news, where the first paragraph tells the story.
 */
public final class LeadBaseline {
    private LeadBaseline() {}

    public static List<String> lead(ArticleText text, int sentences) {
        List<Sentence> all = text.sentences();
        return all.subList(0, Math.min(sentences, all.size())).stream()
                .map(Sentence::text)
                .toList();
    }
}
