package dev.digestbot.summarize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the parts of scraped news copy that are not the story: bylines, time stamps, "scroll
 * down for video" prompts, and wire-service datelines in front of the first sentence.
 */
final class Boilerplate {
    /** Page furniture is short; longer sentences are story even if they mention a video. */
    private static final int MAX_FURNITURE_LENGTH = 300;

    private static final List<String> ANYWHERE = List.of(
            "scroll down for",
            "click here",
            "published:",
            "updated:",
            "daily mail reporter",
            "for video",
            "all rights reserved");

    private static final List<String> OPENING =
            List.of("by .", "follow @", "read more", "share this", "sign up", "advertisement", "related:");

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.,' ]{0,40})?\\((?:CNN|AP|Reuters|AFP|UPI)\\)\\s*(?:--|[-\u2013\u2014])?\\s*");

    private Boilerplate() {}

    /** Whether the sentence is page furniture rather than part of the story. */
    static boolean isNotStory(String sentence) {
        if (sentence.length() > MAX_FURNITURE_LENGTH) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String phrase : OPENING) {
            if (lower.startsWith(phrase)) {
                return true;
            }
        }
        for (String phrase : ANYWHERE) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence without a leading "Washington (CNN) --" style dateline. */
    static String withoutDateline(String sentence) {
        int paren = sentence.indexOf('(');
        if (paren < 0 || paren > 45) {
            return sentence;
        }
        String stripped = DATELINE.matcher(sentence).replaceFirst("");
        return stripped.isBlank() ? sentence : stripped;
    }
}
