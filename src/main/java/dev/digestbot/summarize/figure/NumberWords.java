package dev.digestbot.summarize.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** English number words and the units that follow numbers in news copy. */
final class NumberWords {
    private static final String[] SMALL = ("zero one two three four five six seven eight nine ten eleven twelve "
                    + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
            .split(" ");
    private static final String[] TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
    private static final String[] SMALL_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth "
                    + "ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                    + "eighteenth nineteenth")
            .split(" ");
    private static final String[] TENS_ORDINALS =
            "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(" ");

    private static final Map<String, Integer> CARDINALS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        for (int i = 1; i < SMALL.length; i++) {
            CARDINALS.put(SMALL[i], i);
            ORDINALS.put(SMALL_ORDINALS[i], i);
        }
        for (int i = 0; i < TENS.length; i++) {
            CARDINALS.put(TENS[i], 20 + 10 * i);
            ORDINALS.put(TENS_ORDINALS[i], 20 + 10 * i);
        }
        ORDINALS.put("hundredth", 100);
        ORDINALS.put("thousandth", 1000);
        ORDINALS.put("millionth", 1_000_000);
    }

    /** Scale words written after a number: "five million", "1.2 billion". */
    private static final Map<String, Double> SCALES = Map.of(
            "hundred",
            1e2,
            "thousand",
            1e3,
            "million",
            1e6,
            "billion",
            1e9,
            "trillion",
            1e12,
            "dozen",
            12.0,
            "millions",
            1e6,
            "billions",
            1e9);

    /** Scale suffixes glued to digits: "14m", "1.5bn", "30k". */
    private static final Map<String, Double> SUFFIX_SCALES =
            Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9, "b", 1e9, "bln", 1e9, "tn", 1e12, "trn", 1e12);

    /** Denominators named by fraction words: "a third", "three quarters". */
    private static final Map<String, String> FRACTIONS = WordLists.map("half:2 halves:2 third:3 thirds:3 quarter:4 "
            + "quarters:4 fifth:5 fifths:5 sixth:6 sixths:6 eighth:8 eighths:8 tenth:10 tenths:10");

    static final Set<String> TIME_UNITS =
            WordLists.set("second seconds secs minute minutes mins hour hours hrs day days week weeks fortnight "
                    + "fortnights month months year years yrs decade decades century centuries seasons nights");

    static final Set<String> MEASURE_UNITS =
            WordLists.set("mile miles km kms kilometre kilometres kilometer kilometers metre metres meter "
                    + "meters yard yards foot feet ft inch inches cm mm kg kgs kilogram kilograms kilo "
                    + "kilos gram grams tonne tonnes ton tons lb lbs ounce ounces oz litre litres liter "
                    + "liters gallon gallons barrel barrels mph kph degree degrees acre acres hectare "
                    + "hectares mw gw kw kwh megawatt megawatts gigawatt gigawatts watts volts gb mb tb kb "
                    + "gigabyte gigabytes megabyte megabytes terabyte terabytes mbps ghz mhz megapixel "
                    + "megapixels calorie calories carat carats knots decibels storey storeys");

    static final Set<String> CURRENCY_WORDS =
            WordLists.set("euro euros dollar dollars pound pounds pence penny cent cents yen yuan renminbi "
                    + "rupee rupees rand franc francs krona kronor krone kroner rouble roubles ruble rubles "
                    + "peso pesos dinar dinars dirham dirhams riyal riyals shekel shekels baht ringgit lira "
                    + "naira zloty");

    private NumberWords() {}

    /** The value of a cardinal word ("seven" -> 7), or -1. */
    static int cardinal(String lower) {
        return CARDINALS.getOrDefault(lower, -1);
    }

    /** The value of an ordinal word ("fifth" -> 5), or -1. */
    static int ordinal(String lower) {
        return ORDINALS.getOrDefault(lower, -1);
    }

    /** The multiplier of a scale word ("million" -> 1e6), or 0. */
    static double scale(String lower) {
        return SCALES.getOrDefault(lower, 0.0);
    }

    /** The multiplier of a suffix glued to digits ("bn" -> 1e9), or 0. */
    static double suffixScale(String lower) {
        return SUFFIX_SCALES.getOrDefault(lower, 0.0);
    }

    /** The denominator a fraction word names ("quarters" -> 4), or 0. */
    static int denominator(String lower) {
        String denominator = FRACTIONS.get(lower);
        return denominator == null ? 0 : Integer.parseInt(denominator);
    }

    /** Words such as "tenfold" or "threefold": the factor, or 0. */
    static int fold(String lower) {
        if (!lower.endsWith("fold") || lower.length() < 7) {
            return 0;
        }
        String head = lower.substring(0, lower.length() - 4);
        int n = cardinal(head);
        if (n > 0) {
            return n;
        }
        return head.equals("hundred") ? 100 : head.equals("thousand") ? 1000 : 0;
    }

    static boolean isUnit(String lower) {
        return TIME_UNITS.contains(lower) || MEASURE_UNITS.contains(lower) || CURRENCY_WORDS.contains(lower);
    }
}
