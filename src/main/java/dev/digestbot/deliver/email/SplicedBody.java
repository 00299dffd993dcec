package dev.digestbot.deliver.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A body encoded to quoted-printable once for all readers, in the pieces between the places
 * where each reader's own link goes. A reader's body is the pieces with the link, encoded on its
 * own, put in between soft line breaks ({@code =CRLF}, which decoding removes): it decodes to
 * exactly the text that encoding the whole body for that reader would, and no line grows past
 * 76 characters, since every piece starts on a line of its own.
 */
final class SplicedBody {
    private static final byte[] SOFT_BREAK = {'=', '\r', '\n'};

    private final List<byte[]> pieces;
    private final int size;

    private SplicedBody(List<byte[]> pieces) {
        this.pieces = pieces;
        this.size = pieces.stream().mapToInt(p -> p.length).sum();
    }

    /** {@code pieces} encoded, each from the start of a line. */
    static SplicedBody of(List<String> pieces) throws MessagingException {
        return new SplicedBody(pieces.stream().map(SplicedBody::encodeQuietly).toList());
    }

    /** The encoded body with {@code link} in each place, as given (escaped already where it must be). */
    byte[] with(String link) throws MessagingException {
        byte[] encodedLink = encode(link);
        int links = pieces.size() - 1;
        ByteArrayOutputStream body =
                new ByteArrayOutputStream(size + links * (encodedLink.length + 2 * SOFT_BREAK.length));
        for (int i = 0; i < pieces.size(); i++) {
            body.writeBytes(pieces.get(i));
            if (i < links) {
                body.writeBytes(SOFT_BREAK);
                body.writeBytes(encodedLink);
                body.writeBytes(SOFT_BREAK);
            }
        }
        return body.toByteArray();
    }

    /** {@code text} in UTF-8, quoted-printable, as Jakarta Mail encodes a part. */
    static byte[] encode(String text) throws MessagingException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(text.length() + text.length() / 8);
        try (OutputStream out = MimeUtility.encode(encoded, "quoted-printable")) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessagingException("cannot encode a message body", e);
        }
        return encoded.toByteArray();
    }

    private static byte[] encodeQuietly(String text) {
        try {
            return encode(text);
        } catch (MessagingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
