package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PlainTextArticleTest {
    private static final ArticleReader READER = new ArticleReader();

    private static Article text(String text) throws ArticleException {
        return READER.parse("test.txt", text.getBytes(StandardCharsets.UTF_8), "txt");
    }

    @Test
    void takesTheRepeatedHeadlineAfterTheLedeAsTitleAndKeepsItOutOfTheBody() throws Exception {
        Article article = Fixtures.read("lede-then-repeated-headline.txt");

        assertThat(article.title()).isEqualTo("Harbour Board Hands Ferry Contract to New Operator");
        assertThat(article.body()).doesNotContain("Harbour Board Hands Ferry Contract");
        assertThat(article.paragraphs()).hasSize(6);
        assertThat(article.paragraphs().get(0)).startsWith("In a late-night session on Thursday");
        assertThat(article.paragraphs().get(1))
                .isEqualTo("Islanders hope the change ends a winter of cancelled sailings.");
        assertThat(article.paragraphs().get(2)).startsWith("The board voted six to three");
        assertThat(article.paragraphs().get(5)).endsWith("by its first winter.");
    }

    @Test
    void usesAShortFirstLineFollowedByABlankLineAsTitle() throws Exception {
        Article article = Fixtures.read("title-blank-line-body.txt");

        assertThat(article.title()).isEqualTo("Library opens late on weekdays");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The central library in Marlow Vale will stay open until 9pm on weekdays from next month,"
                                + " the town council has announced.",
                        "The longer hours follow a survey in which 64% of residents said they could not visit during"
                                + " the day. The council said the change would cost about £48,000 a year, paid for by"
                                + " closing the building on Sunday mornings.",
                        "Councillor Priya Nandra said: \"Students and shift workers have asked for this for years.\"");
        assertThat(article.metadata()).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void derivesATitleFromTheFirstSentenceOfAOneLineArticleAndKeepsTheWholeBody() throws Exception {
        Article article = Fixtures.read("one-line-no-title.txt");
        String file = Files.readString(Fixtures.path("one-line-no-title.txt")).strip();

        assertThat(article.title())
                .isEqualTo("Portugal's largest solar farm began feeding power into the national grid on Monday, two…");
        assertThat(article.paragraphs()).containsExactly(file);
    }

    @Test
    void joinsHardWrappedLinesButKeepsListItemsApart() throws Exception {
        Article article = Fixtures.read("hard-wrapped.txt");

        assertThat(article.title()).isEqualTo("Bridge repairs delayed until spring");
        assertThat(article.paragraphs())
                .containsExactly(
                        "Repairs to the Old Mill bridge will not start until March, the county engineer told"
                                + " councillors on Wednesday, because the steel needed for the new supports has not"
                                + " yet arrived from the supplier.",
                        "The bridge has been closed to lorries since a survey in August found cracks in two of its"
                                + " five arches. Drivers have faced a detour of almost eleven miles.",
                        "- The survey was carried out by an independent firm.",
                        "- A second survey is planned for January.");
    }

    @Test
    void keepsScrapedParagraphsOnePerLineUnderAHeadline() throws Exception {
        Article article = Fixtures.read("scraped-one-paragraph-per-line.txt");

        assertThat(article.title()).isEqualTo("City Council Approves Budget for New Tram Line");
        assertThat(article.paragraphs()).hasSize(4);
        assertThat(article.paragraphs().get(1))
                .isEqualTo("The first phase will cost 84 million euros and should be finished in 2028. Trams will run"
                        + " every six minutes at peak times.");
    }

    @Test
    void findsAHeadlineAfterALedeEvenWhenItIsNotRepeated() throws Exception {
        Article article = text("A long lede sentence tells readers what happened in the valley on Sunday night.\n"
                + "Floods Cut Off Three Villages\n\nRoads were closed after the river burst its banks.\n");

        assertThat(article.title()).isEqualTo("Floods Cut Off Three Villages");
        assertThat(article.paragraphs())
                .containsExactly(
                        "A long lede sentence tells readers what happened in the valley on Sunday night.",
                        "Roads were closed after the river burst its banks.");
    }

    @Test
    void doesNotTakeASubheadFromTheBodyAsTitle() throws Exception {
        Article article = text("The ministry published its annual report on Monday, showing that waiting times rose"
                + " in every region for the third year running.\n\nThe report blames staff shortages.\n\n"
                + "Regional picture\n\nThe north saw the sharpest rise.\n");

        assertThat(article.title()).startsWith("The ministry published its annual report on Monday");
        assertThat(article.paragraphs()).hasSize(4).contains("Regional picture");
    }

    @Test
    void keepsASingleShortLineAsBodyAndDerivesTheTitleFromIt() throws Exception {
        Article article = text("The bridge reopened on Tuesday.\n");

        assertThat(article.title()).isEqualTo("The bridge reopened on Tuesday");
        assertThat(article.paragraphs()).containsExactly("The bridge reopened on Tuesday.");
    }

    @Test
    void dropsAParagraphThatRepeatsTheOneBeforeIt() throws Exception {
        Article article = text("Title line\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n"
                + "Same paragraph twice.\n\nSame paragraph twice.\n\nThe end.\n");

        assertThat(article.paragraphs())
                .containsExactly("One.", "Two.", "Three.", "Four.", "Five.", "Same paragraph twice.", "The end.");
    }

    @Test
    void fallsBackToTheFileNameWhenTheTextHasNoWords() throws Exception {
        Article article = READER.parse("content/inbox/budget-figures_2025.txt", "2025 1,200 3,400".getBytes(), "txt");

        assertThat(article.title()).isEqualTo("budget figures 2025");
    }
}
