package dev.digestbot.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a figure's value may stand for, by the normalization rules of the annotation
 * guidelines: scale words applied ("1.5bn" is 1.5e9), percentages and fractions as fractions
 * ("25%" is 0.25, "a third" 0.333, "one in 10,000" 0.0001), ordinals as their number
 * ("fifth-largest" is 5), number words ("two hundred"), "tenfold", and scores as pairs ("3-1").
 * A value may yield several candidates ("250 euros (£173)" gives both); a prediction matches when
 * any of them does.
 */
final class FigureValues {
    private static final Pattern SCORE = ScorerChars.pythonRegex("\\b(\\d+)\\s*-\\s*(\\d+)\\b");

    /** A hyphenated number before one of these is a compound adjective ("60-day"), not a score. */
    private static final Pattern COMPOUND = ScorerChars.pythonRegex(
            "\\d\\s*-\\s*(year|day|week|month|hour|minute|yard|metre|mile|seeded|point|run|game|goal|strong|old|man"
                    + "|member)");

    private static final Pattern ONE_IN = ScorerChars.pythonRegex("\\bone\\s+in\\s+([\\d,]+|\\w+)");
    private static final Pattern DIGITS = ScorerChars.pythonRegex(
            "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|mn|m|bn|b|tn|thousand|million|billion|trillion)?\\b");
    private static final Pattern DIGIT_ORDINAL = ScorerChars.pythonRegex("(\\d+)(st|nd|rd|th)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private FigureValues() {}

    /** Every number {@code value} may stand for; empty when it holds none. */
    static List<FigureNumber> numbers(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-');
        boolean percent = v.contains("%") || v.contains("per cent") || v.contains("percent");
        List<String> words = WORD.matcher(v).results().map(MatchResult::group).toList();
        List<Double> amounts = new ArrayList<>();
        List<FigureNumber> out = new ArrayList<>();
        score(v).ifPresent(out::add);
        oneIn(v, amounts);
        digitAmounts(v, percent, amounts);
        fractionsOrdinalsAndFolds(words, amounts);
        firstWordAmount(words, percent, amounts);
        Matcher ordinal = DIGIT_ORDINAL.matcher(v);
        if (ordinal.find()) {
            amounts.add(parse(ordinal.group(1)));
        }
        amounts.forEach(a -> out.add(new FigureNumber.Amount(a)));
        if (out.isEmpty() && !words.isEmpty() && NumberWords.SCALES.containsKey(words.get(0))) {
            out.add(new FigureNumber.Amount(NumberWords.SCALES.get(words.get(0))));
        }
        return out;
    }

    /** The {@code number} field of an annotation: "A-B" for a score, otherwise a decimal. */
    static FigureNumber gold(String number) {
        int dash = number.indexOf('-');
        if (dash > 0 && allDigits(number.substring(0, dash)) && allDigits(number.substring(dash + 1))) {
            return new FigureNumber.Score(
                    new BigInteger(number.substring(0, dash)), new BigInteger(number.substring(dash + 1)));
        }
        return new FigureNumber.Amount(Double.parseDouble(number));
    }

    private static Optional<FigureNumber> score(String v) {
        Matcher m = SCORE.matcher(v);
        if (!m.find() || v.contains("%") || COMPOUND.matcher(v).find()) {
            return Optional.empty();
        }
        return Optional.of(new FigureNumber.Score(new BigInteger(m.group(1)), new BigInteger(m.group(2))));
    }

    private static void oneIn(String v, List<Double> out) {
        Matcher m = ONE_IN.matcher(v);
        if (!m.find()) {
            return;
        }
        String d = m.group(1).replace(",", "");
        Double denominator = allDigits(d) ? Double.valueOf(parse(d)) : wordValue(d);
        if (denominator != null && denominator != 0) {
            out.add(1 / denominator);
        }
    }

    private static Double wordValue(String word) {
        Integer n = NumberWords.UNITS.get(word);
        return n == null ? null : n.doubleValue();
    }

    private static void digitAmounts(String v, boolean percent, List<Double> out) {
        Matcher m = DIGITS.matcher(v);
        while (m.find()) {
            double x = parse(m.group(1).replace(",", ""));
            if (m.group(2) != null) {
                x *= NumberWords.SCALES.get(m.group(2));
            }
            out.add(percent ? x / 100 : x);
        }
    }

    private static void fractionsOrdinalsAndFolds(List<String> words, List<Double> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Integer before = i > 0 ? NumberWords.UNITS.get(words.get(i - 1)) : null;
            if (NumberWords.FRACTIONS.containsKey(w) && before != null) {
                out.add(before * NumberWords.FRACTIONS.get(w));
            } else if (w.equals("half")) {
                out.add(0.5);
            }
            if (NumberWords.ORDINALS.containsKey(w)) {
                out.add(NumberWords.ORDINALS.get(w).doubleValue());
            }
            if (w.endsWith("fold")) {
                Double times = NumberWords.value(List.of(w.substring(0, w.length() - 4)));
                if (times != null && times != 0) {
                    out.add(times);
                }
            }
        }
    }

    /** The first number spelled in words: "two hundred", "a million" (but not a lone "a"). */
    private static void firstWordAmount(List<String> words, boolean percent, List<Double> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean article = w.equals("a") || w.equals("an");
            boolean scaled = i + 1 < words.size() && NumberWords.SCALES.containsKey(words.get(i + 1));
            if (NumberWords.UNITS.containsKey(w) && !article || article && scaled) {
                double n = NumberWords.value(words.subList(i, words.size()));
                out.add(percent ? n / 100 : n);
                return;
            }
        }
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Parses a decimal whose digits may be any script's decimal digits. */
    private static double parse(String digits) {
        StringBuilder ascii = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return Double.parseDouble(ascii.toString());
    }
}
