package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.DateMention;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Segment;
import org.qimma.text.Token;

/**
 * Membership changes ({@code memberships.tsv}): a phrase of joining, completed accession,
 * observer or partner status, application or withdrawal, with a state named in its clause and
 * the organisation after it or from context. Background years are not news.
 */
public final class MembershipExtractor {

    private final Lexicon lex;

    public MembershipExtractor(Lexicon lex) {
        this.lex = lex;
    }

    public List<Items.Membership> extract(Analysis a) {
        List<Items.Membership> out = new ArrayList<>();
        for (int i = lex.membershipPhrases.nextStart(a.text, 0); i < a.size(); i = lex.membershipPhrases.nextStart(a.text, i + 1)) {
            if (!a.inBody(i) || a.inQuote(i) || a.token(i).kind() != Token.Kind.WORD) continue;
            PhraseMatcher.Match<String> m = lex.membershipPhrases.longestAt(a.text.tokens(), i);
            if (m == null) continue;
            String change = m.value();
            Segment s = a.text.sentenceOf(i);
            if (isBackground(a, s, lex)) continue;
            Mention state = null;
            int orgFrom = m.last() + 1;
            // the state after the phrase ("قبول جمهورية بيلاروسيا"), or its subject before it ("انضمت مصر")
            for (int k = m.last() + 1; k <= Math.min(s.last(), m.last() + 4); k++) {
                if (StatementExtractor.isComma(a.token(k))) break; // the next clause is about someone else
                Mention x = a.mentionAt(k);
                // an organisation right after the phrase is the one admitted ("انضمام الاتحاد الأفريقي إلى …")
                if (x != null && !x.isAdjective() && (x.type() == EntityType.STATE || k == m.last() + 1 && memberOrganisation(a, x, s))) {
                    state = x;
                    orgFrom = x.last() + 1;
                    break;
                }
            }
            if (state == null && !ownSubjectFollows(a, m.last() + 1, s.last())) {
                for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
                    Mention x = a.mentionAt(k);
                    if (x != null && !x.isAdjective() && (x.type() == EntityType.STATE || memberOrganisation(a, x, s))) {
                        state = x;
                        break;
                    }
                }
            }
            if (state == null) state = selfReferredState(a, s, i);
            if (state == null) continue;
            // "انضمام" says membership by itself; "قبول" (admission, also acceptance) needs عضوية or an organisation
            boolean membershipWord = !change.equals("joined") || m.length() > 1 || !a.token(i).hasKey("قبول")
                    && !a.token(i).hasKey("قبولها") && !a.token(i).hasKey("قبوله");
            String org = null;
            for (int k = Math.max(orgFrom, i); k <= Math.min(s.last(), Math.max(orgFrom, i) + 6); k++) {
                Token t = a.token(k);
                if (Lexicon.anyKey(t, lex.membershipContext.get("member"))) membershipWord = true;
                Mention x = a.mentionAt(k);
                if (x != null && x != state && (x.type() == EntityType.ORGANISATION)) {
                    org = x.id();
                    membershipWord = true;
                    break;
                }
            }
            if (!membershipWord || hedged(a, s, i) || joinsSomethingElse(a, orgFrom, s.last()) || datedBefore(a, s)) continue;
            if (org == null) org = a.contextOrganisation();
            if (org == null || state.type() == EntityType.ORGANISATION && org.equals(state.id())) continue;
            for (Mention st : coordinated(a, state)) {
                int skip = a.token(st.first()).text().startsWith("و") && a.token(st.first()).keys().size() > 1 ? 1 : 0;
                String stateText = a.originalSkipping(st.first(), skip, st.last());
                String en = st.type() == EntityType.ORGANISATION ? a.kb.organisation(st.id()).en() : st.labelEn();
                Items.Membership item = new Items.Membership(stateText, en, org, change,
                        a.spanSkipping(st.first(), skip, st.last()));
                if (out.stream().noneMatch(x -> x.stateEn().equals(item.stateEn()) && x.change().equals(item.change())
                        && x.organisation().equals(item.organisation()))) {
                    out.add(item);
                }
            }
            i = m.last();
        }
        return out;
    }

    /**
     * "بعد انسحاب القوات الأجنبية منها": a definite noun right after the phrase, no one we know and no word of
     * membership, is who joins or leaves; the state named before the phrase is not.
     */
    private boolean ownSubjectFollows(Analysis a, int k, int end) {
        if (k > end) return false;
        Token t = a.token(k);
        if (t.kind() != Token.Kind.WORD || !t.text().startsWith("ال") || a.mentionAt(k) != null) return false;
        for (java.util.Set<String> words : lex.membershipContext.values()) if (Lexicon.anyKey(t, words)) return false;
        return true;
    }

    /**
     * An organisation that joins another ("انضمام الاتحاد الأفريقي إلى مجموعة العشرين", "أصبح الاتحاد
     * الأفريقي عضواً دائماً في المجموعة"): another organisation is named after it in its sentence, or is
     * the one the article is about.
     */
    private static boolean memberOrganisation(Analysis a, Mention x, Segment s) {
        if (x.type() != EntityType.ORGANISATION || x.id() == null) return false;
        // "إلى مجموعة العشرين", "في المجموعة", "لمجموعة": the organisation joined, not the one joining
        Token first = a.token(x.first());
        if (x.first() > 0 && (a.token(x.first() - 1).is("الي") || a.token(x.first() - 1).is("في"))) return false;
        if ((first.text().startsWith("ل") || first.text().startsWith("ب")) && first.keys().contains(first.text().substring(1))) return false;
        for (Mention y : a.mentionsIn(x.last() + 1, s.last())) {
            if (y.type() == EntityType.ORGANISATION && y.id() != null && !y.id().equals(x.id())) return true;
        }
        String context = a.contextOrganisation();
        return context != null && !context.equals(x.id());
    }

    /**
     * "دعم مملكة البحرين للاعتراف بدولة فلسطين وقبول عضويتها", "مؤهلة للعضوية": a hedge word earlier in
     * the clause (back to its comma, at most 12 words) says it is wished for or recommended, not done.
     */
    private boolean hedged(Analysis a, Segment s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 12); k--) {
            if (StatementExtractor.isComma(a.token(k))) break;
            if (Lexicon.anyKey(a.token(k), lex.membershipContext.get("hedge"))) return true;
        }
        return Lexicon.future(a.token(i));
    }

    /**
     * "أشار الرئيس الأذربيجاني إلى أن بلاده تقدمت بطلب": بلاده (self-references.tsv) just before the phrase is
     * the state of the person named before it in the sentence.
     */
    private Mention selfReferredState(Analysis a, Segment s, int i) {
        int self = -1;
        for (int k = i - 1; k >= Math.max(s.first(), i - 2); k--) {
            if (Lexicon.firstKey(a.token(k), lex.selfReferences) != null) self = k;
        }
        if (self < 0) return null;
        String state = personStateBefore(a, s.first(), self);
        if (state == null) return null;
        return new Mention(self, self, EntityType.STATE, state, a.kb.label(EntityType.STATE, state), "reference",
                a.span(self, self), state);
    }

    /** The state of the last person named in tokens {@code [from, before)}. */
    static String personStateBefore(Analysis a, int from, int before) {
        for (int k = before - 1; k >= from; k--) {
            Mention x = a.mentionAt(k);
            if (x == null) continue;
            if (x.type() == EntityType.PERSON && x.state() != null) return x.state();
            k = x.first();
        }
        return null;
    }

    /** "بعد أن أصبحت بيلاروس عضوا … العام الماضي": a change dated to a year before the article's is background. */
    private static boolean datedBefore(Analysis a, Segment s) {
        if (a.referenceDate == null) return false;
        int ref = Integer.parseInt(a.referenceDate.substring(0, 4));
        for (DateMention d : a.datesIn(s.first(), s.last())) if (d.year() < ref) return true;
        return false;
    }

    /** "انضمت إلى التحالف العالمي ضد الجوع": joined something that is not an organisation we know. */
    private boolean joinsSomethingElse(Analysis a, int from, int end) {
        for (int k = from; k <= Math.min(end, from + 3); k++) {
            // "الانسحاب منه", "الانضمام إليه": what the pronoun stands for, the last organisation or document named
            if (a.token(k).is("اليه") || a.token(k).is("اليها") || a.token(k).is("منه") || a.token(k).is("منها")) {
                int first = a.text.sentenceOf(k).first();
                for (int q = from - 1; q >= first; q--) {
                    Mention x = a.mentionAt(q);
                    if (x != null && (x.type() == EntityType.ORGANISATION || x.type() == EntityType.BODY)) {
                        // "إعلان مجموعة العشرين": the organisation names a document
                        PhraseMatcher.Match<Lexicon.DocumentHead> h = x.first() > 0 ? lex.documentHeads.longestAt(a.text.tokens(), x.first() - 1) : null;
                        return h != null && h.last() == x.first() - 1;
                    }
                    if (lex.documentHeads.longestAt(a.text.tokens(), q) != null) return true;
                }
                return false;
            }
            if (a.token(k).is("الي") && k + 1 <= end) {
                Mention x = a.mentionAt(k + 1);
                if (x != null && (x.type() == EntityType.ORGANISATION || x.type() == EntityType.BODY)) return false;
                return !Lexicon.anyKey(a.token(k + 1), lex.membershipContext.get("organisation"));
            }
        }
        return false;
    }

    /** The state and the states listed with it: "أذربيجان وأرمينيا وكمبوديا ونيبال". */
    private static List<Mention> coordinated(Analysis a, Mention state) {
        List<Mention> out = new ArrayList<>(List.of(state));
        int p = state.first() - 1;
        while (p >= 0) {
            if (StatementExtractor.isComma(a.token(p))) p--;
            Mention x = a.mentionAt(p);
            if (x == null || x.type() != EntityType.STATE || x.isAdjective() || x.last() != p) break;
            out.add(0, x);
            p = x.first() - 1;
        }
        int q = state.last() + 1;
        while (q < a.size()) {
            if (StatementExtractor.isComma(a.token(q))) q++;
            Mention x = a.mentionAt(q);
            if (x == null || x.type() != EntityType.STATE || x.isAdjective() || x.first() != q
                    || !a.token(q).text().startsWith("و") && !StatementExtractor.isComma(a.token(q - 1))) break;
            out.add(x);
            q = x.last() + 1;
        }
        return out;
    }

    /** A sentence about the past of the news: a year well before the article, or "كانت قد". */
    static boolean isBackground(Analysis a, Segment s, Lexicon lex) {
        return isBackground(a, s, lex, s.first(), s.last());
    }

    /**
     * The same, with dates read only in tokens {@code [from, to]} (one clause: "سلّم الرئاسة …، بعد أن ترأست
     * المملكة الدورة … عام 2019" is news with a background clause).
     */
    /** True when the sentence dates its event to the last day or two ("أمس الثلاثاء"). */
    private static boolean saysRecent(Analysis a, Segment s, Lexicon lex) {
        for (int k = s.first(); k <= s.last(); k++) if (Lexicon.anyKey(a.token(k), lex.recentTimeWords)) return true;
        return false;
    }

    static boolean isBackground(Analysis a, Segment s, Lexicon lex, int from, int to) {
        // a background marker: asked only where one may start
        for (int k = lex.backgroundMarkers.nextStart(a.text, s.first(), s.last()); k <= s.last();
                k = lex.backgroundMarkers.nextStart(a.text, k + 1, s.last())) {
            if (lex.backgroundMarkers.longestAt(a.text.tokens(), k) != null) return true;
        }
        for (int k = s.first(); k <= s.last(); k++) {
            // "وكانت مصر قد انضمت", "وكانت قمة الرابطة التي عقدت في أستانا … قد أقرت": كان ... قد with
            // the subject, however long, between them in one clause
            Token t = a.token(k);
            if (t.hasKey("كان") || t.hasKey("كانت") || t.hasKey("كانوا")) {
                for (int q = k + 1; q <= Math.min(s.last(), k + 14); q++) {
                    if (StatementExtractor.isComma(a.token(q))) break;
                    if (a.token(q).is("قد") && !saysRecent(a, s, lex)) return true;
                }
            }
        }
        if (a.referenceDate == null) return false;
        int ref = Integer.parseInt(a.referenceDate.substring(0, 4));
        for (DateMention d : a.datesIn(from, to)) {
            if (d.year() < ref - 1) return true;
        }
        return false;
    }
}
