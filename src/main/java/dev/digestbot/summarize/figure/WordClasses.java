package dev.digestbot.summarize.figure;

import java.util.Map;
import java.util.Set;

/**
 * Word lists that stand in for a part-of-speech tagger when labelling figures: function words, common
 * verbs, verbs of change and the nouns labels use for them. Cheap set lookups, so labelling costs
 * microseconds; they cover news copy, not English at large.
 */
final class WordClasses {
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
                    + "domestically nationwide thereafter someone anyone everyone nobody something anything "
                    + "everything nothing");

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

    /**
     * Verbs whose object is a sum of money, and the noun a label uses; only for money, as "won
     * three" is no prize: "would contribute £15m" -> "contribution", "paid out 300m euros" -> "payout".
     */
    static final Map<String, String> MONEY_NOUNS = WordLists.map("contribute:contribution "
            + "contributes:contribution contributed:contribution contributing:contribution donate:donation "
            + "donates:donation donating:donation pledge:pledge pledges:pledge pledged:pledge pledging:pledge "
            + "allocate:allocation allocates:allocation allocated:allocation allocating:allocation "
            + "earmark:sum_earmarked earmarks:sum_earmarked earmarking:sum_earmarked lend:loan lends:loan "
            + "lending:loan borrow:borrowing borrows:borrowing borrowing:borrowing raise:sum_raised "
            + "raises:sum_raised raising:sum_raised receive:sum_received receives:sum_received "
            + "receiving:sum_received award:award awards:award grant:grant grants:grant granted:grant "
            + "inject:injection injects:injection injected:injection injecting:injection repay:repayment "
            + "repaid:repayment repays:repayment won:winnings win:winnings wins:winnings winning:winnings "
            + "took:takings make:earnings made:earnings "
            + "makes:earnings making:earnings paying:payment paid:payment spending:spending earning:earnings "
            + "seeking:sum_sought seek:sum_sought seeks:sum_sought sought:sum_sought demanded:demand "
            + "demand:demand demands:demand demanding:demand asking:asking_price fund:funding "
            + "funds:funding funded:funding provide:funding provides:funding provided:funding "
            + "providing:funding set_aside:sum_set_aside pay_back:repayment paid_back:repayment "
            + "pay_out:payout paid_out:payout pays_out:payout handed_out:payout hand_out:payout "
            + "gave:gift give:gift gives:gift giving:gift left:bequest inherited:inheritance "
            + "inherit:inheritance");

    /** Words that are nouns after a number ("a 5% rise in", "20 votes.") but verbs before an object. */
    static final Set<String> NOUN_VERBS =
            WordLists.set("rise rises fall falls increase increases cut cuts drop drops dip dips jump jumps "
                    + "score scores lead leads top mark marks plan plans hope face need use work end start "
                    + "call calls play plays offer offers account win wins hit hits cost costs run runs set "
                    + "sets claim claims look fire shot turn wait stand hold help show shows decrease "
                    + "decreases surge slump decline gain gains loss losses bid bids jobs deal deals vote "
                    + "votes visit visits trip trips attempt attempts tries try reports report posts post "
                    + "spans value values boost boosts");

    static final Set<String> DETERMINERS =
            WordLists.set("the a an all its their his her our these those this that your my some each every " + "both");

    static final Set<String> NOT_VERBS_ED =
            WordLists.set("hundred speed seed need bed red shed breed greed feed weed deed creed steed building "
                    + "funding spending meeting training housing ceiling evening morning wedding clothing "
                    + "shooting bombing painting setting thing nothing something anything everything string "
                    + "spring wing king ring offering warning booking hearing ruling rating ranking timing "
                    + "feeling opening beginning sibling sterling lightning shilling pudding sling swing "
                    + "outing saving ending landing parking polling voting");

    /** Irregular past tenses, which no ending gives away: "the 23-year-old wrote". */
    private static final Set<String> IRREGULAR_PAST =
            WordLists.set("wrote spoke broke drove rode rose chose froze woke stole swore tore wore became began "
                    + "came ran sang sat stood understood won lost left felt kept slept met told sold held went "
                    + "saw knew grew threw flew drew fought thought bought brought caught taught sought got "
                    + "gave took shook forgave forgot hid bit fled led fed read said paid made had did");

    private WordClasses() {}

    /** Common adjectives, which a label may not count: "high rate", "amount of available". */
    private static final Set<String> ADJECTIVES = WordLists.set("high low full normal new old big small large good "
            + "bad best worst richest poorest biggest largest smallest highest lowest fastest oldest youngest newest "
            + "latest top main whole real true likely possible available free open clear different similar same "
            + "single double final early late long short strong weak hard easy");

    /**
     * Whether a single word can be what a figure counts: not an adjective ("available"), not a verb
     * ("contribute", "sign") and not a pronoun; nouns that are also verbs ("sales", "costs") pass.
     */
    static boolean isNounLike(String word) {
        String noun = MONEY_NOUNS.get(word);
        boolean nominal = noun == null || noun.equals(word) || word.equals(noun + "s"); // "awards", "spending"
        boolean verb = (VERBS.contains(word) || !nominal) && !NOUN_VERBS.contains(word);
        boolean adjective = ADJECTIVES.contains(word)
                || word.endsWith("able")
                || word.endsWith("ible")
                || word.endsWith("ous")
                || word.endsWith("ful")
                || word.endsWith("less")
                || word.endsWith("ical");
        return !verb && !adjective && !FUNCTION.contains(word) && !word.endsWith("ly");
    }

    /** A verb in the past tense: "wrote", "came", "paid". */
    static boolean isPastTense(String word) {
        return IRREGULAR_PAST.contains(word);
    }

    /** A word ending in -ed or -ing that is a noun: "hundred", "speed", "building", "funding". */
    static boolean isNoun(String word) {
        return NOT_VERBS_ED.contains(word);
    }
}
