package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.quote.Lexicon.Gender;

/**
 * A name in the text outside quotations: a person, an organisation, or a capitalised run not yet
 * known to be either.
 *
 * @param first token index of the first word of the name (after titles and roles)
 * @param last token index of the last word of the name
 * @param name the name as written, without titles of address or a possessive ending
 * @param title a title that is part of the name ("Sir", "Lord"), or null
 * @param kind what the name stands for
 * @param gender the gender the name, its title or its role tells
 * @param possessive whether the name is a possessive ("Gerrard's")
 * @param object whether a preposition comes right before it ("by Gerrard")
 * @param sentence the sentence of the name
 * @param role lower-case words around the name that say what the person is
 * @param speaks whether a speech verb comes right after the name or right before it
 */
record Mention(
        int first,
        int last,
        String name,
        String title,
        Kind kind,
        Gender gender,
        boolean possessive,
        boolean object,
        int sentence,
        String role,
        boolean speaks) {
    enum Kind {
        PERSON,
        ORGANISATION,
        UNKNOWN
    }

    int words() {
        int words = name.isEmpty() ? 0 : 1;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    String surname() {
        int space = name.lastIndexOf(' ');
        return name.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    }

    String firstWord() {
        int space = name.indexOf(' ');
        return (space < 0 ? name : name.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    }
}
