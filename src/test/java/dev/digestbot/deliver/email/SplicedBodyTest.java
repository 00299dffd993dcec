package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies encoded once in pieces, each reader's link spliced in: what they decode to, and their lines. */
class SplicedBodyTest {
    /** Characters that test the encoding: blanks before breaks, '=', non-ASCII, line breaks. */
    private static final String ALPHABET = "abc XYZ=\t\n\n.,é—“”€<>&\"'";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aSplicedBodyDecodesToTheWholeTextAndKeepsLinesWithin76Characters(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> pieces = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            pieces.add(text(random, random.nextInt(300)));
        }
        String link = "https://news.example.org/unsubscribe/" + text(random, random.nextInt(120));

        byte[] spliced = SplicedBody.of(pieces).with(link);

        String wire = new String(spliced, StandardCharsets.US_ASCII);
        assertThat(wire.split("\r\n", -1))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(wire.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(decoded(spliced)).isEqualTo(String.join(link, pieces).replace("\n", "\r\n"));
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String decoded(byte[] encoded) throws Exception {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
