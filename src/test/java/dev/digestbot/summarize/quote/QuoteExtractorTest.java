package dev.digestbot.summarize.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Quote;
import dev.digestbot.summarize.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static ArticleText article(String title, String... paragraphs) {
        String body = String.join("\n\n", paragraphs);
        return new ArticleText(title, body, SPLITTER.split(body));
    }

    private static List<Quote> quotes(String... paragraphs) {
        return EXTRACTOR.extract(article("Harbour plans approved", paragraphs));
    }

    private static Quote only(String... paragraphs) {
        List<Quote> quotes = quotes(paragraphs);
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void saidFollowedByNameAndRole() {
        Quote quote =
                only("The council met on Tuesday. \"We will rebuild the harbour wall before the winter storms arrive,\""
                        + " said Maria Lindqvist, the mayor of Porthaven.");
        assertThat(quote.text()).isEqualTo("We will rebuild the harbour wall before the winter storms arrive");
        assertThat(quote.speaker()).isEqualTo("Maria Lindqvist");
        assertThat(quote.sentence()).startsWith("\"We will rebuild");
    }

    @Test
    void nameFollowedBySaid() {
        Quote quote = only("\"The second half showed what this young side can really do,\" Tom Archer said.");
        assertThat(quote.speaker()).isEqualTo("Tom Archer");
    }

    @Test
    void nameWithRoleInCommasBeforeSaid() {
        Quote quote = only("Helena Marsh, the council's finance director, said: \"Every household will see its bill"
                + " fall by at least ten pounds next year.\"");
        assertThat(quote.text()).isEqualTo("Every household will see its bill fall by at least ten pounds next year.");
        assertThat(quote.speaker()).isEqualTo("Helena Marsh");
    }

    @Test
    void accordingTo() {
        assertThat(only("\"The river has not been this low in forty years of records,\" according to Daniel Okafor.")
                        .speaker())
                .isEqualTo("Daniel Okafor");
        assertThat(only("According to Daniel Okafor, \"the river has not been this low in forty years of records\".")
                        .speaker())
                .isEqualTo("Daniel Okafor");
    }

    @Test
    void toldAndColon() {
        assertThat(
                        only("Priya Raman told the Evening Courier: \"Nobody warned the residents about the closure at all.\"")
                                .speaker())
                .isEqualTo("Priya Raman");
        assertThat(only("Rovers coach Sam Whitby: \"We were second best for an hour and we know it.\"")
                        .speaker())
                .isEqualTo("Sam Whitby");
    }

    @Test
    void quoteSplitByItsAttributionIsOneQuote() {
        Quote quote = only("\"The first half was poor,\" Sam Whitby said. \"We fixed it at the break and the lads"
                + " responded brilliantly.\"");
        assertThat(quote.text())
                .isEqualTo("The first half was poor We fixed it at the break and the lads responded brilliantly.");
        assertThat(quote.speaker()).isEqualTo("Sam Whitby");

        Quote commas = only(
                "\"The first half was poor,\" he said, \"but we fixed it at the break.\" Sam Whitby was" + " pleased.");
        assertThat(commas.text()).isEqualTo("The first half was poor but we fixed it at the break.");
    }

    @Test
    void quoteContinuedInTheNextParagraphIsOneQuote() {
        Quote quote = only(
                "Coach Sam Whitby was relieved. \"The first half was poor and the crowd let us know,\" he said.",
                "\"We fixed it at the break and the lads responded brilliantly.\"");
        assertThat(quote.text()).endsWith("know We fixed it at the break and the lads responded brilliantly.");
        assertThat(quote.speaker()).isEqualTo("Sam Whitby");
    }

    @Test
    void unclosedParagraphsOfALongQuoteAreSeparateQuotesOfOneSpeaker() {
        List<Quote> quotes = quotes(
                "Harbour master Rhys Pennant said: \"The tide came in faster than anyone expected this morning."
                        + " \"We moved the boats as quickly as we could manage it.",
                "\"Next year the new wall will stop this from happening again for good.\"");
        assertThat(quotes)
                .extracting(Quote::text, Quote::speaker)
                .containsExactlyInAnyOrder(
                        tuple("The tide came in faster than anyone expected this morning.", "Rhys Pennant"),
                        tuple("We moved the boats as quickly as we could manage it.", "Rhys Pennant"),
                        tuple("Next year the new wall will stop this from happening again for good.", "Rhys Pennant"));
    }

    @Test
    void newQuoteWithItsOwnAttributionStaysSeparate() {
        List<Quote> quotes = quotes("\"The vote was closer than any of us had hoped,\" said Ana Ferreira."
                + " She added: \"We will keep campaigning until the wall is finished.\"");
        assertThat(quotes)
                .extracting(Quote::text)
                .containsExactlyInAnyOrder(
                        "The vote was closer than any of us had hoped",
                        "We will keep campaigning until the wall is finished.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Ana Ferreira");
    }

    @Test
    void pronounsResolveToTheFullNameByGender() {
        List<Quote> quotes = quotes(
                "Defence Secretary Alan Pryce met opposition leader Judith Carr on Monday to discuss the base.",
                "\"We cannot keep the base open without a new contract in place,\" he said."
                        + " \"The government has had two years to sort this out properly,\" she said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactlyInAnyOrder("Alan Pryce", "Judith Carr");
    }

    @Test
    void titlesAndRolesResolveToTheFullName() {
        List<Quote> quotes = quotes(
                "Health Minister Alan Pryce opened the clinic in Eastbay on Friday morning.",
                "\"This clinic will serve twelve thousand families across the county,\" Mr Pryce said.",
                "\"Waiting lists will fall within a year of the clinic opening,\" the minister added.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Alan Pryce");
    }

    @Test
    void nameFormingTitlesAreKeptAndTitlesOfAddressLeftOut() {
        assertThat(only("\"I have never seen the club in better financial shape,\" said Sir Martin Hale.")
                        .speaker())
                .isEqualTo("Sir Martin Hale");
        assertThat(only("Dr Leona Brandt said: \"The vaccine trial will start in the spring next year.\"")
                        .speaker())
                .isEqualTo("Leona Brandt");
    }

    @Test
    void spokespeopleSpeakForTheirOrganisation() {
        assertThat(only("A spokesman for the Harbour Trust said: \"The repairs will be finished by the end of May.\"")
                        .speaker())
                .isEqualTo("Harbour Trust");
        assertThat(
                        only("\"The prime minister has full confidence in the harbour plan,\" a Downing Street spokesman said.")
                                .speaker())
                .isEqualTo("Downing Street");
    }

    @Test
    void organisationAsSubjectAndItBackReference() {
        List<Quote> quotes = quotes(
                "Nordhavn Shipping said it would cut three routes.",
                "In a statement, it added: \"The decision was taken after a long review of passenger numbers.\"");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Nordhavn Shipping");
    }

    @Test
    void scareQuotesAndTitlesAreNotKeyQuotes() {
        assertThat(quotes("Critics called the plan a \"cash grab\" and the film \"Harbour Lights\" was shown."))
                .isEmpty();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertThat(quotes("The players' union said it don't matter. Scotland's fans love rock 'n' roll and the '90s"
                        + " bands that played it in the town's old hall on the players' nights out."))
                .isEmpty();
    }

    @Test
    void singleQuotationMarksAsUsedByTabloidCopy() {
        Quote quote = only("'We are devastated by the decision and we will appeal it,' said Kirsty Evans, 34."
                + " Her neighbours don't agree.");
        assertThat(quote.text()).isEqualTo("We are devastated by the decision and we will appeal it");
        assertThat(quote.speaker()).isEqualTo("Kirsty Evans");
    }

    @Test
    void speakerIsNullWhenTheArticleDoesNotSay() {
        Quote quote = only("The storm hit overnight. \"Nobody here could remember a winter as harsh as this one.\"");
        assertThat(quote.speaker()).isNull();
    }

    @Test
    void namedSubstantialEarlyQuoteRanksFirst() {
        List<Quote> quotes = quotes(
                "\"The harbour plans will bring four hundred jobs to the town,\" said Maria Lindqvist.",
                "Later the crowd dispersed. \"It was a long day for everybody out here.\"");
        assertThat(quotes).extracting(Quote::speaker).first().isEqualTo("Maria Lindqvist");
    }

    @Test
    void noSentencesNoQuotes() {
        assertThat(EXTRACTOR.extract(new ArticleText("t", "", List.of()))).isEmpty();
    }
}
