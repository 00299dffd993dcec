package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels the figures of one sentence, taking their neighbours into account: the two ends of a
 * range share a label ("between 250 euros and 600 euros"), and a currency conversion takes the
 * label of the figure it converts ("A$458.4m ($357.6m)").
 */
final class SentenceFigures {
    private static final Set<String> RANGE_WORDS = WordLists.set("to - – and or");

    /** What may stand between a sum and its conversion: "250 euros (£173)", "1.5bn euros, that's over £1bn". */
    private static final Set<String> CONVERSION_GAP = WordLists.set(
            "( ; , or that's that’s about around roughly some over almost nearly - – — approximately / a per "
                    + "each year month week annually");

    private static final Map<String, String> CURRENCY_NAMES = Map.of(
            "£",
            "pounds",
            "€",
            "euros",
            "¥",
            "yen",
            "₹",
            "rupees",
            "us$",
            "US dollars",
            "a$",
            "Australian dollars",
            "c$",
            "Canadian dollars",
            "nz$",
            "New Zealand dollars",
            "hk$",
            "Hong Kong dollars");

    private SentenceFigures() {}

    static List<FoundFigure> describe(Tokens t, List<Mention> mentions, int sentence, Casing casing) {
        int n = mentions.size();
        String[] labels = new String[n];
        boolean[] conversion = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = FigureLabeler.label(t, mentions.get(i));
            conversion[i] = i > 0 && isConversion(t, mentions.get(i - 1), mentions.get(i));
        }
        Elisions.fill(t, mentions, labels);
        for (int i = 0; i + 1 < n; i++) {
            int j = conversion[i + 1] && i + 2 < n ? i + 2 : i + 1;
            int gap = mentions.get(j - 1).last() + 1;
            if (isRange(t, mentions.get(i), mentions.get(j), gap)) {
                labelRange(t, mentions.get(i), mentions.get(j), labels, i, j);
            }
        }
        List<FoundFigure> out = new ArrayList<>(n);
        boolean[] aside = asides(t);
        int base = 0;
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (conversion[i]) {
                Mention original = mentions.get(base);
                boolean sameKind = original.kind() == m.kind();
                labels[i] = sameKind ? inCurrency(labels[base], currencyName(t, m, original)) : labels[base];
            } else {
                base = i;
            }
            Figure figure = new Figure(t.text(m.first(), m.last()), casing.apply(labels[i]), t.sentence());
            out.add(new FoundFigure(figure, m.kind(), m.number(), sentence, conversion[i], aside[m.first()]));
        }
        return out;
    }

    /**
     * The same quantity restated: a sum in another currency or a measure in another unit ("45 miles
     * (72km)"), or any figure in brackets straight after another ("7 per cent (£18,786)").
     */
    private static boolean isConversion(Tokens t, Mention before, Mention m) {
        if (m.first() - before.last() > 6 || before.kind() == Kind.SCORE || m.kind() == Kind.SCORE) {
            return false;
        }
        for (int k = before.last() + 1; k < m.first(); k++) {
            if (!CONVERSION_GAP.contains(t.lower(k))) {
                return false;
            }
        }
        boolean bracketed = m.first() - before.last() == 2 && t.is(m.first() - 1, "(");
        boolean restated = before.kind() == m.kind() && (m.kind() == Kind.MONEY || m.kind() == Kind.MEASURE);
        return (restated || bracketed) && !currencyOf(t, before).equals(currencyOf(t, m));
    }

    /** "two to four weeks", "between 3% and 6%", "250 euros (£173) and 600 euros": the gap is one word. */
    private static boolean isRange(Tokens t, Mention a, Mention b, int gap) {
        if (a.kind() == Kind.SCORE || b.kind() == Kind.SCORE || (a.kind() != b.kind() && a.kind() != Kind.COUNT)) {
            return false;
        }
        int word = gap;
        while (word < b.first() && t.is(word, ")")) {
            word++; // the closing bracket of a conversion
        }
        if (b.first() - word != 1 || !RANGE_WORDS.contains(t.lower(word))) {
            return false;
        }
        return !t.is(word, "and") || t.is(a.first() - 1, "between");
    }

    private static void labelRange(Tokens t, Mention a, Mention b, String[] labels, int i, int j) {
        String shared = FigureLabeler.label(t, new Mention(a.first(), b.last(), b.kind(), b.number()));
        boolean bounds = t.is(a.first() - 1, "between")
                && (b.kind() == Kind.MONEY || b.kind() == Kind.PERCENT)
                && Words.count(shared) < 6;
        labels[i] = bounds ? "minimum " + shared : shared;
        labels[j] = bounds ? "maximum " + shared : shared;
    }

    private static String inCurrency(String label, String currency) {
        return Words.count(label) + Words.count(currency) < 6 ? label + " in " + currency : label;
    }

    private static String currencyOf(Tokens t, Mention m) {
        return t.isType(m.first(), Tokens.Type.CURRENCY) ? t.lower(m.first()) : t.lower(m.last());
    }

    private static String currencyName(Tokens t, Mention m, Mention base) {
        String sign = currencyOf(t, m);
        if (sign.equals("$")) {
            return currencyOf(t, base).endsWith("$") ? "US dollars" : "dollars";
        }
        return CURRENCY_NAMES.getOrDefault(sign, sign.equals("p") ? "pence" : t.original(m.last()));
    }

    /** Per token: whether it is inside brackets or a quotation, where asides and speech stand. */
    private static boolean[] asides(Tokens t) {
        boolean[] aside = new boolean[t.size()];
        int brackets = 0;
        int quotes = 0;
        for (int k = 0; k < t.size(); k++) {
            aside[k] = brackets > 0 || quotes % 2 == 1;
            if (t.type(k) != Tokens.Type.SYMBOL) {
                continue;
            }
            brackets += t.is(k, "(") ? 1 : t.is(k, ")") && brackets > 0 ? -1 : 0;
            quotes += t.is(k, "\"") || t.is(k, "“") || t.is(k, "”") ? 1 : 0;
        }
        return aside;
    }
}
