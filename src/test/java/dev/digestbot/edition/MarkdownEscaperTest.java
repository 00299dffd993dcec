package dev.digestbot.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscaperTest {
    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "*bold* and _under_ => \\*bold\\* and \\_under\\_",
                "[click](http://evil.example) => \\[click\\](http://evil.example)",
                "<script>alert(1)</script> => \\<script\\>alert(1)\\</script\\>",
                "# not a heading => \\# not a heading",
                "- not a list => \\- not a list",
                "1990. A year => 1990\\. A year",
                "Prices rose 5.5% in a five-hour day. => Prices rose 5.5% in a five-hour day.",
                "`code` ~strike~ a|b => \\`code\\` \\~strike\\~ a\\|b",
                "back\\slash => back\\\\slash"
            })
    void escapesMarkdownSyntaxButNotOrdinaryPunctuation(String text, String escaped) {
        assertThat(MarkdownEscaper.escape(text)).isEqualTo(escaped);
    }

    @Test
    void escapesMentionsOnlyWhenAsked() {
        assertThat(MarkdownEscaper.escape("@everyone look")).isEqualTo("@everyone look");
        assertThat(MarkdownEscaper.escapeWithMentions("@everyone *look* <@123>"))
                .isEqualTo("\\@everyone \\*look\\* \\<\\@123\\>");
    }

    @Test
    void everyKindOfLineBreakBecomesASpaceSoNoLineCanStartAHeading() {
        assertThat(MarkdownEscaper.escape("quiet\r# LOUD\u2028-# small\r\nend\u0085x"))
                .isEqualTo("quiet # LOUD -# small end x");
    }
}
