package org.qimma.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qimma.resources.Tsv;

/**
 * Numbers in digits (either script, already ASCII after normalising) and in words: "أربع وعشرين",
 * "أربع عشرة", "الرابعة والعشرين", "الـ 24". Number words are data in {@code numbers.tsv}.
 */
public final class NumberRecognizer {

    private record Word(long value, boolean ordinal) {}

    private final Map<String, Word> words = new HashMap<>();
    /** Per word as written: its number word, or {@link #NONE}; asked at every word of every article. */
    private final WordMemo<Word> wordAsWritten = new WordMemo<>(t -> words.getOrDefault(t.text(), NONE));
    private static final Word NONE = new Word(-1, false);
    private static final NumberRecognizer DEFAULT = new NumberRecognizer();

    public static NumberRecognizer standard() {
        return DEFAULT;
    }

    private NumberRecognizer() {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/numbers.tsv")) {
            String w = ArabicNormalizer.normalizeString(r.get("word"));
            if (w.contains(" ")) continue; // compounds are read by the mechanism
            words.put(w, new Word(Long.parseLong(r.get("value")), Boolean.parseBoolean(r.get("ordinal"))));
        }
    }

    public List<NumberMention> find(Text text) {
        List<Token> tk = text.tokens();
        List<NumberMention> out = new ArrayList<>();
        for (int i = 0; i < tk.size(); i++) {
            NumberMention m = at(tk, i);
            if (m != null) {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    public NumberMention at(List<Token> tk, int i) {
        Token t = tk.get(i);
        // "الـ 24", "الـ24": the article before a numeral makes an ordinal
        if (t.kind() == Token.Kind.WORD && (t.text().equals("ال") || t.text().equals("وال") || t.text().equals("بال"))
                && i + 1 < tk.size() && tk.get(i + 1).kind() == Token.Kind.NUMBER) {
            return new NumberMention(i, i + 1, parse(tk.get(i + 1).text()), true);
        }
        if (t.kind() == Token.Kind.NUMBER) {
            long v = parse(t.text());
            return v < 0 ? null : new NumberMention(i, i, v, false);
        }
        Word w = wordOf(t, false);
        if (w == null) return null;
        long value = w.value();
        boolean ordinal = w.ordinal();
        int last = i;
        // teens: "أربع عشرة", "الحادي عشر"
        if (value < 10 && last + 1 < tk.size()) {
            Token n = tk.get(last + 1);
            if (n.text().equals("عشر") || n.text().equals("عشره")) {
                value += 10;
                last++;
            }
        }
        // additive parts joined by و: "أربع وعشرين", "مائة وخمسون"
        while (last + 1 < tk.size()) {
            Token n = tk.get(last + 1);
            if (n.kind() != Token.Kind.WORD || !n.text().startsWith("و")) break;
            Word part = wordOf(n, true);
            if (part == null || part.value() >= value && value < 100 && part.value() < 100 && value >= 10) break;
            value += part.value();
            ordinal |= part.ordinal();
            last++;
        }
        return new NumberMention(i, last, value, ordinal);
    }

    private Word wordOf(Token t, boolean afterWaw) {
        if (t.kind() != Token.Kind.WORD) return null;
        if (!afterWaw) {
            Word w = wordAsWritten.get(t);
            return w == NONE ? null : w;
        }
        return words.get(t.text().substring(1));
    }

    /**
     * The value of a number token: its digits, thousands separators (",") left out, up to a
     * decimal point ("2.5" is 2); digits of any script count, as {@link Long#parseLong} reads
     * them; -1 when there are no digits before the point or the value is too large for a long.
     * Read by hand: a regular expression per number token was a noticeable share of the pass.
     */
    static long parse(String digits) {
        long v = 0;
        int count = 0;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c == ',') continue;
            if (c == '.') break;
            int d = Character.digit(c, 10);
            if (d < 0 || v > (Long.MAX_VALUE - d) / 10) return -1;
            v = v * 10 + d;
            count++;
        }
        return count == 0 ? -1 : v;
    }
}
