package dev.digestbot.eval;

/**
 * The Porter (1980) suffix-stripping stemmer for lower-case ASCII words, as in Martin Porter's
 * reference implementation with its two known departures from the paper ("bli" becomes "ble",
 * "logi" becomes "log"). This is the stemmer ROUGE-1.5.5 and Google's rouge_score apply, so our
 * ROUGE numbers can be compared with theirs.
 *
 * <p>Works on one word at a time through a small mutable state object; the class itself holds no
 * state and is safe to call from any thread.
 */
final class PorterStemmer {
    private PorterStemmer() {}

    /** The stem of {@code word}; words of one or two letters are returned as they are. */
    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        Word w = new Word(word);
        w.pluralsAndParticiples();
        if (w.end > 0) {
            w.terminalY();
            w.doubleSuffixes();
            w.derivationalSuffixes();
            w.residualSuffixes();
            w.finalE();
        }
        return new String(w.chars, 0, w.end + 1);
    }

    /**
     * A word being stemmed: {@code chars[0..end]} is the current word and {@code stem} marks the
     * end of the part before a suffix that {@link #endsWith} has just found. Replacements never
     * make the word longer than it started, so the array is never grown.
     */
    private static final class Word {
        private final char[] chars;
        private int end;
        private int stem;

        /** Whether each letter is a consonant, known for indices below {@code known}. */
        private final boolean[] consonants;

        private int known;

        Word(String word) {
            chars = word.toCharArray();
            end = chars.length - 1;
            consonants = new boolean[chars.length];
        }

        /**
         * A letter other than a, e, i, o, u, and y unless it follows a consonant ("toy" has two
         * consonants, "syzygy" three). Worked out left to right once and kept, since y depends on
         * the letter before it: a long run of y's stays linear.
         */
        private boolean consonant(int i) {
            for (; known <= i; known++) {
                char c = chars[known];
                boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
                consonants[known] = !vowel && (c != 'y' || known == 0 || !consonants[known - 1]);
            }
            return consonants[i];
        }

        /** Forgets what is known about letters from {@code index} on, after they changed. */
        private void changedFrom(int index) {
            known = Math.min(known, index);
        }

        /** The measure m of chars[0..stem]: how many vowel-consonant sequences it has. */
        private int measure() {
            int i = 0;
            while (i <= stem && consonant(i)) {
                i++;
            }
            int m = 0;
            while (i <= stem) {
                while (i <= stem && !consonant(i)) {
                    i++;
                }
                if (i > stem) {
                    return m;
                }
                m++;
                while (i <= stem && consonant(i)) {
                    i++;
                }
            }
            return m;
        }

        private boolean vowelInStem() {
            for (int i = 0; i <= stem; i++) {
                if (!consonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int i) {
            return i >= 1 && chars[i] == chars[i - 1] && consonant(i);
        }

        /** Consonant-vowel-consonant ending at i, the last consonant not w, x or y ("hop", not "snow"). */
        private boolean cvc(int i) {
            if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
                return false;
            }
            char c = chars[i];
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean endsWith(String suffix) {
            int n = suffix.length();
            if (n > end + 1) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (chars[end - n + 1 + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            stem = end - n;
            return true;
        }

        private void replaceSuffix(String replacement) {
            replacement.getChars(0, replacement.length(), chars, stem + 1);
            end = stem + replacement.length();
            changedFrom(stem + 1);
        }

        /** Step 1a and 1b: "caresses" to "caress", "ponies" to "poni", "hopping" to "hop". */
        void pluralsAndParticiples() {
            if (chars[end] == 's') {
                if (endsWith("sses")) {
                    end -= 2;
                } else if (endsWith("ies")) {
                    replaceSuffix("i");
                } else if (chars[end - 1] != 's') {
                    end--;
                }
            }
            if (endsWith("eed")) {
                if (measure() > 0) {
                    end--;
                }
            } else if ((endsWith("ed") || endsWith("ing")) && vowelInStem()) {
                end = stem;
                restoreAfterParticiple();
            }
        }

        private void restoreAfterParticiple() {
            if (endsWith("at")) {
                replaceSuffix("ate");
            } else if (endsWith("bl")) {
                replaceSuffix("ble");
            } else if (endsWith("iz")) {
                replaceSuffix("ize");
            } else if (doubleConsonant(end)) {
                char last = chars[end];
                if (last != 'l' && last != 's' && last != 'z') {
                    end--;
                }
            } else if (measure() == 1 && cvc(end)) {
                replaceSuffix("e"); // stem == end here: the suffix was just cut off
            }
        }

        /** Step 1c: a final y after a vowel-bearing stem becomes i. */
        void terminalY() {
            if (endsWith("y") && vowelInStem()) {
                chars[end] = 'i';
                changedFrom(end);
            }
        }

        /** Step 2: "relational" to "relate", "hopefulness"'s "fulness" to "ful". */
        void doubleSuffixes() {
            replaceFirst(
                    switch (chars[end - 1]) {
                        case 'a' -> new String[] {"ational", "ate", "tional", "tion"};
                        case 'c' -> new String[] {"enci", "ence", "anci", "ance"};
                        case 'e' -> new String[] {"izer", "ize"};
                        case 'l' ->
                            new String[] {"bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous"};
                        case 'o' -> new String[] {"ization", "ize", "ation", "ate", "ator", "ate"};
                        case 's' -> new String[] {"alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous"};
                        case 't' -> new String[] {"aliti", "al", "iviti", "ive", "biliti", "ble"};
                        case 'g' -> new String[] {"logi", "log"};
                        default -> new String[0];
                    });
        }

        /** Step 3: "-icate", "-ative", "-alize", "-iciti", "-ical", "-ful", "-ness". */
        void derivationalSuffixes() {
            replaceFirst(
                    switch (chars[end]) {
                        case 'e' -> new String[] {"icate", "ic", "ative", "", "alize", "al"};
                        case 'i' -> new String[] {"iciti", "ic"};
                        case 'l' -> new String[] {"ical", "ic", "ful", ""};
                        case 's' -> new String[] {"ness", ""};
                        default -> new String[0];
                    });
        }

        /** Pairs of (suffix, replacement): the first suffix found is replaced when m > 0. */
        private void replaceFirst(String[] pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (endsWith(pairs[i])) {
                    if (measure() > 0) {
                        replaceSuffix(pairs[i + 1]);
                    }
                    return;
                }
            }
        }

        /** Step 4: drops "-ance", "-ment", "-ion" and the like when m > 1. */
        void residualSuffixes() {
            if (residualSuffix() && measure() > 1) {
                end = stem;
            }
        }

        private boolean residualSuffix() {
            return switch (chars[end - 1]) {
                case 'a' -> endsWith("al");
                case 'c' -> endsWith("ance") || endsWith("ence");
                case 'e' -> endsWith("er");
                case 'i' -> endsWith("ic");
                case 'l' -> endsWith("able") || endsWith("ible");
                case 'n' -> endsWith("ant") || endsWith("ement") || endsWith("ment") || endsWith("ent");
                case 'o' ->
                    endsWith("ion") && stem >= 0 && (chars[stem] == 's' || chars[stem] == 't') || endsWith("ou");
                case 's' -> endsWith("ism");
                case 't' -> endsWith("ate") || endsWith("iti");
                case 'u' -> endsWith("ous");
                case 'v' -> endsWith("ive");
                case 'z' -> endsWith("ize");
                default -> false;
            };
        }

        /** Step 5: drops a final e when m > 1 (or m = 1 after no cvc), and "ll" to "l" when m > 1. */
        void finalE() {
            stem = end;
            if (chars[end] == 'e') {
                int m = measure();
                if (m > 1 || m == 1 && !cvc(end - 1)) {
                    end--;
                }
            }
            if (chars[end] == 'l' && doubleConsonant(end) && measure() > 1) {
                end--;
            }
        }
    }
}
