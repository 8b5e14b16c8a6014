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
            return new Decoded(decodeUtf8(bytes), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            int cut = incompleteTail(bytes);
            if (cut > 0) {
                // a file cut short in the middle of a character: the text before it is whole
                try {
                    return new Decoded(decodeStrict(java.util.Arrays.copyOf(bytes, bytes.length - cut), 0,
                            StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                } catch (CharacterCodingException alsoElsewhere) {
                    // bad bytes elsewhere too: judged below
                }
            }
            int bad = firstBadUtf8(bytes);
            if (utf8Share(bytes) >= 0.9) {
                throw new ReadException(source, "UTF-8 text with invalid bytes at offset " + bad + " (corrupt file?)");
            }
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

    /** Bytes at the end that start a UTF-8 character and stop before it ends: 1 to 3, or 0. */
    private static int incompleteTail(byte[] b) {
        for (int back = 1; back <= 3 && back <= b.length; back++) {
            int v = b[b.length - back] & 0xFF;
            if (v >= 0x80 && v < 0xC0) continue; // continuation byte: look further back
            int need = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : v >= 0xC0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    /**
     * Share of the non-ASCII bytes that form well-formed UTF-8 characters: near 1 for UTF-8,
     * however damaged, and low for windows-1256 or ISO-8859-6, which only form such pairs by chance.
     */
    private static double utf8Share(byte[] b) {
        int high = 0, covered = 0;
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            if (v < 0x80) continue;
            high++;
            int need = v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= b.length) continue;
            boolean ok = true;
            for (int k = 1; k <= need; k++) ok &= (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                covered += need + 1;
                high += need;
                i += need;
            }
        }
        return high < 20 ? 0 : (double) covered / high;
    }

    private static int firstBadUtf8(byte[] b) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        decoder.decode(in, out, true);
        return in.position();
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

    /**
     * Strict UTF-8: the JDK's string constructor (much faster than a decoder) when what it makes
     * has no replacement character, since every malformed byte would have become one; otherwise
     * the strict decoder, which says what is wrong or keeps a replacement character the file holds.
     */
    private static String decodeUtf8(byte[] b) throws CharacterCodingException {
        String fast = new String(b, StandardCharsets.UTF_8);
        return fast.indexOf('\uFFFD') < 0 ? fast : decodeStrict(b, 0, StandardCharsets.UTF_8);
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
        // UTF-16 text has zero bytes (the high bytes of ASCII); most files have none: no need to count
        boolean zero = false;
        for (int i = 0; i < n && !zero; i++) zero = b[i] == 0;
        if (!zero) return null;
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
