package dev.digestbot.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site name that page titles carry: "Talks resume in Doha | The Daily Courier",
 * "Courier | Talks resume in Doha", "Talks resume in Doha - courier.com", "Courier: Talks resume".
 * Around a bar the longest part is the headline; a dash only counts as a separator when the part
 * beside it is the site's name or a domain, since dashes also occur in headlines.
 */
final class HeadlineCleaner {
    private static final Pattern BAR_SEPARATOR = Pattern.compile(" (?:\\||::|\u00B7|\u2022|\u00AB|\u00BB) ");
    private static final Pattern DASH_SEPARATOR = Pattern.compile(" (?:-|\u2013|\u2014) ");
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)^(?:www\\.)?[\\w-]{1,60}(?:\\.[\\w-]{1,20}){0,2}\\.(?:com|org|net|news|uk|de|fr|io)$");

    private HeadlineCleaner() {}

    static String clean(String raw, String siteName) {
        String title = TextCleaner.collapseSpaces(TextCleaner.clean(raw));
        title = longestPart(BAR_SEPARATOR.split(title));
        String[] parts = DASH_SEPARATOR.split(title);
        if (parts.length > 1 && isSiteName(parts[parts.length - 1], siteName)) {
            title = title.substring(0, title.length() - parts[parts.length - 1].length() - 3)
                    .strip();
        } else if (parts.length > 1 && isSiteName(parts[0], siteName)) {
            title = title.substring(parts[0].length() + 3).strip();
        }
        int colon = title.indexOf(": ");
        if (colon > 0 && isSiteName(title.substring(0, colon), siteName)) {
            title = title.substring(colon + 2).strip();
        }
        return title;
    }

    private static String longestPart(String[] parts) {
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.strip();
    }

    private static boolean isSiteName(String part, String siteName) {
        String text = part.strip();
        return (siteName != null && !text.isEmpty() && siteKey(text).equals(siteKey(siteName)))
                || DOMAIN.matcher(text).matches();
    }

    /** "The Daily Courier" and "Daily Courier" name the same site. */
    private static String siteKey(String text) {
        String letters = letters(text);
        return letters.startsWith("the") && letters.length() > 3 ? letters.substring(3) : letters;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
