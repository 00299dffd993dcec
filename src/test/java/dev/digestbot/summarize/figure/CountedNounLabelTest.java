package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count is labelled by its noun and by the clause or part that says which ones are counted. */
class CountedNounLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            About 12,000 lorries crossed the old viaduct each day.                | 12,000 | lorries that crossed the old viaduct
            Police said 40 people were arrested after the derby.                  | 40     | people arrested after the derby
            The charity says 900 jobs may move abroad.                            | 900    | jobs that may move abroad
            Organisers said 5,000 fans who bought tickets would get refunds.      | 5,000  | fans who bought tickets
            Two more witnesses later came forward.                                | Two    | witnesses who came forward
            Nine of the 14 defendants were cleared on Friday.                     | Nine   | defendants cleared
            With four games left to play, Rovers need a win.                      | four   | games left to play
            The court heard that 12 officers were injured in the clashes.         | 12     | officers injured in the clashes
            Almost 300 homes sold last year were bought by landlords.             | 300    | homes sold
            """)
    void aClauseAfterTheNounSaysWhichAreCounted(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The two boxers have revealed their diets.                 | two   | number of boxers
            Nine of the 14 defendants were cleared on Friday.         | 14    | number of defendants
            Some 300 islands offers walkers a choice of routes.       | 300   | number of islands
            Two successive defeats has left the club in trouble.      | Two   | successive defeats
            The crew was carrying four 12ft ladders reached the wall. | four  | number of ladders
            Guards said 30 prisoners are inmates of the east wing.    | 30    | number of prisoners
            """)
    void aClauseThatIsNotAboutTheCountedThingsIsLeftOut(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Engineers found corrosion in two of its three main spans.   | two   | main spans with corrosion
            Engineers found corrosion in two of its three main spans.   | three | main spans
            Inspectors found leaks in three of the five reservoirs.     | three | reservoirs with leaks
            United have won four of their last five games.              | four  | number of games
            """)
    void aPartNamesTheWholeAndWhatSetsItApart(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
