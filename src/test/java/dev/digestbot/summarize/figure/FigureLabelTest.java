package dev.digestbot.summarize.figure;

import static dev.digestbot.summarize.figure.Articles.figures;
import static dev.digestbot.summarize.figure.Articles.label;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels say in two to six words what a figure counts, in the sentence's own words. */
class FigureLabelTest {
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal would free ten living hostages held in the north.               | ten          | living hostages held in the north
            Mediators are close to a 60-day ceasefire agreement, officials said.      | 60-day       | ceasefire agreement
            Net profit rose 18% to £92m in the year to March.                         | 18%          | rise in net profit
            Net profit rose 18% to £92m in the year to March.                         | £92m         | net profit
            The regulator received 41 complaints of rude staff.                       | 41           | complaints of rude staff
            About 70% of nurses said they had worked unpaid overtime.                 | 70%          | share of nurses
            The phone has a battery life of little more than 40 minutes.              | 40 minutes   | battery life
            The average size of a rural class was 19 pupils last year.                | 19           | average size of rural class
            The club values the stadium at £300m.                                     | £300m        | value of stadium
            The chain recorded a 4.2% rise in sales over Christmas.                   | 4.2%         | rise in sales
            Hartlepool beat Bristol 3-1 in front of a sell-out crowd.                 | 3-1          | score against Bristol
            The ferry was delayed for more than two hours by the strike.              | two hours    | delay in ferry
            It took the council nine years to rebuild the old pier.                   | nine years   | time to rebuild old pier
            The band's drummer, Maya Okoro, 29, left last month.                     | 29           | age of Maya Okoro
            Okafor settled the game with a 20-yard volley.                            | 20-yard      | length of volley
            The talks unfolded over roughly three hours on Tuesday.                   | three hours  | length of talks
            The veteran golfer finished 12th on the final day.                        | 12th         | finishing position
            Councillor Obi was jailed for two years in 2019.                          | two years    | length of jail term
            The bypass could cost about £45m, engineers said.                         | £45m         | cost of bypass
            The landlord let out 14 flats, all above the bakery.                      | 14           | number of flats
            Rovers equalised with four minutes left on the clock.                     | four minutes | time remaining
            Six weeks after the flood, the bridge reopened.                           | Six weeks    | time after the flood
            Applicants must be no more than 30 years of age.                          | 30 years of age | age in years
            """)
    void labelsWhatTheFigureCounts(String sentence, String value, String expected) {
        assertThat(label(value, sentence)).isEqualTo(expected);
    }

    @Test
    void aConversionTakesTheLabelOfTheSumItConverts() {
        String sentence = "The airline posted a profit of A$120m ($88m) for the half-year.";
        assertThat(label("A$120m", sentence)).isEqualTo("profit for half-year");
        assertThat(label("$88m", sentence)).isEqualTo("profit for half-year in US dollars");
    }

    @Test
    void aPenaltyNamesWhoPaysIt() {
        assertThat(label(
                        "£5,000",
                        "Lindqvist was fined £5,000 after the match.",
                        "The club said Lindqvist would appeal."))
                .isEqualTo("fine for Lindqvist");
    }

    @Test
    void theEndsOfARangeShareOneLabel() {
        String sentence = "Claimants can get between 250 euros and 600 euros in compensation.";
        assertThat(label("250 euros", sentence)).isEqualTo("minimum amount of compensation");
        assertThat(label("600 euros", sentence)).isEqualTo("maximum amount of compensation");
    }

    @Test
    void everyLabelHasTwoToSixWordsAndIsNotTheNumber() {
        var found = figures(
                "Five million visitors came in 2004, a 13.8% rise in numbers.",
                "The museum was the second most visited attraction, behind a theme park.",
                "Sales will dip by at least A$30m, the firm said.",
                "It was the only band of the last 20 years where he knew all four members' names.",
                "Hynde, 53, said the band would tour again.");
        assertThat(found).isNotEmpty().allSatisfy(figure -> {
            assertThat(Words.count(figure.label())).isBetween(2, 6);
            assertThat(figure.label()).isNotEqualToIgnoringCase(figure.value());
        });
    }
}
