package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.record.Items;
import org.qimma.text.NumberMention;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Token;

/**
 * Stated totals: a cardinal number (digits or words) before a countable noun of
 * {@code count-nouns.tsv} ("24 وثيقة", "أربع اتفاقيات", "بمشاركة 22 دولة"), or a definite cardinal after
 * a plural of {@code definite-count-nouns.tsv} ("الوثائق الثماني"). Years, ages,
 * percentages and money have no countable noun, so they are never counts.
 */
public final class CountExtractor {

    private final Lexicon lex;

    public CountExtractor(Lexicon lex) {
        this.lex = lex;
    }

    private boolean approximate(Analysis a, int number) {
        for (int k = Math.max(0, number - 3); k < number; k++) {
            PhraseMatcher.Match<Boolean> m = lex.approximators.longestAt(a.text.tokens(), k);
            if (m != null && m.last() == number - 1) return true;
        }
        return false;
    }

    /** "وتضم المنظمة 57 دولة": a verb of composition (count-standing.tsv) before the number. */
    private boolean standing(Analysis a, int number) {
        int first = a.text.sentenceOf(number).first();
        for (int k = number - 1; k >= Math.max(first, number - 6); k--) {
            if (Lexicon.anyKey(a.token(k), lex.countStanding)) return true;
        }
        return false;
    }

    /** The definite plural right before the definite cardinal {@code n} ("الوثائق الثماني"), or null. */
    private PhraseMatcher.Match<String> definiteCounted(Analysis a, NumberMention n) {
        int before = n.first() - 1;
        if (before < 0 || n.first() != n.last() || !a.token(n.first()).text().startsWith("ال")) return null;
        // the noun may be two words ("مذكرات التفاهم"): it ends right before the cardinal
        for (int k = before; k >= Math.max(0, before - 2); k--) {
            PhraseMatcher.Match<String> noun = lex.definiteCountNouns.longestAt(a.text.tokens(), k);
            if (noun != null && noun.last() == before) return noun;
        }
        return null;
    }

    public List<Items.Count> extract(Analysis a) {
        List<Items.Count> out = new ArrayList<>();
        for (NumberMention n : a.numbers) {
            if (n.ordinal() || !a.inBody(n.first()) || a.inQuote(n.first()) || a.dateAt(n.first()) != null
                    || a.periodAt(n.first()) != null || n.value() < 2 || n.value() > 100000) continue;
            int k = n.last() + 1;
            if (approximate(a, n.first())) continue; // "نحو 90 دولة" is not a stated total
            PhraseMatcher.Match<String> noun = k < a.size() ? lex.countNouns.longestAt(a.text.tokens(), k, t -> List.of(t.text())) : null;
            int first = n.first();
            int last = noun == null ? -1 : noun.last();
            if (noun == null) {
                // "وقعوا الوثائق الثماني": a definite cardinal after the definite plural it counts
                noun = definiteCounted(a, n);
                if (noun == null) continue;
                first = noun.first();
                last = n.last();
            }
            if (MembershipExtractor.isBackground(a, a.text.sentenceOf(n.first()), lex)) continue;
            if (standing(a, n.first())) continue;
            // the headline sums up the body; a total stated twice is one total
            if (a.inTitle(n.first())) continue;
            String what = noun.value();
            if (out.stream().anyMatch(c -> c.what().equals(what) && c.number() == (long) n.value())) continue;
            out.add(new Items.Count(what, n.value(), a.original(first, last), a.span(first, last)));
        }
        // "توجت الدورة باعتماد وثيقتين": a dual noun is a total of two
        for (int k = lex.dualCountNouns.nextStart(a.text, 0); k < a.size(); k = lex.dualCountNouns.nextStart(a.text, k + 1)) {
            if (a.token(k).kind() != Token.Kind.WORD) continue;
            PhraseMatcher.Match<String> dual = lex.dualCountNouns.longestAt(a.text.tokens(), k);
            if (dual == null || a.numberAt(k - 1) != null || !a.inBody(k) || a.inTitle(k) || a.inQuote(k)) continue;
            if (MembershipExtractor.isBackground(a, a.text.sentenceOf(k), lex) || standing(a, k)) continue;
            if (out.stream().anyMatch(c -> c.what().equals(dual.value()) && c.number() == 2)) continue;
            out.add(new Items.Count(dual.value(), 2, a.original(k, dual.last()), a.span(k, dual.last())));
            k = dual.last();
        }
        return out;
    }
}
