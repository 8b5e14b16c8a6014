package org.qimma.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 (BOM or
 * zero-byte pattern), windows-1256 or ISO-8859-6, chosen by which decodes to Arabic text.
 * Anything else is rejected as not text, never turned into mojibake.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private TextDecoder() {}

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {}

    public static Decoded decode(String source, byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(source, "empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(source, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(strict(source, bytes, 0, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            throw new ReadException(source, "binary data, not text (" + describeMagic(bytes) + ")");
        }
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // single-byte Arabic code pages: pick the one that reads as Arabic
            String cp1256 = lenient(bytes, WINDOWS_1256);
            String iso = lenient(bytes, ISO_8859_6);
            double s1 = arabicShare(cp1256), s2 = arabicShare(iso);
            if (Math.max(s1, s2) < 0.5) {
                throw new ReadException(source, "not UTF-8, UTF-16, windows-1256 or ISO-8859-6 text");
            }
            return s1 >= s2 ? new Decoded(cp1256, WINDOWS_1256) : new Decoded(iso, ISO_8859_6);
        }
    }

    private static String strict(String source, byte[] b, int offset, Charset cs) throws ReadException {
        try {
            return decodeStrict(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new ReadException(source, "declared " + cs.name() + " but the bytes are not valid " + cs.name()
                    + " (truncated or corrupt file?)");
        }
    }

    private static String decodeStrict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    private static String lenient(byte[] b, Charset cs) {
        return new String(b, cs);
    }

    /** Share of letters that are Arabic, among letters that are not ASCII. */
    private static double arabicShare(String s) {
        int arabic = 0, other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c >= 0x0600 && c <= 0x06FF) arabic++;
            else other++;
        }
        return arabic + other == 0 ? 0 : (double) arabic / (arabic + other);
    }

    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4000) & ~1;
        if (n < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) zeroEven++; else zeroOdd++;
            }
        }
        // Arabic in UTF-16 has 0x06 high bytes, ASCII has 0x00 high bytes: look for a regular pattern
        int highEven = 0, highOdd = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0x06 || v == 0x00 || v == 0x20) {
                if ((i & 1) == 0) highEven++; else highOdd++;
            }
        }
        int pairs = n / 2;
        if (highOdd > pairs * 0.9 && zeroOdd + zeroEven > 0 && zeroEven < pairs * 0.1) return StandardCharsets.UTF_16LE;
        if (highEven > pairs * 0.9 && zeroOdd + zeroEven > 0 && zeroOdd < pairs * 0.1) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8000);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) return true;
            if (v < 0x09 || (v > 0x0D && v < 0x20 && v != 0x1B)) control++;
        }
        return control > n / 100 + 1;
    }

    private static String describeMagic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(b, 'G', 'I', 'F')) return "a GIF image";
        if (startsWith(b, '%', 'P', 'D', 'F')) return "a PDF document";
        if (startsWith(b, 'P', 'K', 3, 4)) return "a ZIP archive";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip-compressed data";
        return "control bytes found";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
