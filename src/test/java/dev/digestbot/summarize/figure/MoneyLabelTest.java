package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sum is labelled by the noun it is the sum of, or by what the verb that moves it makes of it. */
class MoneyLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The town council backed the £48m scheme after a long debate.     | £48m   | cost of scheme
            The club agreed a £12m deal with the striker's agent.             | £12m   | deal with striker's agent
            The chain agreed a £12m deal last week.                           | £12m   | value of deal
            The bank posted a £40m loss, its first in a decade.               | £40m   | size of loss
            The clinic was in charge of a £2m research budget.                | £2m    | research budget
            The owner got a £90 fine in April.                                | £90    | total fine
            About £800 of food was thrown away in the sale.                   | £800   | value of food
            """)
    void aSumBeforeANounIsTheSumOfThatNoun(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The transport authority said it would contribute £15m towards the cost.  | £15m             | contribution towards the cost
            The trust will donate £2m to the hospice appeal.                          | £2m              | donation to the hospice appeal
            The insurer has paid out about 90 million euros since the floods.         | 90 million euros | amount of payout
            She was ordered to pay back £30,000 within a month.                       | £30,000          | amount of repayment
            The college spent £4m on new laboratories.                                | £4m              | spending on new laboratories
            The museum raised £250,000 for the new wing.                              | £250,000         | sum raised for the new wing
            Nearly £3 in every £10 donated to the party came from one family.         | £10              | sum donated to the party
            The firm agreed to pay £85m to settle the claims.                         | £85m             | payment by firm
            """)
    void aSumMovedByAVerbIsNamedAfterTheVerb(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Campaigners think £85 is far too much for a parking ticket.        | £85  | sum of money
            Families who eat at home spend just £40 a week on lunches.          | £40  | total spending per week
            """)
    void aSumIsNotPutDownToAWordThatIsNotItsSubject(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }
}
