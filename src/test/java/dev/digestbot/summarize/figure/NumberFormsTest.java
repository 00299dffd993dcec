package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way news copy writes a number is read as one figure, with its unit, exactly as written. */
class NumberFormsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The militia still holds ten fishermen seized off the coast.                    | ten
            Turnout fell by a third in the northern wards.                                 | a third
            The council wants to cut its fleet of buses by one-fifth.                       | one-fifth
            Almost three quarters of the tenants voted to strike.                           | three quarters
            The merger will save the group 1.5bn euros a year.                              | 1.5bn euros
            Fans were charged £173 for a seat behind the goal.                              | £173
            The miner reported a profit of A$458.4m for the year.                           | A$458.4m
            Its American arm lost $357.6m in the same period.                               | $357.6m
            Sales of electric bicycles rose 25% last spring.                                | 25%
            The jobless rate reached 13.8% in the coastal towns.                            | 13.8%
            Both unions signed a 60-day truce on Friday.                                    | 60-day
            Okafor settled the game with a 20-yard volley.                                  | 20-yard
            Hartlepool beat Bristol 3-1 in front of a sell-out crowd.                       | 3-1
            She took the opening set 7-6 in a tense tie-break.                            | 7-6
            The ferry was held in port for two hours by the strike.                         | two hours
            The contract runs for five years and can be extended.                          | five years
            Five million people watched the final on television.                            | Five million
            The club paid 14m for the defender in January.                                  | 14m
            The scheme will cost taxpayers 1.2 billion over the decade.                     | 1.2 billion
            The fault affects one in 10,000 of the meters fitted.                           | one in 10,000
            Complaints about the service rose tenfold after the change.                     | tenfold
            The 36-year-old teacher was cleared by the panel.                               | 36-year-old
            The cathedral is the second most visited site in the county.                    | second
            The lender is now the fifth-largest bank in the region.                         | fifth-largest
            She knocked out the seventh-seeded Dane in straight sets.                       | seventh-seeded
            Lindqvist, the third seed, withdrew with a wrist injury.                        | third
            The festival marks its 50th anniversary this summer.                            | 50th
            The school is ranked in the top 20 for science.                                 | top 20
            The Norwegian is the only top-five player left in the draw.                     | top-five
            The album climbed to number three in the charts.                                | number three
            Engineers found 4,500 cracked sleepers along the line.                          | 4,500
            A 12-page leaflet was sent to every household.                                  | 12-page
            The bridge is 340 metres long.                                                  | 340 metres
            About half of the families said they could not afford heating.                  | half
            Only one bidder remains in the race for the franchise.                          | one
            Nearly 6 in 10 drivers admitted to speeding.                                    | 6 in 10
            Prices in the city are three times higher than a decade ago.                    | three times
            The fine was reduced to 50p per bag.                                            | 50p
            The six-month-old puppy was found unharmed.                                     | six-month-old
            """)
    void readsTheFigure(String sentence, String value) {
        assertThat(values(sentence)).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wages will rise by between 3% and 6% next year.            | 3%     | 6%
            Repairs will take two to four weeks, the council said.     | two    | four weeks
            Tickets cost between £20 and £45 on the door.              | £20    | £45
            The pair won 6-4 6-3 in under an hour.                     | 6-4    | 6-3
            """)
    void readsEachEndOfARange(String sentence, String low, String high) {
        assertThat(values(sentence)).containsExactlyInAnyOrder(low, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Passengers will get 400 euros (£340) for a cancelled flight.          | 400 euros | £340
            The firm made A$120m ($88m) in the half-year.                          | A$120m    | $88m
            """)
    void keepsAFigureAndItsConversion(String sentence, String value, String conversion) {
        assertThat(values(sentence)).containsExactlyInAnyOrder(value, conversion);
    }
}
