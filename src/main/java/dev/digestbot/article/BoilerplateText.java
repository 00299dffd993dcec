package dev.digestbot.article;

import java.util.regex.Pattern;

/**
 * Recognises paragraphs that are page furniture by their wording: labels ("Related articles",
 * "Share on Facebook"), prompts to register, subscribe or sign up for a newsletter, cookie
 * notices and bylines. Only short paragraphs are judged, so article prose that mentions a
 * newsletter or cookies stays.
 */
final class BoilerplateText {
    /**
     * Short labels that head or replace page furniture: "Related articles", "Advertisement",
     * "Share on Facebook", "Image: agency". Single words need a label-like ending, as "Share prices
     * rose." is prose.
     */
    private static final Pattern LABEL = Pattern.compile("(?i)^\\W{0,3}(?:(?:more from|most read|most popular|read more"
            + "|read next|you may also like|follow us|log in|sign in)\\b|(?:advertisement|sponsored|related|recommended"
            + "|share|tweet|email|print|copy link|image|photo|video|listen)(?:\\W{0,3}$|\\s?[:|]|\\s(?:this|on|via"
            + "|articles?|stories|story|coverage|content|topics|for you|by)\\b))");

    /** Prompts and notices: registration, subscription, newsletter sign-up, cookie consent. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^(?:sign up|subscribe|already a subscriber"
            + "|click here|continue reading|register (?:now|today|here|for))\\b"
            + "|\\b(?:sign up|subscribe|register) (?:now|today|for free|here|to (?:our|the|receive|get|continue))\\b"
            + "|\\bnewsletters?\\b.{0,80}\\b(?:sign up|subscribe|inbox)\\b"
            + "|\\b(?:sign up|subscribe)\\b.{0,80}\\bnewsletters?\\b"
            + "|\\b(?:we|this (?:site|website)) uses? cookies\\b|\\baccept (?:all )?cookies\\b"
            + "|\\bcookie (?:policy|settings|preferences)\\b|\\ball rights reserved\\b");

    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[^.!?]{0,80}$");
    private static final int MAX_LABEL_WORDS = 8;
    private static final int MAX_BOILERPLATE_WORDS = 30;

    private BoilerplateText() {}

    /** Whether a paragraph of text is a prompt, label or byline rather than article prose. */
    static boolean matches(String paragraph) {
        int words = HeadlineDetector.wordCount(paragraph);
        if (words > MAX_BOILERPLATE_WORDS) {
            return false;
        }
        return (words <= MAX_LABEL_WORDS && LABEL.matcher(paragraph).find())
                || CALL_TO_ACTION.matcher(paragraph).find()
                || BYLINE.matcher(paragraph).matches();
    }
}
