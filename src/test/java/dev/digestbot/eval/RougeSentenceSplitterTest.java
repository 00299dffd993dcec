package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RougeSentenceSplitterTest {
    @Test
    void splitsSentencesGluedWithoutASpace() {
        assertThat(RougeSentenceSplitter.split("Profits rose 5% to £2bn.Analysts had expected less."))
                .containsExactly("Profits rose 5% to £2bn.", "Analysts had expected less.");
    }

    @Test
    void keepsAbbreviationsDottedNamesAndInitialsInsideTheSentence() {
        assertThat(RougeSentenceSplitter.split("Dr. Jones met Gov. Smith. The U.S. team won. J. Doe scored."))
                .containsExactly("Dr. Jones met Gov. Smith.", "The U.S. team won.", "J. Doe scored.");
    }

    @Test
    void neverSplitsDecimalsOrBeforeALowerCaseWord() {
        assertThat(RougeSentenceSplitter.split("It cost 1.5m. Nobody paid at 5 p.m. on Monday."))
                .containsExactly("It cost 1.5m.", "Nobody paid at 5 p.m. on Monday.");
    }

    @Test
    void givesGluedQuotesToTheSentenceTheyOpen() {
        assertThat(RougeSentenceSplitter.split("She said: \"Not now.\"\"Later,\" he replied."))
                .containsExactly("She said: \"Not now.\"", "\"Later,\" he replied.");
    }

    @Test
    void splitsAtLineBreaksAndAfterNoBreakSpaces() {
        assertThat(RougeSentenceSplitter.split("first highlight\r\nsecond one\u2028Done.\u00a0Next one!\n\n"))
                .containsExactly("first highlight", "second one", "Done.", "Next one!");
    }

    @Test
    void splitsBeforeADigitOnlyAfterASpace() {
        assertThat(RougeSentenceSplitter.split("Sales fell. 2004 was worse. It was v.2.0 then."))
                .containsExactly("Sales fell.", "2004 was worse.", "It was v.2.0 then.");
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(RougeSentenceSplitter.split(" \n\t\n")).isEmpty();
    }

    @Test
    @Timeout(30)
    void staysLinearOnPathologicalText() {
        String dotted = "A.".repeat(200_000);
        String quoted = "a.\"".repeat(200_000);
        String sentence = "word ".repeat(4_000) + "end.";
        assertThat(RougeSentenceSplitter.split(dotted)).hasSize(1);
        assertThat(RougeSentenceSplitter.split(quoted)).hasSize(1);
        assertThat(RougeSentenceSplitter.split(sentence)).isEqualTo(List.of(sentence));
    }
}
