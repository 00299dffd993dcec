package dev.digestbot.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text. A byte order mark decides between UTF-8 and
 * UTF-16; without one the bytes are read as UTF-8 and, when they are not valid UTF-8, as
 * windows-1252, the encoding older Windows editors and many scrapers write. Files that are not
 * text at all are refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Share of control or undecodable characters above which a file is taken for binary. */
    private static final int MAX_JUNK_PERCENT = 5;

    private TextDecoder() {}

    static String decode(byte[] bytes, String source) throws ArticleException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrWindows1252(bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = utf8OrWindows1252(bytes, 0);
            // Text editors never write NUL; in UTF-8 and windows-1252 it decodes to U+0000.
            if (text.indexOf('\u0000') >= 0) {
                throw new ArticleException(source, "binary file, not text (it contains NUL bytes)");
            }
        }
        int junkPercent = junkPercent(text);
        if (junkPercent > MAX_JUNK_PERCENT) {
            throw new ArticleException(
                    source, "binary file, not text (" + junkPercent + "% of it is control characters)");
        }
        return text;
    }

    private static String utf8OrWindows1252(byte[] bytes, int offset) {
        int length = bytes.length - offset;
        // The lenient decoder is much faster; a replacement character means a closer look.
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 || isValidUtf8(bytes, offset, length)) {
            return text;
        }
        return new String(bytes, offset, length, WINDOWS_1252);
    }

    private static boolean isValidUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int junkPercent(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long junk = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isJunk(text.charAt(i))) {
                junk++;
            }
        }
        return (int) (junk * 100 / text.length());
    }

    private static boolean isJunk(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t' && c != '\f';
        }
        return (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
    }
}
