package org.qimma.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word overlap of two strings exactly as shared/spec/RECORD.md scores it: normalise (NFKC,
 * digits, diacritics, tatweel, alef forms, ى ة ؤ ئ, punctuation to spaces, lower case), split,
 * strip a leading وال بال كال فال لل ال (or و ف ب ل on words of five letters or more), then the
 * shared words (as multisets) over the length of the longer one.
 */
public final class Overlap {

    private Overlap() {}

    public static double of(String a, String b) {
        if (a == null || b == null) return 0;
        return of(words(a), words(b));
    }

    /** The overlap of two strings already split by {@link #words}. */
    public static double of(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        Map<String, Integer> count = new HashMap<>();
        for (String w : x) count.merge(w, 1, Integer::sum);
        int shared = 0;
        for (String w : y) {
            Integer c = count.get(w);
            if (c != null && c > 0) {
                shared++;
                count.put(w, c - 1);
            }
        }
        return (double) shared / Math.max(x.size(), y.size());
    }

    public static List<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= 0x0660 && c <= 0x0669) c = (char) ('0' + c - 0x0660);
            else if (c >= 0x06F0 && c <= 0x06F9) c = (char) ('0' + c - 0x06F0);
            if (ArabicNormalizer.isDiacritic(c) || c == ArabicNormalizer.TATWEEL) continue;
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
                case 'ى' -> c = 'ي';
                case 'ة' -> c = 'ه';
                case 'ؤ' -> c = 'و';
                case 'ئ' -> c = 'ي';
                default -> { }
            }
            if (!Character.isLetterOrDigit(c)) c = ' ';
            b.append(c);
        }
        // letters, digits and spaces only: cut at the spaces by hand, not by a regex compiled at every call
        String lower = b.toString().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) != ' ') {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(strip(lower.substring(start, i)));
                start = -1;
            }
        }
        return out;
    }

    private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};

    private static String strip(String w) {
        for (String p : PREFIXES) {
            if (w.startsWith(p) && w.length() > p.length()) return w.substring(p.length());
        }
        if (w.length() >= 5 && "وفبل".indexOf(w.charAt(0)) >= 0) return w.substring(1);
        return w;
    }
}
