package dev.digestbot.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * ROUGE's tokens: lower-cased runs of ASCII letters and digits, every other character a separator
 * (so "$1.13bn" gives "1" and "13bn"), and Porter stems for tokens longer than three characters.
 * No stop words are removed.
 */
final class RougeTokenizer {
    private static final int SHORTEST_STEMMED = 4;

    /** Lower-cases to "i" and a combining dot, which ends the token after the "i". */
    private static final char DOTTED_CAPITAL_I = '\u0130';

    private RougeTokenizer() {}

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = lowerAscii(text.charAt(i));
            boolean wordChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (wordChar) {
                token.append(c);
            }
            if ((!wordChar || text.charAt(i) == DOTTED_CAPITAL_I) && !token.isEmpty()) {
                tokens.add(stemmed(token.toString()));
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(stemmed(token.toString()));
        }
        return tokens;
    }

    /**
     * The lower-case form of {@code c} when that is an ASCII letter or digit, otherwise {@code c}.
     * Besides A-Z, two characters lower-case to ASCII: {@link #DOTTED_CAPITAL_I} and the Kelvin sign.
     */
    private static char lowerAscii(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        char lower = Character.toLowerCase(c);
        return lower < 128 ? lower : c;
    }

    private static String stemmed(String token) {
        return token.length() >= SHORTEST_STEMMED ? PorterStemmer.stem(token) : token;
    }
}
