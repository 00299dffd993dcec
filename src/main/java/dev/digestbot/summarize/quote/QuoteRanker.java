package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Sentence;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Orders quotes by how much a digest reader wants them: a named speaker, substance (length and the
 * content words it shares with the headline and the lead), and an early place in the article.
 */
final class QuoteRanker {
    private static final int FULL_LENGTH = 25;
    private static final int FULL_OVERLAP = 4;
    private static final int LEAD_SENTENCES = 2;

    private static final Set<String> STOPWORDS = Set.of(
            "that", "this", "with", "have", "from", "they", "will", "would", "there", "their", "what", "about", "which",
            "when", "were", "been", "more", "than", "them", "into", "some", "could", "should", "very", "just", "also",
            "because", "those", "these", "here", "then", "your", "said", "says", "over", "after", "before", "being",
            "still", "only", "even", "much", "many", "other", "such", "like", "does", "doing", "make", "made");

    private QuoteRanker() {}

    /** {@code quotes} best first; each quote's text comes from {@code texts} at the same index. */
    static List<Integer> rank(ArticleText article, List<QuoteCandidate> quotes, List<String> texts) {
        Set<String> key = contentWords(article.title());
        List<Sentence> sentences = article.sentences();
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            key.addAll(contentWords(sentences.get(i).text()));
        }
        double length = Math.max(1, article.text().length());
        double[] scores = new double[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            scores[i] = score(quotes.get(i), texts.get(i), key, quotes.get(i).start() / length);
        }
        return java.util.stream.IntStream.range(0, quotes.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .toList();
    }

    private static double score(QuoteCandidate quote, String text, Set<String> key, double position) {
        int words = QuoteExtractor.words(text);
        int shared = 0;
        for (String word : contentWords(text)) {
            shared += key.contains(word) ? 1 : 0;
        }
        double score = quote.speaker() != null ? 2.0 : 0.0;
        if (quote.speaker() != null && key.contains(lastWord(quote.speaker()))) {
            score += 0.5; // the person the headline or lead is about
        }
        score += 0.8 * Math.min(words, FULL_LENGTH) / FULL_LENGTH;
        score += 1.0 * Math.min(shared, FULL_OVERLAP) / FULL_OVERLAP;
        score += 2.0 * (1.0 - position); // news puts what matters first
        return score;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (word.length() >= 4 && !STOPWORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
