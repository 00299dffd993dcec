package dev.digestbot.summarize;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds noun phrases around a figure without a part-of-speech tagger: a run of content words,
 * bounded by function words, verbs, numbers and punctuation. Cheap word lists, not a parser, so
 * that labelling costs microseconds.
 */
final class Phrases {
    /** A run of tokens {@code first..last}, inclusive; empty when {@code last < first}. */
    record Span(int first, int last) {
        boolean isEmpty() {
            return last < first;
        }

        int size() {
            return last - first + 1;
        }
    }

    static final Set<String> FUNCTION =
            WordLists.set("a an the this that these those his her its their our my your some any all each every "
                    + "no both either neither such which who whom whose what when where why how whether if "
                    + "than then as of in on at to for from by with about over under into onto upon between "
                    + "among after before since until during through within without around across behind "
                    + "near like per via against toward towards and or but nor so yet while although though "
                    + "because unless whereas i you he she it we they me him us them there here also only "
                    + "just even still already not very more most less least much many few several other "
                    + "another own same up down out off away back ago later earlier almost nearly roughly "
                    + "approximately too again once twice now ever never always whole including compared "
                    + "despite amid instead rather following according plus minus beyond above below "
                    + "outside inside estimated record further extra additional respectively alone soon ago today "
                    + "yesterday tomorrow tonight last next past far along due worldwide overall annually apiece globally abroad "
                    + "domestically nationwide");

    static final Set<String> VERBS =
            WordLists.set("is are was were be been being am has have had having do does did will would shall "
                    + "should can could may might must said says say told tell added adds made make makes "
                    + "took take takes got get gets gave give gives went go goes came come comes saw see "
                    + "seen found find finds became become becomes left leave kept keep put set sets meant "
                    + "mean means showed show shows rose rise rises risen fell fall falls fallen won win "
                    + "wins lost lose loses beat beats hit hits paid pay pays cost costs spent spend spends "
                    + "reached reach reaches stood stands stand sold sell sells bought buy buys think "
                    + "thinks thought know knows knew feel feels felt include includes involve involves "
                    + "affect affects allow allows help helps face faces need needs want wants use uses own "
                    + "owns run runs ran grow grows grew grown cut cuts hold holds held bring brings "
                    + "brought expect expects hope hopes plan plans seek seeks sought remain remains claim "
                    + "claims die dies died live work works believe believes play plays offer offers "
                    + "receive receives earn earns drop drops dip dips top tops lead leads led send sends "
                    + "sent let lets begin begins began continue continues account accounts represent "
                    + "represents exceed exceeds mark marks seem seems appear appears look "
                    + "looks score scores scored wait waited ask asks asked call calls called try tries "
                    + "tried turn turned start starts started end ends ended open opens opened serve serves "
                    + "served join joins joined shot shoot fire fired kill kills killed taken given shown "
                    + "known drawn driven written broken chosen spoken stolen thrown begun done gone hidden "
                    + "provide provides create creates generate generates produce produces deliver delivers "
                    + "attract attracts employ employs hire hires raise raises borrow borrows lend lends repay "
                    + "repays secure secures land lands post posts report reports announce announces "
                    + "require requires save saves invest invests value values put puts sees saw fetch fetches "
                    + "span spans boost boosts double doubles triple triples halve halves posted reported "
                    + "recorded announced unveiled revealed registered booked delivered achieved generated needed "
                    + "grossed notched met meet meets suggested");

    /** Verbs of change and the noun a label uses for them: "profit rose 28%" -> "profit rise". */
    static final Map<String, String> CHANGE_NOUNS =
            WordLists.map("rose:rise rise:rise rises:rise risen:rise rising:rise fell:fall fall:fall falls:fall "
                    + "fallen:fall falling:fall increased:increase increase:increase increases:increase "
                    + "decreased:decrease decrease:decrease dropped:drop drop:drop drops:drop dipped:dip "
                    + "dip:dip grew:growth grow:growth grown:growth jumped:jump jump:jump climbed:climb "
                    + "soared:rise surged:surge slumped:slump declined:decline plunged:plunge slid:slide "
                    + "gained:gain lost:loss cut:cut reduced:reduction delayed:delay cost:cost costs:cost "
                    + "earned:earnings paid:payment raised:raise sold:sale "
                    + "valued:value worth:value values:value reduce:reduction reduces:reduction "
                    + "reducing:reduction tumbled:fall slipped:fall eased:fall rallied:rise advanced:rise "
                    + "retreated:fall shrank:contraction expanded:growth doubled:rise tripled:rise halved:fall "
                    + "rocketed:rise leapt:jump leaped:jump sank:fall dived:fall plummeted:fall improved:improvement "
                    + "widened:rise narrowed:fall grossed:takings surge:surge soar:rise soars:rise climb:climb "
                    + "climbs:climb slump:slump slumps:slump decline:decline declines:decline plunge:plunge "
                    + "plunges:plunge tumble:fall tumbles:fall");

    /** Verbs whose object a sum is, and the noun a label uses: "passengers could claim 150 euros". */
    static final Map<String, String> OBJECT_NOUNS = WordLists.map(
            "fined:fine claim:claim claims:claim claimed:claim pay:payment pays:payment spend:spending spent:spending "
                    + "priced:price spends:spending earn:earnings earns:earnings offer:offer offered:offer charge:charge "
                    + "charged:charge charges:charge sell:sale buy:purchase bought:purchase "
                    + "invest:investment invested:investment owe:debt owed:debt owes:debt save:savings "
                    + "saved:savings borrowed:loan donated:donation awarded:award forecast:forecast "
                    + "forecasts:forecast forecasting:forecast predicted:forecast predicting:forecast "
                    + "predicts:forecast estimated:estimate estimates:estimate budgeted:budget "
                    + "raised:sum_raised received:sum_received lent:loan bid:bid");

    /** Words that are nouns after a number ("a 5% rise in", "20 votes.") but verbs before an object. */
    private static final Set<String> NOUN_VERBS =
            WordLists.set("rise rises fall falls increase increases cut cuts drop drops dip dips jump jumps "
                    + "score scores lead leads top mark marks plan plans hope face need use work end start "
                    + "call calls play plays offer offers account win wins hit hits cost costs run runs set "
                    + "sets claim claims look fire shot turn wait stand hold help show shows decrease "
                    + "decreases surge slump decline gain gains loss losses bid bids jobs deal deals vote "
                    + "votes visit visits trip trips attempt attempts tries try reports report posts post "
                    + "spans value values boost boosts");

    static final Set<String> DETERMINERS =
            WordLists.set("the a an all its their his her our these those this that your my some each every " + "both");

    private static final Set<String> AUXILIARIES = WordLists.set("is was has does goes says");
    private static final Set<String> LINKS = WordLists.set("of from for in on at");
    private static final Set<String> CLAUSE_BREAKS = WordLists.set(", ; : \" “ ” that which who while but");
    private static final Set<String> CONTRACTIONS = WordLists.set("it's that's he's she's there's what's who's let's "
            + "here's it’s that’s he’s she’s there’s what’s who’s let’s here’s");

    private static final Set<String> NOT_VERBS_ED =
            WordLists.set("hundred speed seed need bed red shed breed greed feed weed deed creed steed building "
                    + "funding spending meeting training housing ceiling evening morning wedding clothing "
                    + "shooting bombing painting setting thing nothing something anything everything string "
                    + "spring wing king ring offering warning booking hearing ruling rating ranking timing "
                    + "feeling opening beginning sibling sterling lightning shilling pudding sling swing "
                    + "outing saving ending landing parking polling voting");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Phrases() {}

    /** A word that can be part of a noun phrase. */
    static boolean isContent(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        String word = t.lower(i);
        boolean named = t.isCapitalized(i) && !t.atStart(i); // "West End", "Champions League"
        return !FUNCTION.contains(word)
                && !CONTRACTIONS.contains(word)
                && !(t.isNumber(i - 1) && t.glued(i))
                && !(NumberWords.scale(word) > 0 && (t.isNumber(i - 1) || NumberWords.cardinal(t.lower(i - 1)) > 0))
                && (named || !VERBS.contains(word))
                && (named || !CHANGE_NOUNS.containsKey(word))
                && !word.endsWith("ly")
                && NumberWords.cardinal(word) < 0
                && !NotAFigure.isMonth(t, i);
    }

    /** A participle that ends a phrase ("people injured in"), not one that starts it ("injured people"). */
    static boolean isVerbForm(Tokens t, int i) {
        String word = t.lower(i);
        boolean participle = word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing"));
        return participle && !NOT_VERBS_ED.contains(word) && !isContent(t, i + 1) && !t.isJoiner(i + 1);
    }

    /** A noun-or-verb word used as a noun: followed by punctuation or a preposition, not an object. */
    private static boolean isNounHere(Tokens t, int i) {
        String word = t.lower(i);
        if (NOUN_VERBS.contains(word)) {
            String next = t.lower(i + 1);
            return !t.isWord(i + 1) || (!isContent(t, i + 1) && !DETERMINERS.contains(next));
        }
        boolean plural = word.endsWith("s") && VERBS.contains(word) && !AUXILIARIES.contains(word);
        return plural && !t.isWord(i + 1) && !t.isNumber(i + 1); // "made two fine saves, and"
    }

    /** "19 private banks operate, only": a bare verb after a plural noun ends the phrase. */
    private static boolean isVerbAfterPlural(Tokens t, int i, int start) {
        String previous = t.lower(i - 1);
        String word = t.lower(i);
        boolean plural = previous.endsWith("s") && !previous.endsWith("'s") && !previous.endsWith("ss");
        return i > start && plural && !word.endsWith("s") && !t.isCapitalized(i) && !isContent(t, i + 1);
    }

    /** The noun phrase starting at {@code i}, at most {@code max} words. */
    static Span nounAfter(Tokens t, int i, int max) {
        int last = i - 1;
        int words = 0;
        int k = i;
        while (words < max
                && (isContent(t, k) || isNounHere(t, k))
                && !(k > i && (isVerbForm(t, k) || isVerbAfterPlural(t, k, i)))
                && !(k > i && t.isCapitalized(k) && isPluralNoun(t, k - 1))) { // "two sons Michael and Sam"
            last = k;
            words++;
            while (t.isJoiner(last + 1) && t.isWord(last + 2)) {
                last += 2; // "second-half", "tie-break"
            }
            if ((t.is(last + 1, "'") || t.is(last + 1, "’")) && t.glued(last + 1)) {
                last++; // "members' names"
            }
            k = last + 1;
        }
        return new Span(i, last);
    }

    /** The noun phrase ending at {@code i}, at most {@code max} words. */
    static Span nounBefore(Tokens t, int i, int max) {
        int first = i + 1;
        int words = 0;
        int k = i;
        while (words < max && k >= 0) {
            if ((t.is(k, "'") || t.is(k, "’")) && t.glued(k) && k > 0) {
                k--; // "players' wages"
            }
            if (!isContent(t, k) || (k == i && isVerbForm(t, k))) {
                break;
            }
            if (t.isJoiner(k - 1) && t.isNumber(k - 2)) {
                break; // "page" of "the 16-page manuscript" belongs to the figure
            }
            if (k < i && t.lower(k).endsWith("ed") && t.lower(k).length() > 4 && !isNoun(t.lower(k))) {
                break; // "that expansion pushed annual growth": a verb, not an adjective
            }
            first = k;
            words++;
            while (t.isJoiner(first - 1) && t.isWord(first - 2)) {
                first -= 2;
            }
            k = first - 1;
        }
        return new Span(first, i);
    }

    /** A phrase and the index of its first token. */
    record Phrase(String text, int first) {}

    /** The noun phrase ending at {@code i}, widened by one "X of Y" step: "average size of English constituency". */
    static Phrase phraseBefore(Tokens t, int i) {
        Span span = nounBefore(t, i, 4);
        if (span.isEmpty()) {
            return null;
        }
        Phrase phrase = new Phrase(words(t, span), span.first());
        int p = span.first() - 1;
        while (DETERMINERS.contains(t.lower(p))) {
            p--;
        }
        if (!LINKS.contains(t.lower(p))) {
            return phrase;
        }
        int q = p - 1;
        if (t.isNumber(q) && t.is(q - 1, "of")) {
            q -= 2; // "the age of 21 for an MP"
        }
        while (DETERMINERS.contains(t.lower(q))) {
            q--;
        }
        Span head = nounBefore(t, q, 3);
        boolean name = !head.isEmpty() && t.isCapitalized(head.first()) && t.isWord(head.first() - 1);
        String joined = head.isEmpty() || name ? null : words(t, head) + " " + t.original(p) + " " + phrase.text();
        return joined != null && wordCount(joined) <= 5 ? new Phrase(joined, head.first()) : phrase;
    }

    /** A change noun at {@code i} with the words before it: "increases", "price rise". */
    static String changeBefore(Tokens t, int i) {
        Span span = nounBefore(t, i - 1, 3);
        return span.isEmpty() ? t.original(i) : words(t, span) + " " + t.original(i);
    }

    /** The first noun phrase of the clause that contains token {@code from}, if it ends before {@code limit}. */
    static String clauseSubject(Tokens t, int from, int limit) {
        int start = Math.max(0, from);
        while (start > 0 && start > from - 40 && !CLAUSE_BREAKS.contains(t.lower(start - 1))) {
            start--;
        }
        while (start < limit && !t.isNumber(start) && (!isContent(t, start) || isParticiple(t.lower(start)))) {
            start++; // "..., losing three of her last five": no subject in this clause
        }
        Span first = nounAfter(t, start, 4);
        return first.isEmpty() || first.last() >= limit ? null : words(t, first);
    }

    /** The owner just before a figure: "Gerrard's 20-yard drive", "the players' 10% rise". */
    static String possessiveBefore(Tokens t, int i) {
        if ((t.is(i, "'") || t.is(i, "’")) && t.glued(i) && t.lower(i - 1).endsWith("s") && isContent(t, i - 1)) {
            return t.text(i - 1, i);
        }
        String word = t.lower(i);
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        return possessive && isContent(t, i) && !CONTRACTIONS.contains(word) ? t.original(i) : null;
    }

    static int skipDeterminers(Tokens t, int k) {
        while (DETERMINERS.contains(t.lower(k)) || t.is(k, "own")) {
            k++;
        }
        return k;
    }

    private static boolean isPluralNoun(Tokens t, int i) {
        String word = t.lower(i);
        return t.isWord(i) && !t.isCapitalized(i) && word.endsWith("s") && !word.endsWith("ss");
    }

    private static boolean isParticiple(String word) {
        return word.length() > 4 && (word.endsWith("ing") || word.endsWith("ed")) && !isNoun(word);
    }

    /** A word ending in -ed or -ing that is a noun: "hundred", "speed", "building", "funding". */
    static boolean isNoun(String word) {
        return NOT_VERBS_ED.contains(word);
    }

    /** The words of {@code span} as written, on one line. */
    static String words(Tokens t, Span span) {
        String text = t.text(span.first(), span.last());
        boolean plain = text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && !text.contains("  ");
        return plain ? text : WHITESPACE.matcher(text).replaceAll(" ");
    }

    static int wordCount(String label) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < label.length(); i++) {
            boolean space = Character.isWhitespace(label.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
