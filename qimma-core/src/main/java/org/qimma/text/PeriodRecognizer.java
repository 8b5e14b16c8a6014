package org.qimma.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validity periods: "للفترة 2024-2029", "للأعوام 2025 – 2027", "من 2025 إلى 2027",
 * "2023-2024", "حتى عام 2030", "لغاية 2030".
 */
public final class PeriodRecognizer {

    private static final Set<String> RANGE_LEADS = WordSet.of("الفتره", "فتره", "الاعوام", "اعوام", "السنوات", "سنوات", "من");
    private static final Set<String> UNTIL = WordSet.of("حتي", "لغايه", "غايه");
    private static final Set<String> YEAR_WORDS = WordSet.of("عام", "العام");
    private static final Set<String> YEAR_OR_SANA = WordSet.of("عام", "العام", "سنه");
    private static final Set<String> RANGE_JOINERS = WordSet.of("الي", "حتي");

    private PeriodRecognizer() {}

    public static List<PeriodMention> find(Text text) {
        List<Token> tk = text.tokens();
        List<PeriodMention> out = new ArrayList<>();
        for (int i = 0; i < tk.size(); i++) {
            PeriodMention p = at(tk, i);
            if (p != null) {
                out.add(p);
                i = p.last();
            }
        }
        return out;
    }

    private static PeriodMention at(List<Token> tk, int i) {
        Token t = tk.get(i);
        // a word leads a period only with a year one or two tokens after it: that is cheaper to see
        boolean yearAfter = i + 1 < tk.size() && isYear(tk.get(i + 1)) || i + 2 < tk.size() && isYear(tk.get(i + 2));
        if (t.kind() == Token.Kind.WORD && yearAfter && anyKey(t, RANGE_LEADS)) {
            int k = i + 1;
            if (k < tk.size() && anyKey(tk.get(k), YEAR_WORDS)) k++;
            int[] range = range(tk, k);
            if (range != null) return new PeriodMention(i, range[2], range[0] + "-" + range[1]);
        }
        if (t.kind() == Token.Kind.WORD && yearAfter && anyKey(t, UNTIL)) {
            int k = i + 1;
            if (k < tk.size() && tk.get(k).kind() == Token.Kind.WORD && anyKey(tk.get(k), YEAR_OR_SANA)) k++;
            if (k < tk.size() && isYear(tk.get(k))) {
                return new PeriodMention(i, k, "until " + tk.get(k).text());
            }
        }
        if (isYear(t)) {
            int[] range = range(tk, i);
            if (range != null) return new PeriodMention(i, range[2], range[0] + "-" + range[1]);
        }
        return null;
    }

    /** "2024-2029" or "2024 إلى 2029" at k: {from, to, lastToken}, or null. */
    private static int[] range(List<Token> tk, int k) {
        if (k + 2 >= tk.size() || !isYear(tk.get(k))) return null;
        Token sep = tk.get(k + 1);
        boolean dash = sep.kind() == Token.Kind.PUNCT && (sep.text().equals("-") || sep.text().equals("/"));
        boolean word = sep.kind() == Token.Kind.WORD && anyKey(sep, RANGE_JOINERS);
        if (!dash && !word) return null;
        int e = k + 2;
        if (word && e < tk.size() && anyKey(tk.get(e), YEAR_WORDS)) e++;
        if (e >= tk.size() || !isYear(tk.get(e))) return null;
        int from = Integer.parseInt(tk.get(k).text()), to = Integer.parseInt(tk.get(e).text());
        if (to <= from || to - from > 30) return null;
        return new int[] {from, to, e};
    }

    static boolean isYear(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4) return false;
        for (int k = 0; k < 4; k++) if (t.text().charAt(k) < '0' || t.text().charAt(k) > '9') return false; // "1.25" is no year
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    private static boolean anyKey(Token t, Set<String> words) {
        return t.hasKeyIn(words);
    }
}
