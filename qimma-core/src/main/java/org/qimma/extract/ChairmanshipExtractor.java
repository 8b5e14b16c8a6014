package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.PeriodMention;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Segment;
import org.qimma.text.Token;

/**
 * Chairmanships ({@code chairmanship.tsv}): the chair noun (رئاسة) of an organisation, its holder
 * (the state after it, or the state or person named before it in the clause, or the speaker's
 * state), its period (2023-2024) and its phase from the words around it: taking over and
 * "القادمة" begin it, "الانتهاء من" completes it, "سلم" hands it over. Mentions of one
 * chairmanship merge.
 */
public final class ChairmanshipExtractor {

    private final Lexicon lex;

    public ChairmanshipExtractor(Lexicon lex) {
        this.lex = lex;
    }

    private record Draft(String org, String holder, String to, String period, String phase, int first, int last) {}

    public List<Items.Chairmanship> extract(Analysis a, List<StatementExtractor.Found> said) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.inBody(i) || a.token(i).kind() != Token.Kind.WORD) continue;
            PhraseMatcher.Match<String> m = lex.chairPhrases.longestAt(a.text.tokens(), i);
            if (m == null || !m.value().equals("chair")) continue;
            Segment s = a.text.sentenceOf(i);
            if (MembershipExtractor.isBackground(a, s)) continue;
            String phase = null;
            for (int k = Math.max(s.first(), i - 3); k <= Math.min(s.last(), m.last() + 2); k++) {
                if (k >= i && k <= m.last()) continue;
                PhraseMatcher.Match<String> p = lex.chairPhrases.longestAt(a.text.tokens(), k);
                if (p != null && !p.value().equals("chair")) {
                    phase = p.value();
                    k = p.last();
                }
            }
            // holder: "رئاسة كازاخستان"
            String holder = null;
            int k = m.last() + 1;
            Mention after = a.mentionAt(k);
            if (after != null && after.first() == k && after.type() == EntityType.STATE && !after.isAdjective()) {
                holder = after.id();
                k = after.last() + 1;
            }
            // organisation: "رئاسة منظمة …", "في منظمة …", "لهذه المنظمة", or the article's
            String org = null;
            boolean anaphoric = false;
            for (int q = k; q <= Math.min(s.last(), k + 3); q++) {
                Mention x = a.mentionAt(q);
                if (x != null && x.type() == EntityType.ORGANISATION) {
                    org = x.id();
                    break;
                }
                Token t = a.token(q);
                if (t.hasKey("المنظمه") || t.hasKey("المجموعه") || t.hasKey("الجمعيه") || t.hasKey("الدوريه")) anaphoric = true;
            }
            if (org == null && (anaphoric || phase != null)) org = a.organisationBefore(i);
            if (org == null) continue;
            if (holder == null) holder = holderBefore(a, s, i);
            if (holder == null) holder = speakerState(a, said, i);
            if (holder == null) continue;
            String period = null;
            for (int q = m.last() + 1; q <= Math.min(s.last(), m.last() + 10); q++) {
                PeriodMention p = a.periodAt(q);
                if (p != null && p.value().matches("\\d{4}-\\d{4}")) {
                    period = p.value();
                    break;
                }
            }
            String to = null;
            if ("handed_over".equals(phase)) {
                for (int q = m.last() + 1; q <= s.last(); q++) {
                    Mention x = a.mentionAt(q);
                    if (x != null && x.type() == EntityType.STATE && !x.isAdjective() && !x.id().equals(holder)) {
                        to = x.id();
                        break;
                    }
                }
            }
            drafts.add(new Draft(org, holder, to, period, phase, i, m.last()));
            i = m.last();
        }
        return merge(a, drafts);
    }

    private static String holderBefore(Analysis a, Segment s, int i) {
        for (int k = i - 1; k >= s.first(); k--) {
            Mention x = a.mentionAt(k);
            if (x == null) continue;
            if (x.type() == EntityType.STATE) return x.id();
            if (x.type() == EntityType.PERSON && x.state() != null) return x.state();
            k = x.first();
        }
        return null;
    }

    private static String speakerState(Analysis a, List<StatementExtractor.Found> said, int i) {
        StatementExtractor.Found best = null;
        int para = a.text.paragraphOf(i).index();
        for (StatementExtractor.Found f : said) {
            if (f.verb() < i && a.text.paragraphOf(f.verb()).index() == para) best = f;
        }
        return best == null ? null : best.speaker().stateId();
    }

    private List<Items.Chairmanship> merge(Analysis a, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Draft o = out.get(k);
                if (o.org.equals(d.org) && o.holder.equals(d.holder)
                        && (o.phase == null || d.phase == null || o.phase.equals(d.phase))) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(d);
                continue;
            }
            Draft o = out.get(same);
            out.set(same, new Draft(o.org, o.holder, o.to != null ? o.to : d.to, o.period != null ? o.period : d.period,
                    o.phase != null ? o.phase : d.phase, o.first, o.last));
        }
        List<Items.Chairmanship> items = new ArrayList<>();
        for (Draft d : out) {
            if (d.phase == null) continue; // a chair named without saying whether it begins or ends
            String holderEn = a.kb.label(EntityType.STATE, d.holder);
            String toEn = d.to == null ? null : a.kb.label(EntityType.STATE, d.to);
            items.add(switch (d.phase) {
                case "begins" -> new Items.Chairmanship(d.org, null, holderEn, d.period, "begins", a.span(d.first, d.last));
                case "completed" -> new Items.Chairmanship(d.org, holderEn, null, d.period, "completed", a.span(d.first, d.last));
                default -> new Items.Chairmanship(d.org, holderEn, toEn, d.period, "handed_over", a.span(d.first, d.last));
            });
        }
        return items;
    }
}
