package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dimensions, margins, durations of relationships and the words after a sum name what a figure is. */
class MeasureAndSumLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The Clifton Tower is 300 metres tall.                            | 300 metres | height of Clifton Tower
            The kite measured 30ft long.                                     | 30ft       | length of kite
            The actor crossed a three-metre high bridge in the square.       | three-metre | height of bridge
            She held the seat with a majority of 2,920.                      | 2,920      | size of majority
            He separated from his wife of 10 years last week.                | 10 years   | length of marriage
            The club shut at 2am, one and a half hours earlier than normal.  | one and a half hours | time earlier than normal
            He described the trial as five months of a gruelling ordeal.     | five months | length of gruelling ordeal
            He would come home for three days and then go back.              | three days | time at home
            """)
    void theWordsAroundAMeasureNameIt(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The settlement includes the full £7.4m from the Treasury.       | £7.4m  | sum from Treasury
            The £12bn left over would be spent on reducing borrowing.       | £12bn  | sum left over
            Judges ruled that £85 was not an excessive penalty.             | £85    | size of penalty
            The fund raised £5m from the January sales.                     | £5m    | sum raised by fund
            """)
    void theWordsAfterASumNameIt(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
