package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void readsUtf8WithAByteOrderMarkAndWindowsLineEndings() throws Exception {
        Article article = Fixtures.read("bom-utf8.txt");

        assertThat(article.title()).isEqualTo("Café owners welcome new parking rules");
        assertThat(article.paragraphs())
                .containsExactly(
                        "Owners of cafés on the high street said the new rules would bring back customers.",
                        "The changes start on Monday.");
    }

    @Test
    void readsLittleEndianUtf16WithAByteOrderMark() throws Exception {
        assertMuseumArticle(Fixtures.read("utf16-bom.txt"));
    }

    @Test
    void readsBigEndianUtf16WithAByteOrderMark() throws Exception {
        assertMuseumArticle(Fixtures.read("utf16-be-bom.txt"));
    }

    private static void assertMuseumArticle(Article article) {
        assertThat(article.title()).isEqualTo("Museum returns ‘lost’ painting to owners");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The painting – a small oil of a river at dusk – was found in a storeroom.",
                        "“We are delighted,” said the director, Helen Moss.");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        Article article = Fixtures.read("windows-1252-fallback.txt");

        assertThat(article.title()).isEqualTo("Café prices rise by 10%");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The owner said: “Costs have gone up – milk, coffee, rent – and we can’t absorb it.”",
                        "A cup now costs £3.20.");
    }

    @Test
    void fallsBackToWindows1252AfterAUtf8ByteOrderMarkToo() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's'
        };

        Article article = new ArticleReader().parse("bom.txt", bytes, "txt");

        assertThat(article.paragraphs()).containsExactly("Café opens");
    }

    @Test
    void normalisesLineBreaksSpacesAndInvisibleCharacters() throws Exception {
        Article article = Fixtures.read("crlf-and-invisible-characters.txt");

        assertThat(article.title()).isEqualTo("Storm closes mountain pass");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The pass was closed on Friday afternoon as snow fell.",
                        "Police said it would reopen on Sunday.");
    }

    @Test
    void cleanerTurnsEveryLineBreakIntoNewlineAndDropsInvisibleMarks() {
        assertThat(TextCleaner.clean("a\r\nb\rc\u2028d\u2029e\u0085f")).isEqualTo("a\nb\nc\nd\n\ne\nf");
        assertThat(TextCleaner.clean("x\u200Dy\u202Ez\u2066w\u00ADv\u0000u\u009Ft"))
                .isEqualTo("xyzwvut");
        assertThat(TextCleaner.clean("one\u00A0two\u2009three\tfour")).isEqualTo("one two three four");
        assertThat(TextCleaner.clean("“quoted” – dash — ‘single’")).isEqualTo("“quoted” – dash — ‘single’");
    }

    @Test
    void cleanerReturnsCleanTextUnchanged() {
        String text = "Nothing to change here: £5, “quotes”, café.\n";

        assertThat(TextCleaner.clean(text)).isSameAs(text);
    }
}
