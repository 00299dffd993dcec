package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Captions ("Attendance: 19,537") and the bare numbers of ages ("Sarah Okoro, 34,") label figures. */
class CaptionAndAgeLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Loose carrots: £0.30.                              | £0.30   | price of loose carrots
            Total: £4.89.                                      | £4.89   | total cost
            Attendance: 19,537.                                | 19,537  | attendance figure
            Highest break: 142.                                | 142     | highest break
            Wickets: 15.                                       | 15      | number of wickets
            9,000 - employees work at the resort.              | 9,000   | employees who work at the resort
            At 2.6%, inflation remains within the target.      | 2.6%    | inflation rate
            He said: 27 people died in the fire.               | 27      | people who died in the fire
            """)
    void aCaptionSaysWhatTheFigureIs(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Local campaigner Sarah Okoro, 34, said the bill was unfair.    | 34    | age of Sarah Okoro
            The former Rovers star, 53, was taken to hospital.             | 53    | age of Rovers star
            Dunmore, who was 19 at the time, denied the charge.            | 19    | age of Dunmore
            She was diagnosed when she was nine.                           | nine  | age at the time
            The scheme covers children aged five to ten.                   | five  | age of children
            Mr Reed, who died aged 72, was a teacher.                      | 72    | age of Mr Reed
            She met Mitchell, aged four, at the school.                    | four  | age of Mitchell
            "You will regret it," the 23-year-old wrote.                   | 23-year-old | age in years
            """)
    void aBareNumberBesideAPersonIsTheirAge(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The total was 190.                                             | 190   | total figure
            The 3G network, 3, could catch on.                             | 3     | number counted
            She lost both hands aged 12 in an accident.                    | 12    | age in years
            """)
    void aNumberIsNoAgeWithoutAPerson(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
