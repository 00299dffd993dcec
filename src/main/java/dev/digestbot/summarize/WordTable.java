package dev.digestbot.summarize;

import java.util.Arrays;

/**
 * Words numbered in the order they were first added, looked up from a run of characters in a
 * buffer: a hash set that needs no {@code String} per word, for loops that visit every word of an
 * article. A word's hash is its {@link String#hashCode()}, so a caller that reads a word character
 * by character can build it on the way ({@link #hash(int, char)}) and pass it in. Not thread-safe
 * while words are added; safe to share once filled.
 */
public final class WordTable {
    private char[] chars;
    /** Where each word's characters start in {@link #chars}; word {@code id} ends where {@code id + 1} starts. */
    private int[] starts;

    private int[] hashes;
    /** Open-addressing slots holding word id + 1, or 0 when free; at most half full. */
    private int[] slots;

    private int size;

    /** An empty table. */
    public WordTable() {
        this(64);
    }

    /** An empty table with room for about {@code expected} words before it grows. */
    public WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) - 1) * 2;
        chars = new char[capacity * 8];
        starts = new int[capacity + 1];
        hashes = new int[capacity];
        slots = new int[capacity * 2];
    }

    /** A table holding {@code words}, numbered in their iteration order. */
    public static WordTable of(Iterable<String> words) {
        WordTable table = new WordTable();
        for (String word : words) {
            table.add(word.toCharArray(), word.length());
        }
        return table;
    }

    /** The hash of a word so far, {@code hash}, followed by {@code c}: as String.hashCode builds it. */
    public static int hash(int hash, char c) {
        return 31 * hash + c;
    }

    /** How many distinct words were added. */
    public int size() {
        return size;
    }

    /** The id of {@code word}, or -1 when it was never added. */
    public int find(String word) {
        int hash = mix(word.hashCode());
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && equals(id, word)) {
                return id;
            }
        }
        return -1;
    }

    /** The id of the word in {@code word[0..length)}, or -1 when it was never added. */
    public int find(char[] word, int length) {
        return find(word, length, hashOf(word, length));
    }

    /** The same, given the word's hash. */
    public int find(char[] word, int length, int stringHash) {
        int hash = mix(stringHash);
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && equals(id, word, length)) {
                return id;
            }
        }
        return -1;
    }

    /** The id of the word in {@code word[0..length)}, adding it with the next id when it is new. */
    public int add(char[] word, int length) {
        return add(word, length, hashOf(word, length));
    }

    /** The same, given the word's hash. */
    public int add(char[] word, int length, int stringHash) {
        int hash = mix(stringHash);
        int slot = hash & (slots.length - 1);
        for (; slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && equals(id, word, length)) {
                return id;
            }
        }
        int id = size++;
        store(id, hash, word, length);
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void store(int id, int hash, char[] word, int length) {
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            starts = Arrays.copyOf(starts, id * 2 + 1);
        }
        int start = starts[id];
        if (start + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + length));
        }
        System.arraycopy(word, 0, chars, start, length);
        starts[id + 1] = start + length;
        hashes[id] = hash;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = id + 1;
        }
    }

    private boolean equals(int id, char[] word, int length) {
        int start = starts[id];
        return starts[id + 1] - start == length && Arrays.equals(chars, start, start + length, word, 0, length);
    }

    private boolean equals(int id, String word) {
        int start = starts[id];
        if (starts[id + 1] - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hashOf(char[] word, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = hash(h, word[i]);
        }
        return h;
    }

    /** Spreads a String hash's high bits into the low ones that pick a slot. */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
