package dev.digestbot.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article's words in the form search matches them: lower case, accents removed, every run of
 * other characters a single space, with a space at each end. A query word matches a word that
 * starts with it ({@code "rail"} finds "railway"), whatever the punctuation around it.
 */
public final class SearchText {
    /** Characters kept per article: the opening of a long article says what it is about. */
    static final int MAX_CHARS = 8000;

    private SearchText() {}

    /** The searchable form of an article's title and text, at most {@link #MAX_CHARS} long. */
    public static String of(String title, String text) {
        // only the opening is read, so a 2 MiB article is not normalized whole
        String opening = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String words = normalize(title + " " + opening);
        if (words.length() > MAX_CHARS) {
            int cut = words.lastIndexOf(' ', MAX_CHARS - 1);
            words = words.substring(0, cut) + " ";
        }
        return words;
    }

    /**
     * The distinct words of a query, in the order given, without single letters ("council's"
     * leaves an "s" that would match half the archive); empty when it has no word.
     */
    static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalize(query).trim().split(" ")) {
            if (word.length() > 1 || (word.length() == 1 && Character.isDigit(word.charAt(0)))) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length() + 2).append(' ');
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }
}
