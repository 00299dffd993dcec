package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever the bytes, the reader returns a well-formed article or throws an {@link
 * ArticleException} with a one-line message; nothing else escapes. The inputs are generated from
 * fixed seeds, so a failure names the seed that reproduces it.
 */
class ArbitraryInputTest {
    private static final ArticleReader READER = new ArticleReader();
    private static final String[] EXTENSIONS = {"txt", "md", "html", ""};
    private static final String MARKUP =
            "<>[]()!*_~`#-=:|/\\\"'\n\n\r\t  .,?&;{}@%$\u201C\u201D\u2014\u2013\u00A0\u200B";
    private static final String[] FRAGMENTS = {
        "---\n",
        "title: ",
        "tags: [",
        "<p>",
        "</p>",
        "<article>",
        "<script>",
        "<!--",
        "-->",
        "```\n",
        "# ",
        "(CNN)",
        "said.",
        "\n\n",
        "<meta property=\"og:title\" content=\"",
        "&amp;",
        "&#0;",
        "\uFEFF"
    };
    private static final String[] YAML_KEYS = {"title: ", "date: ", "tags: ", "source: ", "url: ", "- ", "? ", "&a ", ""
    };
    private static final String[] YAML_VALUES = {
        "Plain words",
        "[a, b",
        "{x: 1}",
        "*a",
        "&a [1, 2]",
        "'quoted",
        "\"x\"",
        "2025-01-01",
        "|",
        ">",
        "@",
        "- a",
        "!!binary aGk=",
        "!!python/object x",
        "~",
        "[[[[[[[[[[",
        ": :",
        "\t"
    };
    private static final Charset[] CHARSETS = {
        StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("windows-1252")
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsAnythingButArticleException(long seed) {
        Random random = new Random(seed);
        byte[] bytes = switch ((int) (seed % 4)) {
            case 0 -> randomBytes(random);
            case 1 -> markedUpText(random).getBytes(CHARSETS[random.nextInt(CHARSETS.length)]);
            case 2 -> withByteOrderMark(random, markedUpText(random));
            default -> frontMatter(random).getBytes(StandardCharsets.UTF_8);
        };
        for (String extension : EXTENSIONS) {
            checkOne(bytes, extension);
        }
    }

    private static void checkOne(byte[] bytes, String extension) {
        try {
            Article article = READER.parse("fuzz." + extension, bytes, extension);
            assertThat(article.title()).isNotBlank().doesNotContain("\n");
            assertThat(article.paragraphs()).isNotEmpty().allMatch(p -> !p.isBlank());
        } catch (ArticleException e) {
            assertThat(e.getMessage()).startsWith("fuzz." + extension + ": ").doesNotContain("\n");
        }
    }

    private static String frontMatter(Random random) {
        StringBuilder yaml = new StringBuilder("---\n");
        for (int line = random.nextInt(8); line > 0; line--) {
            String key = YAML_KEYS[random.nextInt(YAML_KEYS.length)];
            String value = YAML_VALUES[random.nextInt(YAML_VALUES.length)];
            yaml.append(" ".repeat(random.nextInt(3))).append(key).append(value).append('\n');
        }
        return yaml.append(random.nextBoolean() ? "---\n" : "")
                .append(markedUpText(random))
                .toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String markedUpText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(2000);
        while (text.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 2) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else if (pick < 5) {
                text.append(MARKUP.charAt(random.nextInt(MARKUP.length())));
            } else if (pick < 9) {
                text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(4) == 0 ? " " : "");
            } else {
                text.appendCodePoint(random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    private static byte[] withByteOrderMark(Random random, String text) {
        return switch (random.nextInt(3)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            default -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        };
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
    }
}
