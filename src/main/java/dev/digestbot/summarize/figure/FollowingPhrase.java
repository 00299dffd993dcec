package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Set;

/**
 * The words after a figure that say what it counts: "ten [living hostages]", "90% of [Britons]",
 * "a 13.8% [rise in numbers]", "nine years [to rack up its first million customers]".
 */
final class FollowingPhrase {
    private static final int MAX_WORDS = FigureLabeler.MAX_WORDS;

    /** Words skipped after a figure before the noun it counts: "two very fine saves", "two other executives". */
    private static final Set<String> SKIPPED =
            WordLists.set("very more other extra additional further fewer really so too quite");

    /** Words that hedge a figure: "at least 60 people", "more than 100 films". */
    private static final Set<String> APPROXIMATIONS = WordLists.set(
            "about around almost nearly some only just more than over up to at least most as many estimated "
                    + "roughly approximately another further");

    /** Prepositions before a count that make its noun their object: "residents on two roads". */
    private static final Set<String> GOVERNING =
            WordLists.set("on in at from with for to by into about among under through against between");

    private static final Set<String> OR_MORE = WordLists.set("more fewer less over so above");

    private static final Set<String> SEQUENCE = WordLists.set("last next past previous first remaining final top");

    private static final Set<String> PREPOSITIONS = WordLists.set("of in for from on per at with");

    private FollowingPhrase() {}

    /** The phrase after the figure: "ten [living hostages]", "90% of [Britons]", "a 13.8% [rise in numbers]". */
    static String of(Tokens t, Mention m) {
        int k = skipConversion(t, m, m.last() + 1);
        boolean unit = FigureLabeler.isUnitValue(t, m);
        if (unit && m.kind() == Kind.DURATION) {
            return null; // see Durations
        }
        boolean of = t.is(k, "of");
        boolean in = m.kind() == Kind.MONEY && t.is(k, "in") && isNoun(t, k + 1) && !t.isCapitalized(k + 1);
        if (of || in) {
            k = of ? Phrases.skipDeterminers(t, k + 1) : k + 1; // "90% of Britons", "£2m in compensation"
        } else if (m.kind() == Kind.MONEY && Sums.after(t, m, k) != null) {
            return Sums.after(t, m, k);
        } else if (unit && m.kind() != Kind.MONEY && m.kind() != Kind.PERCENT) {
            return null;
        }
        if (m.kind() == Kind.RANK && (t.is(k, "most") || t.is(k, "least"))) {
            Span phrase = Phrases.nounAfter(t, k + 1, MAX_WORDS - 1);
            return phrase.isEmpty() ? null : t.original(k) + " " + Phrases.words(t, phrase);
        }
        if (t.is(k, "or") && OR_MORE.contains(t.lower(k + 1))) {
            k += 2; // "10 or more letters"
        }
        while (SKIPPED.contains(t.lower(k)) && !t.is(k + 1, "than")) {
            k++;
        }
        int noun = skipFigure(t, k); // "two 12-year-old girls", "four 12ft ladders"
        Span phrase = Phrases.nounAfter(t, noun, 5);
        if (phrase.isEmpty() || (unit && phrase.size() == 1 && FigureLabeler.VAGUE.contains(t.lower(phrase.first())))) {
            return null;
        }
        return counted(t, m, phrase, of, of && noun > k);
    }

    /** The counted noun, narrowed by the clause, owner or place that goes with it. */
    private static String counted(Tokens t, Mention m, Span phrase, boolean of, boolean partitive) {
        String text = Phrases.words(t, phrase);
        int next = phrase.last() + 1;
        boolean verbNext = isCounted(m) && t.isWord(next) && !PREPOSITIONS.contains(t.lower(next));
        String clause = verbNext ? Clauses.extend(t, next, text, MAX_WORDS, role(t, m)) : null;
        String with = partitive && clause == null ? partitiveFeature(t, m) : null;
        if (clause != null) {
            text = clause; // "people who signed a petition"
        } else if (with != null && Words.count(text) + 2 <= MAX_WORDS) {
            text += " with " + with; // "corrosion in two of its three main spans": "main spans with corrosion"
        } else if (Words.count(text) == 1 && !(of && m.kind() == Kind.MONEY)) { // "£800 of food"
            String owner = Phrases.possessiveBefore(t, m.first() - 1);
            text = owner != null ? owner + " " + text : withPrepositionalPhrase(t, phrase.last() + 1, text);
        }
        boolean share = of && (m.kind() == Kind.FRACTION || m.kind() == Kind.PERCENT || m.kind() == Kind.RATIO);
        return share && Words.count(text) + 2 <= MAX_WORDS ? "share of " + text : text;
    }

    /** "leaks in three of the five reservoirs": what the part has that the whole has not. */
    private static String partitiveFeature(Tokens t, Mention m) {
        int link = m.first() - 1;
        if (!t.is(link, "in") && !t.is(link, "among") && !t.is(link, "at")) {
            return null;
        }
        Span feature = Phrases.nounBefore(t, link - 1, 2);
        boolean named = feature.isEmpty()
                || t.isCapitalized(feature.first())
                || !WordClasses.isNounLike(t.lower(feature.last()));
        named |=
                !feature.isEmpty() && WordClasses.FUNCTION.contains(t.lower(feature.first() - 1)); // "only operates in"
        return named || PrecedingPhrase.isVerb(t, feature.last()) ? null : Phrases.words(t, feature);
    }

    /** "a £48m scheme", "a $676m (£352m) loss": money straight before the noun it is the sum of. */
    static boolean modifiesNoun(Tokens t, Mention m) {
        int k = skipConversion(t, m, m.last() + 1);
        return m.kind() == Kind.MONEY
                && isNoun(t, k)
                && !Sums.isParticiple(t, k)
                && !FigureLabeler.VAGUE.contains(t.lower(k));
    }

    private static boolean isNoun(Tokens t, int k) {
        return Phrases.isContent(t, k) || WordClasses.NOUN_VERBS.contains(t.lower(k));
    }

    private static boolean isCounted(Mention m) {
        return switch (m.kind()) {
            case COUNT, PERCENT, FRACTION, RATIO -> true;
            default -> false;
        };
    }

    /**
     * "the 30 charges", "of the 30 charges", "the world's seven richest nations", "carrying four
     * ladders": a set already known or the object of another verb, so a verb after it is not its own.
     */
    private static Clauses.Role role(Tokens t, Mention m) {
        int k = m.first() - 1;
        while (APPROXIMATIONS.contains(t.lower(k))) {
            k--;
        }
        String before = t.lower(k);
        boolean article =
                before.equals("a") || before.equals("an") || before.equals("that"); // "heard that 12 officers"
        boolean verb = PrecedingPhrase.isVerb(t, k) && !Clauses.REPORTING.contains(before) && !before.endsWith("ly");
        boolean known = (WordClasses.DETERMINERS.contains(before) && !article)
                || before.equals("of")
                || before.endsWith("'s")
                || before.endsWith("’s")
                || (verb && !PrecedingPhrase.isAuxiliary(before));
        return known ? Clauses.Role.KNOWN : GOVERNING.contains(before) ? Clauses.Role.OBJECT : Clauses.Role.FREE;
    }

    private static int skipFigure(Tokens t, int k) {
        if (SEQUENCE.contains(t.lower(k)) && (t.isNumber(k + 1) || NumberWords.cardinal(t.lower(k + 1)) > 0)) {
            k++; // "four of their last five games"
        }
        if (NumberWords.cardinal(t.lower(k)) > 0 && Phrases.isContent(t, k + 1)) {
            return k + 1; // "two of its three main spans"
        }
        if (!t.isNumber(k)) {
            return k;
        }
        boolean noun = Phrases.isContent(t, k + 1) || WordClasses.NOUN_VERBS.contains(t.lower(k + 1));
        if (noun && !t.glued(k + 1)) {
            return k + 1; // "Seventeen of the 30 counts", "two more top 20 hits"
        }
        int end = k;
        while (t.isJoiner(end + 1) || (t.isWord(end + 1) && t.glued(end + 1))) {
            end += t.isJoiner(end + 1) ? 2 : 1;
        }
        return end > k ? end + 1 : k;
    }

    /** Past a conversion in brackets: "a $676m (£352m) loss" reads on to "loss". */
    static int skipConversion(Tokens t, Mention m, int k) {
        if (m.kind() != Kind.MONEY || !t.is(k, "(")) {
            return k;
        }
        for (int close = k + 1; close < k + 10 && close < t.size(); close++) {
            if (t.is(close, ")")) {
                return close + 1;
            }
        }
        return k;
    }

    /** "reports" + "of minor injury": a one-word phrase is widened by the phrase that follows it. */
    static String withPrepositionalPhrase(Tokens t, int k, String text) {
        if (t.is(k, "to") && t.isWord(k + 1) && !Phrases.isContent(t, k + 1) && PrecedingPhrase.isVerb(t, k + 1)) {
            return text + " to " + t.original(k + 1); // "the 56th player to debut"
        }
        if (!PREPOSITIONS.contains(t.lower(k))) {
            return text;
        }
        Span more = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k + 1), MAX_WORDS - 2);
        if (!more.isEmpty() && t.lower(more.last()).endsWith("'s")) {
            more = new Span(more.first(), more.last() - 1); // "from China's 340 million users"
        }
        return more.isEmpty() ? text : text + " " + t.original(k) + " " + Phrases.words(t, more);
    }
}
