package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels that other words of the sentence supply: an earlier noun, the sides of a vote, a poll, a rate. */
class SentenceContextLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            He scored ten goals in the league and six in Europe.                   | six   | goals in Europe
            Of the 27 workers charged, 23 have been cleared.                       | 23    | workers cleared
            Of the 446 people on board, officials said 59 of them were children.   | 59    | number of children
            The chain has six stores, with four in Leeds and two in York.          | four  | stores in Leeds
            She married husbands Nos. 1, 2, 5 and 7 after four weddings.           | 5     | number counted
            """)
    void anElidedNounIsTakenFromAnEarlierCount(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The committee backed the plan by nine votes to four.        | nine         | votes for
            The committee backed the plan by nine votes to four.        | four         | votes against
            Some 70 per cent are single and 30 per cent are couples.    | 30 per cent  | share who are couples
            Similarly, 48% were pessimistic about the economy.          | 48%          | share who were pessimistic
            Only 43 per cent believe the reform will work.              | 43 per cent  | share of respondents
            Only 3 per cent backed the mayor.                           | 3 per cent   | share who backed mayor
            Labour is on 36 per cent, with the Greens trailing on 9 per cent. | 9 per cent | share for Greens
            Another 25 per cent is in an extreme drought.               | 25 per cent  | share in extreme drought
            """)
    void votesAndPollsNameTheirSide(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Commuters could save up to £1,300 a year.             | £1,300 | savings by commuters per year
            Rooms start at €850 per night.                        | €850   | price of rooms per night
            The lipsticks are £2.39 each.                         | £2.39  | price of lipsticks
            Loose lemons: 30p each.                               | 30p    | price of loose lemons
            They are 30p each.                                    | 30p    | price each
            Fans paid £64 a ticket.                               | £64    | payment by fans per ticket
            The service will cost an extra £4 a month.            | £4     | cost of service per month
            """)
    void aSumPaidPerUnitNamesTheUnit(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It could be as high as 50% by the end of the decade.   | 50%      | percentage figure
            Tickets are available from as little as 70 euros.      | 70 euros | sum of money
            """)
    void anAdjectiveIsNotWhatAFigureCounts(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
