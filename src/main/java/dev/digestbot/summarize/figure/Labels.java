package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Labels for scores and ages, and the wording that turns a one-word phrase into a label. */
final class Labels {
    private static final Set<String> WIN_VERBS =
            WordLists.set("beat beats beating defeated defeat defeating overcame thrashed edged against over to "
                    + "with drew edge overcome thrash downed saw past by");
    /** Nouns that already name a sum: "cost" becomes "total cost", not "amount of cost". */
    private static final Set<String> SUMS =
            WordLists.set("cost costs payment spending earnings takings winnings price fine bill sale purchase "
                    + "investment charge charges fare fares fee fees rent");

    private static final Set<String> VAGUE_SUMS = WordLists.set(
            "figure total amount sum level cash money profits losses revenue value prices fare " + "fares rate rates");

    /** Plurals that name money itself: "amount of savings", "amount of damages". */
    private static final Set<String> MASS = WordLists.set("savings earnings damages proceeds funds takings "
            + "winnings assets sales profits losses debts taxes benefits wages fees costs dividends bonuses "
            + "shares");

    /** What a sum is the value of, rather than the cost: "value of deal". */
    private static final Set<String> VALUED =
            WordLists.set("deal deals contract contracts bid bids offer offers takeover merger acquisition sale "
                    + "order orders stake package settlement transfer agreement business company firm portfolio "
                    + "house home property estate fortune collection painting prize jackpot auction firm");
    /** Sums that are sizes rather than prices: "size of loss", "size of fine". */
    private static final Set<String> AMOUNTS =
            WordLists.set("loss losses profit profits deficit debt debts surplus fine fines bonus bonuses grant "
                    + "grants loan loans budget payout windfall donation donations gift fee fees salary pay "
                    + "wage wages bill tax rise cut increase fall revenue revenues turnover sales earnings "
                    + "income investment funding subsidy compensation damages pension award savings bond bail "
                    + "lawsuit claim suit penalty penalties");

    private static final Set<String> TITLES =
            WordLists.set("tory labour conservative democrat republican liberal minister president prime "
                    + "chancellor secretary senator governor general captain coach manager chief executive "
                    + "director singer actor actress star striker midfielder defender goalkeeper keeper "
                    + "british american irish german french spanish italian australian chairman mr mrs ms dr");
    private static final Map<String, String> RESULTS = WordLists.map("win:winning victory:winning "
            + "triumph:winning success:winning defeat:losing loss:losing drubbing:losing thrashing:winning "
            + "draw:drawn home:home away:away");
    private static final Set<String> RESULT_LINKS = WordLists.set("over against by to with for");
    private static final Set<String> DISTANCES = WordLists.set("mile miles km kms kilometre kilometres kilometer "
            + "kilometers metre metres meter meters yard yards foot feet ft inch inches cm mm m");
    private static final Set<String> WEIGHTS = WordLists.set(
            "kg kgs kilogram kilograms kilo kilos gram grams " + "tonne tonnes ton tons lb lbs ounce ounces oz");
    private static final Set<String> ORGANISATIONS =
            WordLists.set("league cup club court council party association commission university committee union "
                    + "hospital appeals office department ministry police airport stadium road street park square "
                    + "group bank company corporation government house school college fund trust service");
    private static final Pattern NATIONALITY = Pattern.compile("(?:an|ish|ese|ch|ic)$");
    private static final Set<String> TRAILING = WordLists.set("trailing trail trailed behind down");
    private static final Set<String> LEADING = WordLists.set("lead leading led leads up ahead");
    private static final Set<String> CHANGES =
            WordLists.set("rise fall increase decrease drop dip growth jump climb surge slump decline plunge "
                    + "slide gain loss cut reduction delay");

    private Labels() {}

    /** "score against Olympiakos", "deficit at half-time", "tie-break score", "set score". */
    static String score(Tokens t, Mention m) {
        int k = m.first() - 1;
        Span name = capitalizedBefore(t, k);
        if (!name.isEmpty() && WIN_VERBS.contains(t.lower(name.first() - 1))) {
            return "score against " + personName(t, name);
        }
        String result = RESULTS.get(t.lower(m.last() + 1));
        if (result != null) {
            int at = m.last() + 2;
            at = RESULT_LINKS.contains(t.lower(at)) ? Phrases.skipDeterminers(t, at + 1) : -1;
            Span opponent = at < 0 ? new Span(0, -1) : capitalizedAfter(t, at);
            return opponent.isEmpty() ? result + " score" : "score against " + personName(t, opponent);
        }
        String prev = t.lower(k);
        if (TRAILING.contains(prev) || LEADING.contains(prev)) {
            String base = TRAILING.contains(prev) ? "deficit" : "lead";
            Span when = t.is(m.last() + 1, "at") ? Phrases.nounAfter(t, m.last() + 2, 2) : new Span(0, -1);
            return when.isEmpty() ? base + " in the match" : base + " at " + Phrases.words(t, when);
        }
        if (prev.equals("(")) {
            return "tie-break score";
        }
        return hasScoreNear(t, m) ? "set score" : "match score";
    }

    /** "seeding of Jurgen Melzer" for "seventh-seeded Jurgen Melzer" or "Tommy Haas, the third seed"; else null. */
    static String seeding(Tokens t, Mention m) {
        boolean seeded = t.lower(m.last()).startsWith("seed");
        if (!seeded && !t.lower(m.last() + 1).startsWith("seed")) {
            return null;
        }
        Span name;
        if (seeded) {
            Span after = Phrases.nounAfter(t, m.last() + 1, 4);
            name = after.isEmpty() || !t.isCapitalized(after.last()) ? nearestName(t, m.first() - 1) : after;
        } else {
            int k = t.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
            name = t.is(k, ",") ? capitalizedBefore(t, k - 1) : nearestName(t, k);
        }
        return name.isEmpty() ? "tournament seeding" : "seeding of " + personName(t, name);
    }

    /** "its first million customers": a milestone, labelled by what it counts. */
    static String milestone(Tokens t, Mention m) {
        String word = t.lower(m.first());
        if (m.first() != m.last() || !(word.equals("million") || word.equals("billion"))) {
            return null;
        }
        Span counted = Phrases.nounAfter(t, m.last() + 1, 3);
        return counted.isEmpty() ? "milestone reached" : Phrases.words(t, counted) + " milestone";
    }

    /** A label for a figure that belongs to a name: "figure for Scotland". */
    static String forName(String name, Kind kind) {
        String noun = switch (kind) {
            case MONEY -> "sum";
            case PERCENT -> "rate";
            case DURATION -> "time";
            case MEASURE -> "size";
            case FRACTION, RATIO -> "share";
            case AGE -> "age";
            case RANK -> "ranking";
            default -> "figure";
        };
        return noun + " for " + name;
    }

    /** A noun that names a sum itself: "profit", "budget", "deal". */
    static boolean isSum(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SUMS.contains(lower) || AMOUNTS.contains(lower) || VALUED.contains(lower) || VAGUE_SUMS.contains(lower);
    }

    /** A noun of change: "rise", "reduction". */
    static boolean isChange(String word) {
        return CHANGES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Labels a figure by the one noun it modifies: "value of deal" for "a £5m deal", "length of race". */
    static String widenAfter(String word, Kind kind, String unit) {
        if (kind == Kind.DURATION && (word.equals("high") || word.equals("low"))) {
            return "time since a " + word + "er level"; // "a six-year high"
        }
        if (kind == Kind.MONEY) {
            String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
            String lower = bare.toLowerCase(Locale.ROOT);
            if (SUMS.contains(lower)) {
                return "total " + bare;
            }
            return (VALUED.contains(lower) ? "value of " : AMOUNTS.contains(lower) ? "size of " : "cost of ") + bare;
        }
        if (kind == Kind.MEASURE) {
            String dimension = DISTANCES.contains(unit) ? "length" : WEIGHTS.contains(unit) ? "weight" : "size";
            return dimension + " of " + word;
        }
        return kind == Kind.COUNT && !unit.isEmpty() ? "size of " + word : widen(word, kind);
    }

    /** Makes a label of a single word, in the words the figure's kind calls for. */
    static String widen(String word, Kind kind) {
        if (kind != Kind.SCORE && kind != Kind.RANK && !WordClasses.isNounLike(word.toLowerCase(Locale.ROOT))) {
            return fallback(kind, ""); // "available", "richest", "contribute": no "amount of available"
        }
        String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        return switch (kind) {
            case COUNT ->
                isChange(word)
                        ? "size of " + word
                        : FigureLabeler.VAGUE.contains(word.toLowerCase(Locale.ROOT))
                                ? word + " figure"
                                : "number of " + word;
            case MONEY -> SUMS.contains(word) ? "total " + word : ofMoney(word);
            case PERCENT -> CHANGES.contains(word.toLowerCase(Locale.ROOT)) ? "percentage " + word : word + " rate";
            case DURATION -> "length of " + word;
            case AGE -> "age of " + word;
            case RANK -> bare + " ranking";
            case MEASURE -> "size of " + word;
            case SCORE -> word + " score";
            case MULTIPLE -> "increase in " + word;
            default -> "share of " + word;
        };
    }

    /** "amount of savings", but "sum for carers" and "price of seats": plurals are people or goods. */
    private static String ofMoney(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !isSum(lower) && !MASS.contains(lower);
        if (!plural) {
            return "amount of " + word;
        }
        return Clauses.isPerson(lower) ? "sum for " + word : "price of " + word;
    }

    /** A label from the kind alone, when the sentence offers no phrase. */
    static String fallback(Kind kind, String unit) {
        if (kind == Kind.MEASURE) {
            return DISTANCES.contains(unit)
                    ? "measured distance"
                    : WEIGHTS.contains(unit) ? "measured weight" : "measured size";
        }
        return switch (kind) {
            case MONEY -> "sum of money";
            case PERCENT -> "percentage figure";
            case DURATION -> "length of time";
            case AGE -> "age in years";
            case RANK -> "rank or position";
            case SCORE -> "match score";
            case MULTIPLE -> "multiple of increase";
            case FRACTION, RATIO -> "proportion of total";
            default -> "number counted";
        };
    }

    /** The run of capitalized words starting at {@code i}, at most three: "UK Treasury". */
    static Span capitalizedRun(Tokens t, int i) {
        return capitalizedAfter(t, i);
    }

    /** The run of capitalized words starting at {@code i}, at most three: "Bayer Leverkusen". */
    private static Span capitalizedAfter(Tokens t, int i) {
        int last = i - 1;
        while (last + 1 < t.size() && last - i < 2 && t.isCapitalized(last + 1) && Phrases.isContent(t, last + 1)) {
            last++;
        }
        return new Span(i, last);
    }

    /** The run of capitalized words ending at {@code i}: "Olympiakos", "Tommy Haas". */
    static Span capitalizedBefore(Tokens t, int i) {
        int first = i + 1;
        while (first - 1 >= 0 && t.isCapitalized(first - 1) && Phrases.isContent(t, first - 1)) {
            first--;
        }
        return new Span(first, i);
    }

    /** At most three words of a name, without a leading title or party: "Edward Turnour" from "Tory Edward Turnour". */
    static String personName(Tokens t, Span name) {
        Span span = lastWords(name, 3);
        while (span.size() > 2 && !isForename(t, span.first())) {
            span = new Span(span.first() + 1, span.last());
        }
        return Phrases.words(t, span);
    }

    /** Not a title, a party, a nationality ("Austrian") or a possessive ("Germany's"). */
    private static boolean isForename(Tokens t, int i) {
        String word = t.lower(i);
        return !TITLES.contains(word)
                && !NATIONALITY.matcher(word).find()
                && !word.endsWith("'s")
                && !word.endsWith("’s");
    }

    private static Span lastWords(Span span, int n) {
        return span.size() <= n ? span : new Span(span.last() - n + 1, span.last());
    }

    /** The nearest name of two or more capitalized words before {@code i}, skipping the sentence's first. */
    static Span nearestName(Tokens t, int i) {
        for (int k = i; k > 0 && k > i - 20; k--) {
            Span run = capitalizedBefore(t, k);
            if (run.size() >= 2 && !t.atStart(run.first()) && !ORGANISATIONS.contains(t.lower(run.last()))) {
                return run;
            }
            k = Math.min(k, run.first());
        }
        return new Span(0, -1);
    }

    /** Another score within a few tokens: the sets of a tennis match ("7-6 (7-3) 6-3"). */
    private static boolean hasScoreNear(Tokens t, Mention m) {
        for (int k = Math.max(1, m.first() - 6); k <= m.last() + 6 && k + 1 < t.size(); k++) {
            boolean outside = k < m.first() || k > m.last();
            if (outside && t.isNumber(k - 1) && t.isJoiner(k) && t.isNumber(k + 1)) {
                return true;
            }
        }
        return false;
    }
}
