package dev.digestbot.web;

import java.util.regex.Pattern;

/**
 * The syntax check the subscribe form makes before anything is stored: one {@code @} between a
 * local part and a domain, no spaces or control characters, at most 254 characters (the longest
 * address SMTP carries). Whether the address exists is what the confirmation mail finds out.
 */
public final class EmailAddress {
    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]+");

    private EmailAddress() {}

    /** Whether {@code email}, already trimmed, looks like an address worth a confirmation mail. */
    public static boolean isPlausible(String email) {
        return email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches();
    }
}
