package dev.digestbot.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the summary sentences of an article: position-weighted significance with redundancy control.
 *
 * <p>A sentence's significance is how much of its vocabulary recurs across the article (terms that
 * occur in many sentences carry the story); it is weighted by a gentle position prior, because news
 * puts the point first, and damped for long sentences, which dilute a short summary. Sentences are
 * then taken best first, skipping any that repeat one already taken, and any that open with a pronoun
 * or connective whose antecedent sentence is not in the summary.
 */
public final class SentenceRanker {
    private static final double POSITION_DECAY = 0.5;
    private static final double SIGNIFICANCE_WEIGHT = 2.0;
    private static final double LENGTH_DAMPING = 0.3;
    private static final int COMFORTABLE_WORDS = 20;
    private static final int MIN_WORDS = 5;
    private static final double MAX_SIMILARITY = 0.4;

    private static final Pattern DANGLING_OPENER = Pattern.compile(
            "^[\"'\u201c\u2018]?(?:He|She|It|They|His|Her|Its|Their|Them|Him|This|These|Those|That|We|Our|I"
                    + "|But|And|However|So|Yet|Also)\\b");

    /** Whether a sentence needs the one before it to make sense ("He said…", "But…"). */
    public static boolean opensWithDanglingReference(String sentence) {
        return DANGLING_OPENER.matcher(sentence).find();
    }

    /** The {@code n} best sentences, in article order, datelines removed. */
    public List<String> select(ArticleText text, int n) {
        List<Sentence> sentences = text.sentences();
        if (n == 0 || sentences.isEmpty()) {
            return List.of();
        }
        Candidate[] candidates = candidates(sentences);
        List<Candidate> chosen = choose(candidates, sentences, n);
        chosen.sort(Comparator.comparingInt(c -> c.index));
        List<String> summary = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            summary.add(Boilerplate.withoutDateline(sentences.get(c.index).text()));
        }
        return summary;
    }

    private static Candidate[] candidates(List<Sentence> sentences) {
        int length = 0;
        for (Sentence sentence : sentences) {
            length += sentence.text().length();
        }
        WordTable ids = new WordTable(length / 8); // about one new term in eight characters: no regrowing
        int[][] terms = new int[sentences.size()][];
        int[] words = new int[sentences.size()];
        for (int i = 0; i < terms.length; i++) {
            Terms.Read read = Terms.read(sentences.get(i).text(), ids);
            int[] t = read.ids();
            Arrays.sort(t);
            terms[i] = t;
            words[i] = read.words();
        }
        int[] sentenceFrequency = new int[ids.size()];
        for (int[] t : terms) {
            for (int j = 0; j < t.length; j++) {
                if (j == 0 || t[j] != t[j - 1]) {
                    sentenceFrequency[t[j]]++;
                }
            }
        }
        Candidate[] candidates = new Candidate[terms.length];
        for (int i = 0; i < terms.length; i++) {
            candidates[i] = new Candidate(i, terms[i], score(i, words[i], terms[i], sentenceFrequency));
        }
        return candidates;
    }

    /**
     * The sentence's score, or -1 when it is too short to summarize anything. Page furniture is
     * left to {@link #choose}, which asks only about the sentences it reaches.
     */
    private static double score(int index, int words, int[] terms, int[] sentenceFrequency) {
        if (terms.length == 0 || words < MIN_WORDS) {
            return -1;
        }
        double significance = 0;
        int distinct = 0;
        for (int j = 0; j < terms.length; j++) {
            if (j == 0 || terms[j] != terms[j - 1]) {
                significance += Math.log(sentenceFrequency[terms[j]]);
                distinct++;
            }
        }
        significance /= Math.sqrt(distinct);
        double position = Math.pow(index + 1, -POSITION_DECAY);
        double length = Math.exp(-LENGTH_DAMPING * Math.max(0, words - COMFORTABLE_WORDS) / COMFORTABLE_WORDS);
        return position * (1 + SIGNIFICANCE_WEIGHT * significance) * length;
    }

    private static List<Candidate> choose(Candidate[] candidates, List<Sentence> sentences, int n) {
        Candidate[] ranked = candidates.clone();
        Arrays.sort(ranked, Comparator.comparingDouble((Candidate c) -> -c.score));
        boolean[] taken = new boolean[candidates.length];
        List<Candidate> chosen = new ArrayList<>(n);
        for (Candidate c : ranked) {
            if (chosen.size() == n || c.score < 0) {
                break;
            }
            String text = sentences.get(c.index).text();
            if (Boilerplate.isNotStory(text)) {
                continue; // as if scored -1: skipping it leaves the others in the same order
            }
            if (!repeats(c, chosen) && (!opensWithDanglingReference(text) || c.index > 0 && taken[c.index - 1])) {
                chosen.add(c);
                taken[c.index] = true;
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(candidates[0]); // an article of only short lines still gets a summary
        }
        return chosen;
    }

    private static boolean repeats(Candidate candidate, List<Candidate> chosen) {
        for (Candidate c : chosen) {
            if (candidate.vector().cosine(c.vector()) > MAX_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    private static final class Candidate {
        final int index;
        final int[] terms;
        final double score;
        /** Built when first compared: most candidates never are. */
        private TermVector vector;

        Candidate(int index, int[] terms, double score) {
            this.index = index;
            this.terms = terms;
            this.score = score;
        }

        TermVector vector() {
            if (vector == null) {
                vector = TermVector.of(terms);
            }
            return vector;
        }
    }
}
