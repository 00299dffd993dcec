package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static int add(WordTable table, String word) {
        return table.add(word.toCharArray(), word.length());
    }

    private static int find(WordTable table, String word) {
        return table.find(word.toCharArray(), word.length());
    }

    @Test
    void numbersWordsInTheOrderTheyFirstCome() {
        WordTable table = new WordTable();

        assertThat(add(table, "harbour")).isZero();
        assertThat(add(table, "ferry")).isEqualTo(1);
        assertThat(add(table, "harbour")).isZero();
        assertThat(table.size()).isEqualTo(2);
        assertThat(find(table, "ferry")).isEqualTo(1);
        assertThat(find(table, "ferries")).isEqualTo(-1);
        assertThat(find(table, "harbou")).isEqualTo(-1);
    }

    @Test
    void looksUpOnlyTheGivenLengthOfTheBuffer() {
        WordTable table = WordTable.of(List.of("tide"));

        assertThat(table.find("tides".toCharArray(), 4)).isZero();
        assertThat(table.find("tides".toCharArray(), 5)).isEqualTo(-1);
    }

    @Test
    void keepsEveryWordAsItGrows() {
        WordTable table = new WordTable();
        for (int i = 0; i < 5000; i++) {
            assertThat(add(table, "word" + i)).isEqualTo(i);
        }
        assertThat(table.size()).isEqualTo(5000);
        for (int i = 0; i < 5000; i++) {
            assertThat(find(table, "word" + i)).isEqualTo(i);
        }
        assertThat(find(table, "word5000")).isEqualTo(-1);
    }
}
