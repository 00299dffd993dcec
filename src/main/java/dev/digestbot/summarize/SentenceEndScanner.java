package dev.digestbot.summarize;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * Finds the characters that may end a sentence, as OpenNLP's default scanner does, without boxing
 * every character of the text to look it up in a set: the same positions, found with indexOf.
 */
final class SentenceEndScanner implements EndOfSentenceScanner {
    private final Set<Character> characters;
    private final char[] ends;

    SentenceEndScanner(Set<Character> characters) {
        this.characters = Set.copyOf(characters);
        this.ends = new char[characters.size()];
        int i = 0;
        for (char c : characters) {
            ends[i++] = c;
        }
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return characters;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        if (s instanceof String text) {
            return positions(text);
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (isEnd(s.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** The same positions in a String, found with {@link String#indexOf(int, int)}, which is fast. */
    private List<Integer> positions(String text) {
        List<Integer> positions = new ArrayList<>();
        int[] next = new int[ends.length];
        for (int k = 0; k < ends.length; k++) {
            next[k] = text.indexOf(ends[k]);
        }
        while (true) {
            int first = -1;
            for (int k = 0; k < ends.length; k++) {
                if (next[k] >= 0 && (first < 0 || next[k] < next[first])) {
                    first = k;
                }
            }
            if (first < 0) {
                return positions;
            }
            positions.add(next[first]);
            next[first] = text.indexOf(ends[first], next[first] + 1);
        }
    }

    @Override
    public List<Integer> getPositions(StringBuffer buffer) {
        return getPositions((CharSequence) buffer);
    }

    @Override
    public List<Integer> getPositions(char[] chars) {
        return getPositions(CharBuffer.wrap(chars));
    }

    private boolean isEnd(char c) {
        for (char end : ends) {
            if (c == end) {
                return true;
            }
        }
        return false;
    }
}
