package dev.digestbot.summarize.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.ArticleText;
import dev.digestbot.summarize.Quote;
import dev.digestbot.summarize.Sentence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that would blow up a backtracking or quadratic implementation; the timeouts are guards. */
class QuoteExtractorRobustnessTest {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    /** An article whose body is one sentence, so no sentence splitting cost hides the extractor's. */
    private static ArticleText oneSentence(String body) {
        return new ArticleText("Title", body, List.of(new Sentence(0, 0, 0, body.length(), body)));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twentyThousandCharacterSentenceWithUnbalancedMarks() {
        StringBuilder body = new StringBuilder("Mayor Ann Holt said \"");
        while (body.length() < 20_000) {
            body.append("the council, he said, will 'review the plans for the harbour \"and the ");
        }
        List<Quote> quotes = EXTRACTOR.extract(oneSentence(body.toString()));
        assertThat(quotes).isNotEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oneMegabyteBodyOfUnclosedQuotesAndNames() {
        String paragraph = "Harbour master Rhys Pennant told Radio Kent: \"The tide came in fast. \"We moved the boats"
                + " and Mr Pennant said he, the master, would 'stay on' as Sir Tom Lee, a spokesman for the Port"
                + " Authority of Kent, added: \"It was rock 'n' roll out there, the players' nights out";
        StringBuilder body = new StringBuilder();
        while (body.length() < 1_000_000) {
            body.append(paragraph).append(body.length() % 3 == 0 ? "\n\n" : " ");
        }
        List<Quote> quotes = EXTRACTOR.extract(oneSentence(body.toString()));
        assertThat(quotes)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(body.toString()).contains(q.text()));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oneMegabyteOfCapitalisedWordsSharingASurname() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 1_000_000; i++) {
            body.append("Name").append(i).append(" Smith said \"we will win this one for the town\" and ");
        }
        assertThat(EXTRACTOR.extract(oneSentence(body.toString()))).isNotEmpty();
    }
}
