package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import org.junit.jupiter.api.Test;

class SentenceEndScannerTest {
    private static final char[] ENDS = {'.', '!', '?'};
    private static final String ALPHABET = "ab .!?\n\"\u201d\u2026x1";

    @Test
    void findsTheSamePositionsAsOpenNlpsScanner() {
        DefaultEndOfSentenceScanner reference = new DefaultEndOfSentenceScanner(ENDS);
        SentenceEndScanner scanner = new SentenceEndScanner(Set.of('.', '!', '?'));
        Random random = new Random(20_260_126);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(scanner.getPositions(s)).as(s).isEqualTo(reference.getPositions(s));
            assertThat(scanner.getPositions(new StringBuffer(s))).as(s).isEqualTo(reference.getPositions(s));
            assertThat(scanner.getPositions(s.toCharArray())).as(s).isEqualTo(reference.getPositions(s));
        }
    }

    @Test
    void findsEveryEndOfAPlainSentence() {
        SentenceEndScanner scanner = new SentenceEndScanner(Set.of('.', '!', '?'));

        assertThat(scanner.getPositions("Rain fell. Did it stop? No!")).containsExactly(9, 22, 26);
        assertThat(scanner.getEOSCharacters()).containsExactlyInAnyOrder('.', '!', '?');
    }
}
