package dev.digestbot.summarize;

/** A sparse bag of term ids with counts, for cosine similarity between sentences. */
final class TermVector {
    private final int[] ids;
    private final int[] counts;
    private final double norm;

    private TermVector(int[] ids, int[] counts, int size) {
        this.ids = java.util.Arrays.copyOf(ids, size);
        this.counts = java.util.Arrays.copyOf(counts, size);
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += (double) counts[i] * counts[i];
        }
        this.norm = Math.sqrt(sum);
    }

    /** Builds a vector from term ids sorted ascending, repeats allowed. */
    static TermVector of(int[] sortedIds) {
        int[] ids = new int[sortedIds.length];
        int[] counts = new int[sortedIds.length];
        int size = 0;
        for (int i = 0; i < sortedIds.length; i++) {
            if (size > 0 && ids[size - 1] == sortedIds[i]) {
                counts[size - 1]++;
            } else {
                ids[size] = sortedIds[i];
                counts[size++] = 1;
            }
        }
        return new TermVector(ids, counts, size);
    }

    double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        long dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += (long) counts[i++] * other.counts[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }
}
