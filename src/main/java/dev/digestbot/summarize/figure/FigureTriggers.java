package dev.digestbot.summarize.figure;

/**
 * Quick tests, with no allocation, for the words a figure can start with. Words of up to twelve
 * ASCII letters are packed into a long, five bits a letter, and looked up in open-addressing tables.
 * Most sentences hold neither a digit nor a number word and are skipped after one cheap scan.
 */
final class FigureTriggers {
    private static final String NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve "
            + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
            + "seventy eighty ninety hundred thousand million billion trillion dozen half halves third thirds "
            + "quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths first second fourth seventh "
            + "ninth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            + "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
            + "thousandth millionth";

    /** Words that start a figure only when a number word or digits follow: "a third", "top 20", "No 1". */
    private static final String LEADING_WORDS = "a an top number no";

    /** Packed words longer than twelve letters, or with other characters, get this key. */
    static final long NO_KEY = -1;

    private static final int SIZE = 512;
    private static final long[] NUMBERS = table(NUMBER_WORDS);
    private static final long[] STARTERS = table(NUMBER_WORDS + " " + LEADING_WORDS);
    private static final long FOLD = key("fold", 0, 4);

    /** A bit for each letter (a = 1) that some listed word starts with; "fold" words start with a number word. */
    private static final long FIRST_LETTERS = firstLetters(NUMBER_WORDS + " " + LEADING_WORDS);

    private FigureTriggers() {}

    /** Whether the sentence has a digit or a number word ("ten", "third", "tenfold"). */
    static boolean mayHoldFigure(String sentence) {
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if ((c >= '0' && c <= '9') || c == '½' || c == '¼' || c == '¾') {
                return true;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            long key = 0;
            while (i < n && isAsciiLetter(c = sentence.charAt(i))) {
                key = (key << 5) | ((c | 0x20) - 'a' + 1);
                i++;
            }
            int length = i - start;
            boolean wordStart = start == 0 || !Character.isLetter(sentence.charAt(start - 1));
            if (wordStart && length >= 3 && length <= 12 && contains(NUMBERS, key, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the packed word may start a figure in words. */
    static boolean isStarter(long key, int length) {
        return contains(STARTERS, key, length);
    }

    /** The word from {@code from} to {@code to} packed into a long, or {@link #NO_KEY}. */
    static long key(CharSequence text, int from, int to) {
        if (to - from > 12) {
            return NO_KEY;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                return NO_KEY;
            }
            key = (key << 5) | ((c | 0x20) - 'a' + 1);
        }
        return key;
    }

    private static boolean contains(long[] table, long key, int length) {
        if (key == NO_KEY || (FIRST_LETTERS & (1L << (key >>> (5 * (length - 1))))) == 0) {
            return false; // no number word starts with this letter
        }
        if (length > 4 && (key & 0xFFFFF) == FOLD) {
            return true; // "tenfold"
        }
        for (int slot = slot(key); table[slot] != 0; slot = (slot + 1) & (SIZE - 1)) {
            if (table[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private static long firstLetters(String words) {
        long mask = 0;
        for (String word : words.split(" ")) {
            mask |= 1L << (word.charAt(0) - 'a' + 1);
        }
        return mask;
    }

    private static long[] table(String words) {
        long[] table = new long[SIZE];
        for (String word : words.split(" ")) {
            long key = key(word, 0, word.length());
            int slot = slot(key);
            while (table[slot] != 0) {
                slot = (slot + 1) & (SIZE - 1);
            }
            table[slot] = key;
        }
        return table;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 55); // the top nine bits: 0..511
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
