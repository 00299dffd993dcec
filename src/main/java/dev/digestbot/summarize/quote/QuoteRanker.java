package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Sentence;
import dev.digestbot.summarize.WordTable;
import dev.digestbot.summarize.Words;
import java.util.Arrays;
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

    private static final WordTable STOP_TABLE = WordTable.of(STOPWORDS);

    private QuoteRanker() {}

    /** {@code quotes} best first; each quote's text comes from {@code texts} at the same index. */
    static List<Integer> rank(ArticleText article, List<QuoteCandidate> quotes, List<String> texts) {
        WordTable key = new WordTable();
        addContentWords(article.title(), key);
        List<Sentence> sentences = article.sentences();
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            addContentWords(sentences.get(i).text(), key);
        }
        double length = Math.max(1, article.text().length());
        double[] scores = new double[quotes.size()];
        int[] seenBy = new int[key.size()];
        for (int i = 0; i < quotes.size(); i++) {
            int shared = sharedWords(texts.get(i), key, seenBy, i + 1);
            scores[i] = score(
                    quotes.get(i), texts.get(i), shared, key, quotes.get(i).start() / length);
        }
        return byScore(scores);
    }

    private static double score(QuoteCandidate quote, String text, int shared, WordTable key, double position) {
        int words = Words.count(text, FULL_LENGTH); // only counts up to full length
        double score = quote.speaker() != null ? 2.0 : 0.0;
        if (quote.speaker() != null && key.find(lastWord(quote.speaker())) >= 0) {
            score += 0.5; // the person the headline or lead is about
        }
        score += 0.8 * Math.min(words, FULL_LENGTH) / FULL_LENGTH;
        score += 1.0 * Math.min(shared, FULL_OVERLAP) / FULL_OVERLAP;
        score += 2.0 * (1.0 - position); // news puts what matters first
        return score;
    }

    /** Indices best score first, ties in index order. */
    private static List<Integer> byScore(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(-scores[a], -scores[b]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        return Arrays.asList(order);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Adds the content words of {@code text}: lower case, four letters or more, not stop words. */
    private static void addContentWords(String text, WordTable key) {
        char[] buffer = new char[16];
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start < 2) {
                continue; // lower-casing never takes a word from one character to four
            }
            if (i - start <= buffer.length && ascii(text, start, i)) {
                if (i - start >= 4 && STOP_TABLE.find(lowerAscii(text, start, i, buffer), i - start) < 0) {
                    key.add(buffer, i - start);
                }
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (word.length() >= 4 && !STOPWORDS.contains(word)) {
                key.add(word.toCharArray(), word.length());
            }
        }
    }

    /**
     * How many distinct words of {@code text} are key words. Words too short or too common to be
     * key words never are, so they need no test; {@code seenBy} marks the key words this quote
     * ({@code mark}) has counted.
     */
    private static int sharedWords(String text, WordTable key, int[] seenBy, int mark) {
        char[] buffer = new char[16];
        int shared = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2) { // lower-casing never takes a word from one character to four
                int id = i - start <= buffer.length && ascii(text, start, i)
                        ? key.find(lowerAscii(text, start, i, buffer), i - start)
                        : key.find(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (id >= 0 && seenBy[id] != mark) {
                    seenBy[id] = mark;
                    shared++;
                }
            }
        }
        return shared;
    }

    private static boolean ascii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code text[from..to)}, ASCII only, in lower case into {@code buffer}, as toLowerCase would give it. */
    private static char[] lowerAscii(String text, int from, int to, char[] buffer) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            buffer[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return buffer;
    }
}
