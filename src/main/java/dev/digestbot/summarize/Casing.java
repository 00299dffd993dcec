package dev.digestbot.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * Lower-cases label words that are capitalized only because they open a sentence or a quotation
 * ("Net profit" becomes "net profit") but keeps names ("Qantas shares"): a word is a name when the
 * article capitalizes it in mid-sentence. A last word is lowered only when the article also writes
 * it in lower case, as a name that only ever opens sentences ("Ukip received") is still a name.
 */
final class Casing {
    private final String body;
    private final Map<String, Boolean> names = new HashMap<>();

    Casing(String body) {
        this.body = body;
    }

    /** The label with each capitalized word that is not a name in lower case. */
    String apply(String label) {
        if (label.chars().noneMatch(Character::isUpperCase)) {
            return label;
        }
        StringBuilder out = new StringBuilder(label.length());
        String[] words = label.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (i + 1 < words.length && isCapitalized(words[i + 1])) {
                out.append(word); // part of a name: "Gordon Brown"
                continue;
            }
            boolean capitalized =
                    word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
            String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
            String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
            boolean modifier = i + 1 < words.length; // "Net profit": a word before the head noun
            boolean common = capitalized
                    && !names.computeIfAbsent(bare, this::isName)
                    && (modifier || wordIndex(body, lower, 0) >= 0);
            out.append(common ? lower : word);
        }
        return out.toString();
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private boolean isName(String word) {
        for (int at = wordIndex(body, word, 0); at >= 0; at = wordIndex(body, word, at + 1)) {
            int k = at - 1;
            while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k >= 0 && (Character.isLetterOrDigit(body.charAt(k)) || ",;:-–—(".indexOf(body.charAt(k)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} occurs as a whole word in {@code text} from {@code from}, or -1. */
    private static int wordIndex(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            if (startOk && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }
}
