package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers that do not quantify anything are not figures. */
class NotAFigureTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // calendar dates and years
                "The library opened in 2004 after a long campaign.",
                "The hearing was adjourned until 15 March.",
                "The attack on October 7 shocked the region.",
                "Vinyl sales have not been this strong since the 1990s.",
                "The accounts for 2001/2 were filed late.",
                "The stadium was built in the summer of '57.",
                "Trading hours run from 6 to 9 January.",
                // times of day
                "The minister arrived at 5 PM for the talks.",
                "Polls close at 1400 GMT on Thursday.",
                "The vote opens at 9 a.m. in the main hall.",
                "Police were called at 11.30 to the flat.",
                "Revellers stayed out until three or four in the morning.",
                // numbers in names
                "The documentary will be shown on Channel 4 next week.",
                "The song was played on Radio 1 every morning.",
                "Leaders of the G8 met behind closed doors.",
                "Some offices still run Windows 95 on old machines.",
                "Queues formed outside shops for Halo 2 at midnight.",
                "The camera records video in MPEG-4 only.",
                "He was handed the number 10 shirt on his debut.",
                "Crowds gathered outside Number 10 on Sunday evening.",
                "The spin-off will run on Channel Four from the autumn.",
                "The rapper Andre 3000 headlined the festival.",
                "The envoy was received at 10 Downing Street.",
                "1. Check the tyres before setting off.",
                "The singer called 911 from the car.",
                // phone and model numbers
                "Readers can call 0800 555 0199 for advice.",
                "The handsets, the 3230 and 7710, go on sale soon.",
                "The new TV shows pictures in 4K resolution.",
                // vague quantities, bare articles, collectives and verbs
                "Dozens of volunteers cleared the beach.",
                "Hundreds of commuters were stranded.",
                "Thousands marched through the capital.",
                "Several councillors resigned over the plan.",
                "A couple of windows were broken in the night.",
                "The roadworks will last a year at least.",
                "The duo have toured together for a decade.",
                "The trio were arrested near the border.",
                "The pair were spotted leaving the hotel.",
                "The firm is doubling its workforce.",
                "The agency plans on halving its budget.",
                // match clock
                "The visitors equalised on 75 minutes through a header.",
                "Smith (Rooney 68) was booked late on.",
                // ordinals naming a stage, or meaning initial or another
                "The visitors led at the end of the first half.",
                "The champions went out in the second round.",
                "It is the first time the bridge has been closed.",
                "Diplomats are drafting a second resolution.",
                // one as a pronoun or determiner
                "It was one of the worst storms on record.",
                "No one was hurt in the blaze.",
                "One day the farm will belong to his daughter.",
            })
    void findsNoFigure(String sentence) {
        assertThat(values(sentence)).isEmpty();
    }

    @Test
    void listsARepeatedQuantityOnce() {
        assertThat(values(
                        "The council will build 300 homes on the site.",
                        "Residents fear the 300 homes will overwhelm the local school."))
                .containsExactly("300");
    }

    @Test
    void listsTheSameNumberOnceForEachQuantity() {
        assertThat(values("Prices rose 4.3% while wages grew 4.3% over the year."))
                .containsExactly("4.3%", "4.3%");
    }

    @Test
    void keepsTheCountButNotTheDateInOneSentence() {
        assertThat(values("On 12 May 2005 the club sold 4,000 season tickets.")).containsExactly("4,000");
    }
}
