package dev.digestbot.summarize.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lower-cases label words that are capitalized only because they open a sentence or a quotation
 * ("Net profit" becomes "net profit") but keeps names ("Qantas shares"): a word is a name when the
 * article capitalizes it in mid-sentence. A last word is lowered only when the article also writes
 * it in lower case, as a name that only ever opens sentences ("Ukip received") is still a name.
 */
final class Casing {
    /** Above this size the body is indexed once instead of searched once per word. */
    private static final int INDEX_FROM = 20_000;

    private final String body;
    private final Map<String, Boolean> names = new HashMap<>();
    private final Map<String, Boolean> writtenInLowerCase = new HashMap<>();
    private Set<String> indexedNames;
    private Set<String> indexedLowerCase;

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
            if (i > 0) {
                out.append(' ');
            }
            boolean partOfName = i + 1 < words.length && isCapitalized(words[i + 1]); // "Gordon Brown"
            out.append(partOfName ? words[i] : lowerIfCommon(words[i], i + 1 < words.length));
        }
        return out.toString();
    }

    private String lowerIfCommon(String word, boolean modifier) {
        boolean capitalized =
                word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
        if (!capitalized) {
            return word;
        }
        String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        if (names.computeIfAbsent(bare, this::isName)) {
            return word;
        }
        // "Net profit": a word before the head noun is common; a last word must be seen in lower case
        boolean common = modifier || writtenInLowerCase.computeIfAbsent(lower, this::isWrittenInLowerCase);
        return common ? lower : word;
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private boolean isName(String word) {
        if (body.length() > INDEX_FROM) {
            index();
            return indexedNames.contains(word);
        }
        for (int at = wordIndex(body, word, 0); at >= 0; at = wordIndex(body, word, at + 1)) {
            if (followsInSentence(at)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWrittenInLowerCase(String word) {
        if (body.length() > INDEX_FROM) {
            index();
            return indexedLowerCase.contains(word);
        }
        return wordIndex(body, word, 0) >= 0;
    }

    /** Whether the word at {@code at} comes after a word or a comma, not at the start of a sentence. */
    private boolean followsInSentence(int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
            k--;
        }
        return k >= 0 && (Character.isLetterOrDigit(body.charAt(k)) || ",;:-–—(".indexOf(body.charAt(k)) >= 0);
    }

    /** One pass over a long body: its words in lower case, and its capitalized words in mid-sentence. */
    private void index() {
        if (indexedNames != null) {
            return;
        }
        indexedNames = new HashSet<>();
        indexedLowerCase = new HashSet<>();
        int i = 0;
        while (i < body.length()) {
            if (!Character.isLetter(body.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < body.length() && Character.isLetter(body.charAt(i))) {
                i++;
            }
            String word = body.substring(start, i);
            if (!Character.isUpperCase(word.charAt(0))) {
                indexedLowerCase.add(word);
            } else if (followsInSentence(start)) {
                indexedNames.add(word);
            }
        }
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
