package dev.digestbot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum of a candidate summary against a reference, with the
 * conventions of ROUGE-1.5.5 and Google's rouge_score: see {@link RougeTokenizer} for tokens and
 * {@link RougeSentenceSplitter} for the sentences of ROUGE-Lsum.
 *
 * <p>ROUGE-N counts clipped n-gram overlap: an n-gram repeated in the candidate scores at most as
 * often as the reference has it. ROUGE-Lsum (Lin 2004, section 3.2) takes, for each reference
 * sentence, the union of its longest common subsequences with every candidate sentence; a token of
 * that union scores while the candidate still has an unused occurrence of it.
 */
public final class RougeScorer {
    private RougeScorer() {}

    /** Scores one candidate against one reference; texts with no tokens score zero. */
    public static RougeScore score(String candidate, String reference) {
        Vocabulary words = new Vocabulary();
        int[] cand = words.ids(RougeTokenizer.tokens(candidate));
        int[] ref = words.ids(RougeTokenizer.tokens(reference));
        List<int[]> candSentences = sentences(candidate, words);
        List<int[]> refSentences = sentences(reference, words);
        return new RougeScore(
                ngramOverlap(cand, ref, 1), ngramOverlap(cand, ref, 2), unionLcs(candSentences, refSentences, words));
    }

    private static List<int[]> sentences(String text, Vocabulary words) {
        List<int[]> sentences = new ArrayList<>();
        for (String sentence : RougeSentenceSplitter.split(text)) {
            int[] ids = words.ids(RougeTokenizer.tokens(sentence));
            if (ids.length > 0) {
                sentences.add(ids);
            }
        }
        return sentences;
    }

    private static PrecisionRecall ngramOverlap(int[] cand, int[] ref, int n) {
        Map<Long, Integer> candCounts = ngramCounts(cand, n);
        int hits = 0;
        for (Map.Entry<Long, Integer> gram : ngramCounts(ref, n).entrySet()) {
            hits += Math.min(gram.getValue(), candCounts.getOrDefault(gram.getKey(), 0));
        }
        return PrecisionRecall.of(hits, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
    }

    /** Counts of the n-grams (n = 1 or 2) of {@code ids}, each packed into one long. */
    private static Map<Long, Integer> ngramCounts(int[] ids, int n) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= ids.length; i++) {
            long key = n == 1 ? ids[i] : (long) ids[i] << 32 | ids[i + 1];
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static PrecisionRecall unionLcs(List<int[]> cand, List<int[]> ref, Vocabulary words) {
        int candTotal = cand.stream().mapToInt(s -> s.length).sum();
        int refTotal = ref.stream().mapToInt(s -> s.length).sum();
        if (candTotal == 0 || refTotal == 0) {
            return PrecisionRecall.of(0, candTotal, refTotal);
        }
        int[] unused = new int[words.size()];
        cand.forEach(sentence -> {
            for (int id : sentence) {
                unused[id]++;
            }
        });
        int hits = 0;
        for (int[] refSentence : ref) {
            boolean[] union = new boolean[refSentence.length];
            for (int[] candSentence : cand) {
                markLcs(refSentence, candSentence, union);
            }
            for (int i = 0; i < refSentence.length; i++) {
                if (union[i] && unused[refSentence[i]] > 0) {
                    unused[refSentence[i]]--;
                    hits++;
                }
            }
        }
        return PrecisionRecall.of(hits, candTotal, refTotal);
    }

    /**
     * Marks in {@code union} the positions of {@code ref} on one longest common subsequence with
     * {@code cand}. Among equally long ones it takes the one rouge_score takes, which decides
     * which reference tokens the clipping may later refuse.
     */
    private static void markLcs(int[] ref, int[] cand, boolean[] union) {
        int cols = cand.length + 1;
        int[] table = new int[(ref.length + 1) * cols];
        for (int i = 1; i <= ref.length; i++) {
            for (int j = 1; j <= cand.length; j++) {
                table[i * cols + j] = ref[i - 1] == cand[j - 1]
                        ? table[(i - 1) * cols + j - 1] + 1
                        : Math.max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
            }
        }
        int i = ref.length;
        int j = cand.length;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == cand[j - 1]) {
                union[--i] = true;
                j--;
            } else if (table[i * cols + j - 1] > table[(i - 1) * cols + j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    /** Numbers the distinct tokens of one candidate-reference pair. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int[] ids(List<String> tokens) {
            int[] out = new int[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(tokens.get(i), t -> ids.size());
            }
            return out;
        }

        int size() {
            return ids.size();
        }
    }
}
