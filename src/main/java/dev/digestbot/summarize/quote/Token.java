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
 * @param flags for a word, the {@link Lexicon} lists that hold {@code lower} ({@link Lexicon#flags});
 *     0 for other tokens, as every listed word starts with a letter
 */
record Token(Type type, int start, int end, String text, String lower, int quote, int flags) {

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
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean lowerCaseWord() {
        return type == Type.WORD && Character.isLowerCase(text.charAt(0));
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
