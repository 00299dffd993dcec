package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Quote;
import dev.digestbot.summarize.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations and who said them: every quotation of six words or more, the two halves
 * of a quotation split by its attribution joined into one, each with its speaker's full name (or
 * organisation) as the article first gives it, best first. Thread-safe and stateless.
 */
public final class QuoteExtractor {
    /** Quotations shorter than this are scare quotes or titles, not key quotes. */
    static final int MIN_WORDS = 6;

    /**
     * A quote together with the runs of the body its text is made of.
     *
     * @param quote the quote
     * @param pieces the runs of {@link ArticleText#text()} that its text joins with spaces
     */
    record Located(Quote quote, List<Piece> pieces) {}

    /** Every key quote of the article, best first. */
    public List<Quote> extract(ArticleText text) {
        return locate(text).stream().map(Located::quote).toList();
    }

    /** Every key quote with where its pieces stand in the body, best first. */
    List<Located> locate(ArticleText article) {
        if (article.sentences().isEmpty()) {
            return List.of();
        }
        String body = article.text();
        List<Quotation> quotations = QuotationFinder.find(body);
        if (!mayHoldKeyQuote(body, quotations)) {
            return List.of(); // most of the work, names and attributions, would be for nothing
        }
        List<QuoteCandidate> candidates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuoteCandidate c : new QuoteAssembler(body, quotations).assemble()) {
            String text = c.text(body);
            if (Words.count(text, MIN_WORDS) >= MIN_WORDS && seen.add(text)) {
                candidates.add(c);
                texts.add(text);
            }
        }
        List<Located> out = new ArrayList<>();
        for (int i : QuoteRanker.rank(article, candidates, texts)) {
            QuoteCandidate c = candidates.get(i);
            String sentence = article.sentenceAt(c.start()).text();
            out.add(new Located(new Quote(texts.get(i), c.speaker(), sentence), c.pieces()));
        }
        return out;
    }

    /**
     * Whether some quote could reach {@link #MIN_WORDS}: a quote joins a run of quotations, each but
     * the last closed, and its text is made of parts of theirs, so it has at most as many words as
     * they have together.
     */
    private static boolean mayHoldKeyQuote(String body, List<Quotation> quotations) {
        int run = 0;
        for (Quotation q : quotations) {
            run += Words.count(body, q.start(), q.end(), MIN_WORDS - run);
            if (run >= MIN_WORDS) {
                return true;
            }
            if (!q.closed()) {
                run = 0;
            }
        }
        return false;
    }
}
