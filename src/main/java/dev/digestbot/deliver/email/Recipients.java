package dev.digestbot.deliver.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Names derived from a recipient's address without showing it. */
final class Recipients {
    private Recipients() {}

    /**
     * 16 hex digits of the SHA-256 of the address, lower-cased: the same for the same recipient on
     * every run, and no address in file names or Message-IDs.
     */
    static String hash(String recipient) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(recipient.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
