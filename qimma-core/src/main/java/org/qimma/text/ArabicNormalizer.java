package org.qimma.text;

import java.text.Normalizer;

/**
 * Normalises Arabic news text for matching, keeping a map back to the original characters.
 *
 * <p>Per code point: NFKC (presentation forms such as U+FEFB become ل ا), Eastern Arabic and
 * Persian digits to ASCII, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی ک → ي ك, diacritics
 * and tatweel dropped, bidi and zero-width controls dropped, every quote mark to {@code "} or
 * {@code '}, every dash to {@code -}, spaces collapsed, line breaks kept as {@code \n}, Latin
 * lower-cased. Normalising normalised text changes nothing.
 *
 * <p>Pure function, no framework types: the same in tests, the CLI and the server.
 */
public final class ArabicNormalizer {

    public static final char TATWEEL = '\u0640';

    private ArabicNormalizer() {}

    /**
     * The text {@link #normalizeAndKeep} normalised last on this thread: an article's whole text,
     * normalised once when its layout is read and again asked for by its {@link Text}.
     */
    private static final ThreadLocal<NormalizedText> KEPT = new ThreadLocal<>();

    /** {@link #normalize}, keeping the result for the next call with this very string on this thread. */
    public static NormalizedText normalizeAndKeep(String original) {
        NormalizedText n = normalize(original);
        KEPT.set(n);
        return n;
    }

    public static NormalizedText normalize(String original) {
        NormalizedText kept = KEPT.get();
        if (kept != null && kept.original() == original) return kept; // the same string: the same result
        int length = original.length();
        // plain char arrays, in and out, not charAt and a StringBuilder: this runs once per character of every article
        char[] in = original.toCharArray();
        char[] out = new char[length + 8];
        int[] map = new int[length + 9];
        int n = 0;
        int i = 0;
        while (i < length) {
            char ch = in[i];
            int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(in, i) : ch;
            int width = cp > 0xFFFF ? 2 : 1;
            if (cp == '\r') {
                // \r\n and lone \r are one line break
                if (i + 1 < length && in[i + 1] == '\n') {
                    i++;
                    continue;
                }
                cp = '\n';
            }
            int single = cp <= 0xFFFF ? SIMPLE[cp] : simpleChar(cp);
            if (single == DROP) {
                i += width;
                continue;
            }
            if (single >= 0 && single != ' ' && single != '\n' && n + 1 < map.length) {
                // most characters: one char out, no space to collapse, room left
                out[n] = (char) single;
                map[n++] = i;
                i += width;
                continue;
            }
            String mapped = single >= 0 ? null : mapped(cp);
            int count = mapped == null ? 1 : mapped.length();
            for (int k = 0; k < count; k++) {
                char c = mapped == null ? (char) single : mapped.charAt(k);
                if (c == ' ' && (n == 0 || out[n - 1] == ' ' || out[n - 1] == '\n')) {
                    continue; // collapse runs of spaces, and spaces after a line break
                }
                if (c == '\n' && n > 0 && out[n - 1] == ' ') {
                    // a space before a line break goes
                    out[n - 1] = '\n';
                    continue;
                }
                if (n + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2 + 8);
                    out = java.util.Arrays.copyOf(out, map.length);
                }
                out[n] = c;
                map[n++] = i;
            }
            i += width;
        }
        int[] toOriginal = java.util.Arrays.copyOf(map, n + 1);
        toOriginal[n] = length;
        return new NormalizedText(original, new String(out, 0, n), toOriginal);
    }

    private static final int DROP = -1;
    private static final int COMPLEX = -2;

    /** {@link #simpleChar} of every code point of the basic plane, looked up instead of worked out per character. */
    private static final int[] SIMPLE = new int[0x10000];

    static {
        for (int c = 0; c < SIMPLE.length; c++) SIMPLE[c] = simpleChar(c);
    }

    /** The one char a code point maps to, {@link #DROP}, or {@link #COMPLEX} when NFKC must decide. */
    private static int simpleChar(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') return cp + 32;
            if (cp == '\t' || cp == 0x0B || cp == 0x0C) return ' ';
            if (cp < 0x20 && cp != '\n') return DROP;
            return cp;
        }
        if (cp >= 0x0621 && cp <= 0x064A) {
            switch (cp) {
                case 0x0623, 0x0625, 0x0622: return 0x0627;
                case 0x0649, 0x0626: return 0x064A;
                case 0x0629: return 0x0647;
                case 0x0624: return 0x0648;
                case TATWEEL: return DROP;
                default: return cp;
            }
        }
        if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670) return DROP;
        if (cp >= 0x0660 && cp <= 0x0669) return '0' + cp - 0x0660;
        return COMPLEX;
    }

    /** The normalised text alone, when no offsets are needed. */
    public static String normalizeString(String s) {
        return normalize(s).text();
    }

    /**
     * What NFKC and the foldings make of the code points {@link #simpleChar} leaves to them (the
     * Arabic comma, quote marks, presentation forms), worked out once per code point of the basic
     * plane: a String is immutable, so a lost race only computes it twice.
     */
    private static final String[] MAPPED = new String[0x10000];

    private static String mapped(int cp) {
        if (cp >= MAPPED.length) return mapCodePoint(cp);
        String m = MAPPED[cp];
        if (m == null) {
            m = mapCodePoint(cp);
            MAPPED[cp] = m;
        }
        return m;
    }

    private static String mapCodePoint(int cp) {
        String single = mapSimple(cp);
        if (single != null) {
            return single;
        }
        // NFKC first, then lower case, then the simple mappings: "Ａ" → "A" → "a"
        String s = new String(Character.toChars(cp));
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            int lower = Character.toLowerCase(c);
            String m = mapSimple(lower);
            b.append(m != null ? m : new String(Character.toChars(lower)));
        });
        String out = b.toString();
        // lower-casing may leave a form that NFKC changes again (rare compatibility letters)
        String again = Normalizer.normalize(out, Normalizer.Form.NFKC);
        return again.equals(out) ? out : again.toLowerCase(java.util.Locale.ROOT);
    }

    /** Mapping of one code point, or null when NFKC must decide. */
    private static String mapSimple(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') return String.valueOf((char) (cp + 32));
            if (cp == '\t' || cp == 0x0B || cp == 0x0C) return " ";
            if (cp < 0x20 && cp != '\n') return "";
            return String.valueOf((char) cp);
        }
        if (cp >= 0x0660 && cp <= 0x0669) return String.valueOf((char) ('0' + cp - 0x0660));
        if (cp >= 0x06F0 && cp <= 0x06F9) return String.valueOf((char) ('0' + cp - 0x06F0));
        if (isDiacritic((char) cp) && cp <= 0xFFFF) return "";
        switch (cp) {
            case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673: return "\u0627";
            case 0x0649, 0x06CC, 0x06D2, 0x0626: return "\u064A";
            case 0x0629: return "\u0647";
            case 0x0624: return "\u0648";
            case 0x06A9: return "\u0643";
            case TATWEEL: return "";
            case 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                 0x2009, 0x200A, 0x202F, 0x205F, 0x3000: return " ";
            case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x061C, 0x00AD, 0x2060: return "";
            case 0x2028, 0x2029, 0x0085: return "\n";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02, 0x275D, 0x275E,
                 0x2E42, 0x301D, 0x301E: return "\"";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0x0060, 0x00B4: return "'";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-";
            default:
        }
        if (cp >= 0x0621 && cp <= 0x064A) return String.valueOf((char) cp);
        return null;
    }

    /** Arabic harakat, Quranic marks, superscript alef. */
    public static boolean isDiacritic(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A)
                || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4)
                || c == 0x06E7 || c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED);
    }
}
