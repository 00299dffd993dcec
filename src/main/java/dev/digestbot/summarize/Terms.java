package dev.digestbot.summarize;

import java.util.Arrays;
import java.util.Set;

/**
 * Content words of a sentence for ranking: lower-cased letters and digits, stop words dropped, and
 * plurals folded onto their singular so "talks" and "talk" count as one term. Each term is read
 * into a buffer and numbered through a {@link WordTable}: no string is made per word.
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

    private static final WordTable STOP_WORD_TABLE = WordTable.of(STOP_WORDS);

    /** Terms longer than this are cut to their first characters. */
    private static final int MAX_TERM_LENGTH = 64;

    private Terms() {}

    /**
     * A sentence as the ranker reads it.
     *
     * @param ids the ids of its content terms in order, repeats kept
     * @param words how many whitespace-separated words it has, counted on the same pass
     */
    record Read(int[] ids, int words) {}

    /**
     * The content terms of {@code text}, numbered in {@code table}; new terms are added to the
     * table, so ids follow first appearance across all texts given it.
     */
    static Read read(String text, WordTable table) {
        int[] ids = new int[16];
        int count = 0;
        int words = 0;
        boolean inWord = false; // inside a run of characters other than whitespace
        int n = text.length();
        char[] word = new char[MAX_TERM_LENGTH];
        int[] hashes = new int[MAX_TERM_LENGTH + 1]; // hashes[k]: the hash of the word's first k characters
        int i = 0;
        while (i < n) {
            for (char c; i < n && !isWordChar(c = text.charAt(i)); i++) {
                boolean space = Character.isWhitespace(c);
                words += !space && !inWord ? 1 : 0;
                inWord = !space;
            }
            words += i < n && !inWord ? 1 : 0;
            inWord |= i < n;
            int length = 0;
            for (; i < n && isWordChar(text.charAt(i)); i++) {
                if (length < word.length) {
                    word[length] = lower(text.charAt(i));
                    hashes[length + 1] = WordTable.hash(hashes[length], word[length]);
                    length++;
                }
            }
            if (length > 1 && STOP_WORD_TABLE.find(word, length, hashes[length]) < 0) {
                ids = count == ids.length ? Arrays.copyOf(ids, count * 2) : ids;
                int term = singular(word, length); // only the term's last character may differ
                ids[count++] = table.add(word, term, WordTable.hash(hashes[term - 1], word[term - 1]));
            }
        }
        return new Read(Arrays.copyOf(ids, count), words);
    }

    private static char lower(char c) {
        return c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Folds the plural in {@code word[0..length)} onto its singular in place; returns the new length. */
    private static int singular(char[] word, int length) {
        if (length > 4 && word[length - 3] == 'i' && word[length - 2] == 'e' && word[length - 1] == 's') {
            word[length - 3] = 'y';
            return length - 2;
        }
        if (length > 3 && word[length - 1] == 's' && word[length - 2] != 's') {
            return length - 1;
        }
        return length;
    }
}
