package dev.digestbot.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Content words of a sentence for ranking: lower-cased letters and digits, stop words dropped, and
 * plurals folded onto their singular so "talks" and "talk" count as one term.
 */
final class Terms {
    private static final Set<String> STOP_WORDS = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "cannot",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "like",
            "me",
            "more",
            "most",
            "mr",
            "mrs",
            "ms",
            "my",
            "myself",
            "new",
            "no",
            "nor",
            "not",
            "of",
            "off",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "ought",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "said",
            "same",
            "say",
            "says",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "told",
            "too",
            "two",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "year",
            "years",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "s",
            "t",
            "ll",
            "re",
            "ve",
            "d",
            "m",
            "don",
            "didn",
            "doesn",
            "isn",
            "wasn",
            "weren",
            "won",
            "wouldn",
            "couldn",
            "shouldn",
            "hasn",
            "haven",
            "hadn",
            "aren");

    private Terms() {}

    /** The content terms of {@code text} in order, repeats kept. */
    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        int n = text.length();
        char[] word = new char[Math.min(n, 64)];
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int length = 0;
            for (; i < n && isWordChar(text.charAt(i)); i++) {
                char c = text.charAt(i);
                if (length < word.length) {
                    word[length++] = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
                }
            }
            if (length > 1) {
                String lower = new String(word, 0, length);
                if (!STOP_WORDS.contains(lower)) {
                    terms.add(singular(lower));
                }
            }
        }
        return terms;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's') {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
