package dev.digestbot.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks the mail addresses and list identifiers of email destinations. */
final class MailAddresses {
    /** RFC 2919: a dot-atom, at least two labels, such as {@code daily.news.example.org}. */
    private static final Pattern LIST_ID =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=" + "?^_`{|}~-]+)+");

    private final FieldReader fields;

    MailAddresses(FieldReader fields) {
        this.fields = fields;
    }

    /**
     * One address, {@code news@example.org} or {@code Digest Bot <news@example.org>}, with a domain
     * after the {@code @}; a problem when it is malformed, or missing and {@code required}.
     */
    Optional<String> address(String key, boolean required) {
        Optional<String> text = required
                ? fields.required(key, "the address editions are sent from, e.g. \"Digest Bot <news@example.org>\"")
                : fields.text(key);
        if (text.isEmpty()) {
            return text;
        }
        try {
            InternetAddress address = new InternetAddress(text.get(), true);
            if (address.isGroup() || !address.getAddress().contains("@")) {
                throw new AddressException("not a single address with a domain");
            }
            return text;
        } catch (AddressException e) {
            fields.problem(
                    key,
                    "'" + text.get() + "' is not a mail address; write it as news@example.org or"
                            + " \"Digest Bot <news@example.org>\"");
            return Optional.empty();
        }
    }

    /** The list identifier at {@code key}, without angle brackets. */
    String listId(String key, String fallback) {
        Optional<String> text = fields.text(key).map(t -> t.replaceAll("^<|>$", ""));
        if (text.isPresent() && !LIST_ID.matcher(text.get()).matches()) {
            fields.problem(key, "'" + text.get() + "' is not a list identifier; write it like daily.news.example.org");
        }
        return text.orElse(fallback);
    }

    /** The domain of an address already checked: what follows its last {@code @}. */
    static String domain(String address) {
        try {
            String plain = new InternetAddress(address).getAddress();
            return plain.substring(plain.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a checked address: " + address, e);
        }
    }
}
