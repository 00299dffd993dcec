package dev.digestbot.summarize.quote;

/**
 * A word, a punctuation mark, a paragraph break, or a whole quotation, as attribution reads the
 * text around quotations.
 *
 * @param type what the token is
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param text the characters; for a quotation its last quoted character; "" for a break
 * @param lower {@code text} in lower case with any possessive ending removed
 * @param quote index of the quotation for a {@link Type#QUOTE} token, else -1
 * @param flags for a word, the {@link Lexicon} lists that hold {@code lower} ({@link Lexicon#flags})
 *     and the case of its first letter; 0 for other tokens, as every listed word starts with a letter
 */
record Token(Type type, int start, int end, String text, String lower, int quote, int flags) {
    /** Flag bits above the lexicon's: the case of a word's first character, read once, as it is asked often. */
    private static final int CAPITALISED = 1 << 30;

    private static final int LOWER_CASE = 1 << 29;

    /** A word token whose lower-case form is in the lexicon lists {@code lexiconFlags} tells. */
    static Token word(int start, int end, String text, String lower, int lexiconFlags) {
        char first = text.charAt(0);
        int shape = (Character.isUpperCase(first) ? CAPITALISED : 0) | (Character.isLowerCase(first) ? LOWER_CASE : 0);
        return new Token(Type.WORD, start, end, text, lower, -1, lexiconFlags | shape);
    }

    enum Type {
        WORD,
        PUNCT,
        QUOTE,
        BREAK
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isPunct(char c) {
        return type == Type.PUNCT && text.charAt(0) == c;
    }

    boolean capitalised() {
        return (flags & CAPITALISED) != 0;
    }

    boolean lowerCaseWord() {
        return (flags & LOWER_CASE) != 0;
    }

    /** Whether this is a quotation whose words end with {@code . ! ?}. */
    boolean quoteEndsSentence() {
        return type == Type.QUOTE && ".!?".contains(text);
    }

    /** Whether the word ends in 's or s' marking a possessive. */
    boolean possessive() {
        return type == Type.WORD && lower.length() < text.length() - 1 && text.charAt(text.length() - 1) == 's';
    }
}
