package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Phrases.Span;
import java.util.Locale;
import java.util.Set;

/**
 * The clause after a counted noun that says which ones are counted: "3,200 people [who signed a
 * petition]", "60 people [were arrested]", "400 jobs [may move abroad]". It narrows "number of
 * people" to "people who signed a petition".
 */
final class Clauses {
    /** Verb forms that agree with one thing, not with the counted many. */
    private static final Set<String> SINGULAR = WordLists.set("has is was does");

    private static final Set<String> DAYS = WordLists.set("monday tuesday wednesday thursday friday saturday sunday "
            + "mondays tuesdays wednesdays thursdays fridays saturdays sundays today yesterday weekend night");

    private static final Set<String> RELATIVES = WordLists.set("who that which");
    private static final Set<String> PARTICLES = WordLists.set("up out off down away forward back");
    private static final Set<String> LINKS = WordLists.set("in on at from for by after during into across with");
    /** Determiners a label keeps before an object: "people who signed a petition", "lost their seats". */
    private static final Set<String> KEPT_DETERMINERS = WordLists.set("a an the their its his her");

    private static final int MAX_OBJECT = 4;

    /** Verbs whose object may be "to" and a verb: "fans wanted to watch", "bystanders tried to help". */
    private static final Set<String> TO_VERBS =
            WordLists.set("wanted tried decided planned agreed refused chose hoped failed managed attempted "
                    + "promised offered voted needed continued started began want try decide plan agree refuse "
                    + "choose hope fail manage attempt promise need continue start begin");

    /** Adverbs of place that end a clause: "tracks bought online", "jobs that may move abroad". */
    private static final Set<String> PLACES = WordLists.set("online abroad overseas home worldwide offshore");

    /** Verbs that report or guess rather than say what the counted things did: "officials said". */
    static final Set<String> REPORTING =
            WordLists.set("said say says told tell added claimed claim claims believe believes believed think "
                    + "thinks thought feel feels felt expected estimated feared understood known reported "
                    + "suggest suggests suggested show shows showed");

    /** Verbs too light or too general to say which things are counted: "people made", "jobs include". */
    private static final Set<String> LIGHT = WordLists.set("include included including according seem seemed "
            + "appear appeared make made do did get got go went come take took give gave put set");

    /** Past forms that take no object, so "people died" is active: "people who died". */
    private static final Set<String> INTRANSITIVE =
            WordLists.set("died arrived survived escaped disappeared gathered voted protested resigned graduated "
                    + "remained returned drowned applied qualified participated responded stayed worked lived "
                    + "existed occurred happened collapsed failed travelled traveled emigrated perished");

    /** Irregular past participles: "tracks bought online", "shots were fired", "games left". */
    static final Set<String> PARTICIPLES =
            WordLists.set("bought sold held made sent found left taken given shown known won lost built caught "
                    + "hit shot paid kept brought spent put cut set told seen done run driven written thrown "
                    + "chosen stolen hurt split shut struck hidden broken beaten born borne sworn torn worn "
                    + "led fed bred read spread met lent dealt meant heard laid paid sunk");

    /** Nouns for people, which take "who" rather than "that". */
    private static final Set<String> PERSONS =
            WordLists.set("people persons men women children boys girls police officers fans staff students "
                    + "residents passengers workers patients victims voters members soldiers troops employees "
                    + "pupils teachers nurses doctors players migrants refugees families adults customers "
                    + "users viewers readers listeners shoppers visitors tourists drivers protesters cops mps "
                    + "demonstrators survivors suspects prisoners inmates civilians citizens candidates "
                    + "applicants participants respondents investors shareholders subscribers owners others witnesses "
                    + "volunteers supporters campaigners councillors delegates athletes runners guests "
                    + "defendants");

    /** Plurals without an -s: "the 12 aircraft", "200 police". */
    private static final Set<String> PLURALS =
            WordLists.set("people men women children police staff aircraft cattle sheep fish crew personnel");

    /** Where the counted noun stands, which decides what clause after it can be its own. */
    enum Role {
        /** A subject or a fresh object: "60 people were arrested". */
        FREE,
        /** After a preposition: only "who" clauses and participles, "with 36 holes left to play". */
        OBJECT,
        /** A set already known or another verb's object: "the 30 charges", "carrying four ladders". */
        KNOWN
    }

    private Clauses() {}

    /**
     * The counted noun with the clause that follows it at {@code k}, in at most {@code max} words,
     * or null when no verb follows the noun there.
     */
    static String extend(Tokens t, int k, String noun, int max, Role role) {
        if (!t.isWord(k)) {
            return null; // "people, who": most nouns end at punctuation
        }
        String relative = RELATIVES.contains(t.lower(k)) ? t.original(k++) : null;
        if ((role == Role.KNOWN && relative == null) || !isPlural(noun)) {
            return null; // "the two boxers have revealed": the clause tells about them, it does not pick them
        }
        if (SINGULAR.contains(t.lower(k))) {
            return null; // "two successive draws has left them": the verb has another subject
        }
        Auxiliaries aux = Auxiliaries.read(t, k);
        int v = aux.verb();
        if (!isVerb(t, v, relative != null || aux.any())
                || REPORTING.contains(t.lower(v))
                || LIGHT.contains(t.lower(v))) {
            return null;
        }
        String verb = t.lower(v);
        boolean participle = isParticiple(verb) || verb.endsWith("ing");
        boolean bare = relative == null && !aux.any();
        boolean otherSubject = !aux.any() && verb.endsWith("s") && !verb.endsWith("ss"); // "30,000 islands offers"
        if ((aux.be() && !participle && !(aux.modal() && isAdjective(verb))) || otherSubject) {
            return null; // "were capital charges", "are men": a copula, not a clause
        }
        boolean left = verb.equals("left"); // "with two games left to play"
        boolean reduced = bare && participle && !INTRANSITIVE.contains(verb) && (left || !hasObject(t, v + 1));
        boolean adjectival = (aux.be() && !aux.modal()) || reduced || (bare && verb.endsWith("ing"));
        if (role == Role.OBJECT && relative == null && !(bare && adjectival)) {
            return null; // "residents on two roads have been making": the verb is the residents'
        }
        String who = relative != null ? relative : isPerson(noun) ? "who" : "that";
        String head = adjectival ? noun : noun + " " + who + aux.kept();
        return complete(t, v, head + " " + t.original(v), max);
    }

    /** The verb with its particle and object or place, as far as {@code max} words allow. */
    private static String complete(Tokens t, int verb, String text, int max) {
        if (Words.count(text) > max) {
            return null;
        }
        int k = verb + 1;
        if (PARTICLES.contains(t.lower(k)) && Words.count(text) < max) {
            text += " " + t.original(k++);
        }
        boolean complement = TO_VERBS.contains(t.lower(verb)) || t.is(verb, "left");
        if (complement && t.is(k, "to") && isVerb(t, k + 1, true) && Words.count(text) + 2 <= max) {
            text += " to " + t.original(k + 1); // "bystanders who tried to resuscitate"
            k += 2;
        }
        if (PLACES.contains(t.lower(k))) {
            return Words.count(text) < max ? text + " " + t.original(k) : text;
        }
        if (t.is(verb, "left")) {
            return text;
        }
        String object = object(t, k, max - Words.count(text));
        boolean dangling = object.isEmpty() && !INTRANSITIVE.contains(t.lower(verb)) && hasObject(t, k);
        return dangling ? null : text + object; // "volunteers that spent": the verb needs what it spent
    }

    /** " a petition", " in the UK", " their seats": what follows the verb, if it fits in {@code room} words. */
    private static String object(Tokens t, int k, int room) {
        String link = LINKS.contains(t.lower(k)) ? t.original(k++) + " " : "";
        if (t.is(k, "every") || t.is(k, "each")) {
            return "";
        }
        int start = Phrases.skipDeterminers(t, k);
        Span object = Phrases.nounAfter(t, start, MAX_OBJECT);
        if (!object.isEmpty() && t.lower(object.last()).endsWith("'s")) {
            object = new Span(object.first(), object.last() - 1);
        }
        int next = object.last() + 1;
        boolean cut = t.isNumber(next) || (Phrases.isContent(t, next) && !t.isCapitalized(next)); // "a possible 36"
        if (object.isEmpty() || cut || isTime(t.lower(object.last()))) {
            return "";
        }
        String words = Phrases.words(t, object);
        boolean kept = start == k + 1 && KEPT_DETERMINERS.contains(t.lower(k));
        String full = link + (kept ? t.original(k) + " " : "") + words;
        String bare = link + words;
        int fits = Words.count(full) <= room ? 1 : Words.count(bare) <= room ? 2 : 0;
        return fits == 1 ? " " + full : fits == 2 ? " " + bare : ""; // never half a phrase: "receive a tax"
    }

    /**
     * The auxiliaries and adverbs before a verb: "may", "have been", "were also".
     *
     * @param verb where the verb after them is
     * @param kept the auxiliaries a label keeps, as the verb means something else without them
     */
    private record Auxiliaries(int verb, boolean be, boolean modal, boolean have, String kept) {
        private static final Set<String> MODALS = WordLists.set("will would could can may might should must not never");
        private static final Set<String> BE = WordLists.set("is are was were be been being");
        private static final Set<String> HAVE = WordLists.set("has have had");
        private static final Set<String> ADVERBS =
                WordLists.set("also still later now then already reportedly allegedly subsequently initially "
                        + "eventually since all both each only just even");

        boolean any() {
            return be || modal || have;
        }

        static Auxiliaries read(Tokens t, int k) {
            boolean be = false;
            boolean modal = false;
            boolean have = false;
            StringBuilder auxiliaries = new StringBuilder();
            for (; isAuxiliary(t, k); k++) {
                String word = t.lower(k);
                be |= BE.contains(word);
                modal |= MODALS.contains(word) || isNegative(word);
                have |= HAVE.contains(word);
                if (!ADVERBS.contains(word) && !word.endsWith("ly")) {
                    auxiliaries.append(' ').append(t.original(k));
                }
            }
            String kept = modal || (have && !be) ? auxiliaries.toString() : "";
            return new Auxiliaries(k, be, modal, have, kept);
        }

        private static boolean isAuxiliary(Tokens t, int k) {
            String word = t.lower(k);
            return MODALS.contains(word)
                    || BE.contains(word)
                    || (HAVE.contains(word) && (isVerb(t, k + 1, true) || BE.contains(t.lower(k + 1))))
                    || isNegative(word)
                    || ADVERBS.contains(word)
                    || (word.endsWith("ly") && word.length() > 4 && t.isWord(k));
        }

        private static boolean isNegative(String word) {
            return word.endsWith("n't") || word.endsWith("n’t");
        }
    }

    /**
     * "crossed the bridge", "slaughtered 17 people", "tended to the aggressor" have an object;
     * "injured in the crash" has none, so "injured" is passive.
     */
    private static boolean hasObject(Tokens t, int k) {
        int next = PARTICLES.contains(t.lower(k)) ? k + 1 : k;
        return t.is(next, "to")
                || t.isNumber(next)
                || WordClasses.DETERMINERS.contains(t.lower(next))
                || (Phrases.isContent(t, next) && !PLACES.contains(t.lower(next)));
    }

    /**
     * A verb at {@code k}. After "who", a modal or a form of "be" ({@code expected}), any lower-case
     * content word is one; straight after the noun only a known verb or a past form is.
     */
    private static boolean isVerb(Tokens t, int k, boolean expected) {
        if (!t.isWord(k) || t.isCapitalized(k) || t.isJoiner(k + 1)) {
            return false;
        }
        String word = t.lower(k);
        boolean other = WordClasses.FUNCTION.contains(word)
                || WordClasses.DETERMINERS.contains(word)
                || NumberWords.cardinal(word) >= 0
                || Auxiliaries.BE.contains(word)
                || Auxiliaries.HAVE.contains(word)
                || WordClasses.isNoun(word)
                || word.endsWith("'s");
        return !other && (expected || WordClasses.VERBS.contains(word) || isParticiple(word));
    }

    private static boolean isParticiple(String word) {
        return word.length() > 3 && (word.endsWith("ed") || word.endsWith("en")) || PARTICIPLES.contains(word);
    }

    /** "dangerous", "available", "active": a word that follows "will be" as a participle would. */
    private static boolean isAdjective(String word) {
        return word.endsWith("able")
                || word.endsWith("ible")
                || word.endsWith("ive")
                || word.endsWith("ous")
                || word.endsWith("ful")
                || word.endsWith("ent")
                || word.endsWith("ant");
    }

    /** People take "who": "voters", "MPs", and capitalized plurals such as "Europeans" or "Swedes". */
    static boolean isPerson(String noun) {
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        String lower = last.toLowerCase(Locale.ROOT);
        return PERSONS.contains(lower)
                || lower.endsWith("ists")
                || lower.endsWith("ians")
                || (Character.isUpperCase(last.charAt(0)) && isPlural(last));
    }

    /** "each day", "on Friday": when, which a label leaves out. */
    static boolean isTime(String word) {
        return NumberWords.TIME_UNITS.contains(word) || DAYS.contains(word);
    }

    private static boolean isPlural(String noun) {
        String last = lastWord(noun);
        return PLURALS.contains(last) || PERSONS.contains(last) || (last.endsWith("s") && !last.endsWith("ss"));
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }
}
