package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "running, run", // -ing dropped, then the doubled n
        "filing, file", // -ing dropped, e restored after consonant-vowel-consonant
        "motoring, motor",
        "agreed, agre", // -eed to -ee, then the final e goes (m = 1, no cvc)
        "happiness, happi", // y to i, then -ness
        "conditional, condit", // -tional to -tion, then -ion after t with m > 1
        "hopeful, hope", // -ful dropped, e kept after cvc with m = 1
        "possibly, possibl", // the reference version's -bli to -ble, then the final e
        "analogies, analog", // -ies to -i, then -logi to -log
        "toys, toi", // -s dropped, then the final y becomes i as "to" has a vowel
        "syzygy, syzygi", // a y after a consonant is a vowel, so the final y becomes i
        "sky, sky", // no vowel before the y: it stays
        "was, wa",
        "at, at"
    })
    void stemsLikeThePorterReferenceImplementation(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    @Timeout(30)
    void aVeryLongRunOfYsStaysLinear() {
        String word = "y".repeat(200_000) + "ing";
        assertThat(PorterStemmer.stem(word)).startsWith("yyy");
    }
}
