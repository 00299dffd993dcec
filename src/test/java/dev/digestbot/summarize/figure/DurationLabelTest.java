package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A length of time is labelled by what takes that long, repeats that often or is spent that long. */
class DurationLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Construction is expected to take 18 months, engineers said.   | 18 months     | duration of construction
            The journey takes about three hours by coach.                 | three hours   | duration of journey
            The talks lasted two hours.                                   | two hours     | duration of talks
            Mr Okafor took three hours to reply.                          | three hours   | time to reply
            It lasted two hours.                                          | two hours     | length of time
            """)
    void whatTakesThatLongIsTheSubjectOfTake(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A temporary ferry will run every 20 minutes.                  | 20 minutes    | time between temporary ferries
            A shuttle bus leaves every 15 minutes from the station.       | 15 minutes    | time between shuttle buses
            The cream needs to be reapplied every two hours.              | two hours     | repeat interval
            She trains five days a week at the local pool.                | five days     | days per week
            """)
    void aRepeatIsTheTimeBetweenTheThingsThatRepeat(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            He spent two years in prison for fraud.                       | two years     | time spent in prison
            She spent three years preparing for the voyage.               | three years   | time spent preparing
            He faces up to seven years in jail if convicted.              | seven years   | time in jail
            The survivor was buried for more than 60 hours.               | 60 hours      | time buried
            He has been in the business for more than 25 years.           | 25 years      | time in the business
            She has been campaigning for 20 years.                        | 20 years      | time spent campaigning
            The ferry was delayed for more than two hours by the strike.  | two hours     | delay in ferry
            It was the best round in four years in the Open.              | four years    | length of time
            """)
    void timeSpentIsTheTimeInAPlaceOrState(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The firm must repay the loan within 30 days.                  | 30 days       | time limit
            Prices rose within five minutes of the announcement.          | five minutes  | time frame
            Rovers scored with 11 minutes from time.                      | 11 minutes    | time remaining
            Parts arrived within four weeks from the time of order.       | four weeks    | time frame
            """)
    void withinIsALimitOrAFrame(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            They got engaged two years later, friends said.                 | two years     | time until they got engaged
            Three years later, he presented the show.                       | Three years   | time until he presented
            Then Rovers doubled the lead six minutes later.                 | six minutes   | time until Rovers doubled the lead
            She was not seen in the five days prior to her death.           | five days     | time before her death
            Net profit in the six months ending 31 December rose 28%.       | six months    | reporting period
            She was jailed for a minimum of 32 years.                       | 32 years      | length of jail term
            She could be sentenced to a total of eight years.               | eight years   | length of sentence
            He overstayed by 56 minutes in the car park.                    | 56 minutes    | time overstayed
            I have been sick for three days.                                | three days    | time spent sick
            He has been ruled out for six weeks.                            | six weeks     | time out
            The foal died at just nine days old.                            | nine days     | age in days
            She planned to stay for two weeks.                              | two weeks     | length of stay
            Roast for 25 minutes until the chicken is cooked.               | 25 minutes    | length of time
            """)
    void aDurationBetweenTwoMomentsNamesThem(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
