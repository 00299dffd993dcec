package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {
    private static final GoldArticle HARBOUR = new GoldArticle(
            "harbour-001",
            "harbour-001.txt",
            "Harbour fees to rise by a third",
            List.of(
                    new GoldQuote(
                            "We have no choice but to raise the fees this spring",
                            "Maria Okafor",
                            List.of("Ms Okafor")),
                    new GoldQuote(
                            "The fishing fleet simply cannot afford another increase",
                            "Harbour Users Group",
                            List.of("spokesman")),
                    new GoldQuote("Nobody asked us before the decision was taken", null, List.of())),
            List.of(
                    new GoldFigure("a third", "0.3333", "rise in harbour fees"),
                    new GoldFigure("£4.5m", "4.5e6", "cost of the new breakwater"),
                    new GoldFigure("3-1", "3-1", "council vote"),
                    new GoldFigure("120 boats", "120", "boats in the fleet")),
            List.of(0, 1, 3));

    private static final GoldArticle UNREAD =
            new GoldArticle("ferry-002", "ferry-002.txt", "Ferry timetable changes", List.of(), List.of(), List.of());

    private static Quote quote(String text, String speaker) {
        return new Quote(text, speaker, "…");
    }

    private static Figure figure(String value) {
        return new Figure(value, "label", "…");
    }

    private static ArticleDigest digest(String title, List<Quote> quotes, List<Figure> figures) {
        return new ArticleDigest("content/inbox/harbour-001.txt", title, List.of(), quotes, figures);
    }

    @Test
    void scoresQuotesSpeakersFiguresKeyFiguresAndTitles() {
        ArticleDigest all = digest(
                "Harbour Fees To Rise  By A Third",
                List.of(
                        quote("We have no choice but to raise the fees this spring,", "Maria Okafor"),
                        quote("simply cannot afford another increase", "Harbour Users Group"), // under 6 words
                        quote("Nobody asked us before the decision was taken", "Maria Okafor"), // gold: no speaker
                        quote("a statement that no annotator ever marked as a quote", null),
                        quote("grey areas", null)),
                List.of(figure("one third"), figure("£4.5m"), figure("1-3"), figure("2005")));
        ArticleDigest defaults = digest(
                "Harbour fees to rise by a third",
                List.of(),
                List.of(figure("£4.5m"), figure("2005"), figure("120 boats"), figure("one third")));

        ExtractionScores scores = ExtractionScorer.score(List.of(HARBOUR, UNREAD), List.of(all), List.of(defaults));

        assertThat(scores.titles()).isEqualTo(new Ratio(1, 2));
        assertThat(scores.quoteRecall()).isEqualTo(new Ratio(2, 3));
        assertThat(scores.quotePrecision()).isEqualTo(new Ratio(2, 3));
        assertThat(scores.speakerAccuracy()).isEqualTo(new Ratio(1, 2));
        assertThat(scores.figureRecall()).isEqualTo(new Ratio(3, 4));
        assertThat(scores.figurePrecision()).isEqualTo(new Ratio(3, 4));
        // key figures are looked for among the first three default figures only: "one third" is fourth
        assertThat(scores.keyFigureRecall()).isEqualTo(new Ratio(2, 3));
        assertThat(scores.missing()).containsExactly("ferry-002.txt");
    }

    @Test
    void judgesSpeakersByTheirLastWordAgainstNameAndAliases() {
        GoldQuote spokesman = HARBOUR.quotes().get(1);
        assertThat(ExtractionScorer.sameSpeaker("a spokesman", spokesman)).isTrue();
        assertThat(ExtractionScorer.sameSpeaker("Harbour Users", spokesman)).isFalse();
        GoldQuote okafor = HARBOUR.quotes().get(0);
        assertThat(ExtractionScorer.sameSpeaker("Dr Maria OKAFOR", okafor)).isTrue();
        assertThat(ExtractionScorer.sameSpeaker(null, okafor)).isFalse();
        GoldQuote unattributed = HARBOUR.quotes().get(2);
        assertThat(ExtractionScorer.sameSpeaker(null, unattributed)).isTrue();
        assertThat(ExtractionScorer.sameSpeaker("Okafor", unattributed)).isFalse();
    }

    @Test
    void comparesTitlesIgnoringCaseQuoteStylesDashesAndSpacing() {
        assertThat(ExtractionScorer.sameTitle(
                        "Minister\u2019s plan \u2013 \u201cbold\u201d", "minister's  plan - \"bold\""))
                .isTrue();
        assertThat(ExtractionScorer.sameTitle("Harbour fees to rise", "Harbour fees to fall"))
                .isFalse();
    }

    @Test
    void withoutDigestsScoresNothingAndListsEveryFile() {
        ExtractionScores scores = ExtractionScorer.score(List.of(HARBOUR), List.of(), List.of());
        assertThat(scores.titles()).isEqualTo(new Ratio(0, 1));
        assertThat(scores.quoteRecall()).isEqualTo(new Ratio(0, 0));
        assertThat(scores.missing()).containsExactly("harbour-001.txt");
    }
}
