package dev.digestbot.summarize;

import java.util.regex.Pattern;

/**
 * Recognises the parts of scraped news copy that are not the story: bylines, time stamps, "scroll
 * down for video" prompts, and wire-service datelines in front of the first sentence.
 */
final class Boilerplate {
    private static final Pattern NOT_STORY = Pattern.compile(
            "(?i)scroll down for|click here|\\bpublished:|\\bupdated:|^by \\.|daily mail reporter|^follow @"
                    + "|\\bfor video\\b|^read more\\b|^share this\\b|all rights reserved|^sign up\\b|^advertisement\\b");

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.,' ]{0,40})?\\((?:CNN|AP|Reuters|AFP|UPI)\\)\\s*(?:--|[-\u2013\u2014])?\\s*");

    private Boilerplate() {}

    /** Whether the sentence is page furniture rather than part of the story. */
    static boolean isNotStory(String sentence) {
        return NOT_STORY.matcher(sentence).find();
    }

    /** The sentence without a leading "Washington (CNN) --" style dateline. */
    static String withoutDateline(String sentence) {
        if (sentence.indexOf('(') < 0) {
            return sentence;
        }
        String stripped = DATELINE.matcher(sentence).replaceFirst("");
        return stripped.isBlank() ? sentence : stripped;
    }
}
