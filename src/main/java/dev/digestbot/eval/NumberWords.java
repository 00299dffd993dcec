package dev.digestbot.eval;

import java.util.List;
import java.util.Map;

/** English number words and what they are worth, for reading figures such as "two hundred". */
final class NumberWords {
    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("single", 1),
            Map.entry("dozen", 12));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("second", 2),
            Map.entry("third", 3),
            Map.entry("fourth", 4),
            Map.entry("fifth", 5),
            Map.entry("sixth", 6),
            Map.entry("seventh", 7),
            Map.entry("eighth", 8),
            Map.entry("ninth", 9),
            Map.entry("tenth", 10),
            Map.entry("eleventh", 11),
            Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13),
            Map.entry("fifteenth", 15),
            Map.entry("twentieth", 20),
            Map.entry("fiftieth", 50),
            Map.entry("hundredth", 100));

    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("k", 1e3),
            Map.entry("thousand", 1e3),
            Map.entry("m", 1e6),
            Map.entry("mn", 1e6),
            Map.entry("million", 1e6),
            Map.entry("millions", 1e6),
            Map.entry("bn", 1e9),
            Map.entry("b", 1e9),
            Map.entry("billion", 1e9),
            Map.entry("billions", 1e9),
            Map.entry("tn", 1e12),
            Map.entry("trillion", 1e12));

    /** Fractions by their denominator word: "a third", "two thirds". */
    static final Map<String, Double> FRACTIONS = Map.ofEntries(
            Map.entry("half", 0.5),
            Map.entry("halves", 0.5),
            Map.entry("third", 1.0 / 3),
            Map.entry("thirds", 1.0 / 3),
            Map.entry("quarter", 0.25),
            Map.entry("quarters", 0.25),
            Map.entry("fifth", 0.2),
            Map.entry("fifths", 0.2),
            Map.entry("tenth", 0.1),
            Map.entry("tenths", 0.1),
            Map.entry("sixth", 1.0 / 6),
            Map.entry("eighth", 0.125));

    private NumberWords() {}

    /**
     * The number spelled by the leading words of {@code words} ("two hundred million" is 2e8),
     * reading until the first word that is neither a number nor a scale after one; null when the
     * first word is not a number word.
     */
    static Double value(List<String> words) {
        double total = 0;
        double current = 0;
        boolean seen = false;
        for (String w : words) {
            Integer unit = UNITS.get(w);
            if (unit != null) {
                current = unit == 100 ? Math.max(current, 1) * 100 : current + unit;
                seen = true;
            } else if (seen && SCALES.containsKey(w)) {
                total += Math.max(current, 1) * SCALES.get(w);
                current = 0;
            } else {
                break;
            }
        }
        return seen ? total + current : null;
    }
}
