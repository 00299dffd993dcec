package dev.digestbot.testing;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeded random text for property tests: each test case is named by its seed, so a failure is
 * reproduced by running that seed again.
 */
public final class RandomText {
    private static final String SYMBOLS =
            " \n\t.,;:!?\"'()[]-\u2014\u2013\u201c\u201d\u2018\u2019%$\u00a3\u20ac/&*#@\u00a0";

    private static final List<String> NEWS_WORDS = List.of(
            "said",
            "Mr",
            "Ms",
            "Dr",
            "Smith",
            "Jane",
            "Doe",
            "\"",
            "\u201c",
            "\u201d",
            "'",
            "\u2018",
            "\u2019",
            "the",
            "council",
            "minister",
            "£5m",
            "$1.2bn",
            "25%",
            "ten",
            "3-1",
            "60-day",
            "he",
            "she",
            "told",
            "according",
            "to",
            ".",
            ",",
            "a",
            "third",
            "2004",
            "5",
            "p.m.",
            "Gen.",
            "U.S.",
            "\n\n",
            "-",
            "\u2014",
            "spokesman",
            "for",
            "Downing",
            "Street",
            ":",
            "(",
            ")",
            "billion",
            "one",
            "in",
            "10,000",
            "added",
            "second",
            "top",
            "five",
            "million",
            "per",
            "cent",
            "?",
            "!",
            "We",
            "will",
            "not",
            "(CNN)");

    private RandomText() {}

    /** Seeds for {@code count} cases, for {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return LongStream.range(0, count);
    }

    /** Any characters: letters, digits, punctuation, quotes, whitespace and the odd code point. */
    public static String arbitrary(long seed, int maxLength) {
        Random random = new Random(seed);
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                text.append((char) ('a' + random.nextInt(26)));
            } else if (pick < 5) {
                text.append((char) ('A' + random.nextInt(26)));
            } else if (pick < 6) {
                text.append((char) ('0' + random.nextInt(10)));
            } else if (pick < 9) {
                text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            } else {
                text.appendCodePoint(random.nextInt(0x2FFF) + 1);
            }
        }
        return text.toString();
    }

    /** Words, numbers, names, quotation marks and attributions in random order. */
    public static String newsLike(long seed, int maxWords) {
        return fromWords(seed, NEWS_WORDS, maxWords);
    }

    /** Up to {@code maxWords} picks from {@code words}, mostly space-separated, sometimes glued. */
    public static String fromWords(long seed, List<String> words, int maxWords) {
        Random random = new Random(seed);
        int count = random.nextInt(maxWords + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(4) > 0) {
                text.append(random.nextInt(8) == 0 ? ", " : " ");
            }
            text.append(words.get(random.nextInt(words.size())));
        }
        return text.toString();
    }
}
