package dev.digestbot.store;

import java.util.Locale;

/**
 * The practical syntax of an address the newsletter sends to: {@code local@domain}, the local
 * part in the characters RFC 5322 allows unquoted, the domain a dotted host name. Quoted local
 * parts, address literals ({@code user@[192.0.2.1]}), display names ({@code Ann <ann@…>}) and
 * non-ASCII addresses are refused: real sign-ups do not use them, and not every server accepts
 * them.
 */
public final class EmailAddress {
    /** The longest address a forward path can carry (RFC 5321, 4.5.3.1.3 less the brackets). */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-.";

    private EmailAddress() {}

    /** Whether {@link #normalize} takes {@code input}. */
    public static boolean isValid(String input) {
        try {
            normalize(input);
            return true;
        } catch (InvalidEmailException e) {
            return false;
        }
    }

    /**
     * The address as stored: surrounding blanks removed, the domain lower-cased, the local part
     * kept as typed (servers may treat its case as significant).
     *
     * @throws InvalidEmailException naming the address and what is wrong with it
     */
    public static String normalize(String input) {
        String address = input == null ? "" : input.strip();
        if (address.isEmpty()) {
            throw new InvalidEmailException(address, "it is empty");
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidEmailException(address, "it is longer than " + MAX_LENGTH + " characters");
        }
        if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0) {
            throw new InvalidEmailException(address, "give the address alone, without a name or <>");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidEmailException(address, "it has no @");
        }
        if (address.indexOf('@') != at) {
            throw new InvalidEmailException(address, "it has more than one @");
        }
        String local = address.substring(0, at);
        checkLocalPart(address, local);
        return local + "@" + domain(address, address.substring(at + 1));
    }

    private static void checkLocalPart(String address, String local) {
        if (local.isEmpty()) {
            throw new InvalidEmailException(address, "nothing before the @");
        }
        if (local.length() > MAX_LOCAL_PART) {
            throw new InvalidEmailException(address, "the part before the @ is over " + MAX_LOCAL_PART + " characters");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && LOCAL_SYMBOLS.indexOf(c) < 0) {
                throw new InvalidEmailException(address, describe(c) + " is not allowed before the @");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidEmailException(address, "a dot before the @ must sit between other characters");
        }
    }

    private static String domain(String address, String domain) {
        if (domain.isEmpty()) {
            throw new InvalidEmailException(address, "nothing after the @");
        }
        String lower = domain.toLowerCase(Locale.ROOT);
        String[] labels = lower.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidEmailException(address, "the domain '" + domain + "' has no dot");
        }
        for (String label : labels) {
            checkLabel(address, domain, label);
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidEmailException(address, "the domain '" + domain + "' ends in a number");
        }
        return lower;
    }

    private static void checkLabel(String address, String domain, String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            throw new InvalidEmailException(
                    address, "the domain '" + domain + "' has an empty part or one over " + MAX_LABEL + " characters");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                throw new InvalidEmailException(address, describe(c) + " is not allowed in the domain");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new InvalidEmailException(address, "a part of the domain '" + domain + "' starts or ends with '-'");
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String describe(char c) {
        if (Character.isWhitespace(c)) {
            return "a space";
        }
        if (c > 0x7e) {
            return "'" + c + "' (only ASCII is accepted)";
        }
        return Character.isISOControl(c) ? "a control character" : "'" + c + "'";
    }
}
