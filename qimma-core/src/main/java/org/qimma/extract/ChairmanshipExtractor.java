package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.DateMention;
import org.qimma.text.PeriodMention;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Segment;
import org.qimma.text.Token;

/**
 * Chairmanships ({@code chairmanship.tsv}): the chair noun (رئاسة) of an organisation, with the
 * words around it that say what happened — taken over ("تسلمت الكويت الرئاسة من قطر": to the
 * subject, from the state after من), handed over ("سلّم الرئيس البرازيلي الرئاسة إلى رئيس جنوب
 * أفريقيا": from the subject, to the state after إلى), or completed ("الانتهاء من الرئاسة").
 * A state may be named, given as an adjective (الجانب الصيني) or through a person (the state they
 * serve). Mentions of one chairmanship merge; background sentences are not news.
 */
public final class ChairmanshipExtractor {

    private final Lexicon lex;

    public ChairmanshipExtractor(Lexicon lex) {
        this.lex = lex;
    }

    private record Draft(String org, String from, String to, String period, String phase, int first, int last) {}

    public List<Items.Chairmanship> extract(Analysis a, List<StatementExtractor.Found> said) {
        List<Draft> drafts = new ArrayList<>();
        // every holder the article names for a chair, background included: who a new holder took over from
        List<Draft> holders = new ArrayList<>();
        for (int i = lex.chairPhrases.nextStart(a.text, 0); i < a.size(); i = lex.chairPhrases.nextStart(a.text, i + 1)) {
            if (!a.inBody(i) || a.token(i).kind() != Token.Kind.WORD) continue;
            PhraseMatcher.Match<String> m = lex.chairPhrases.longestAt(a.text.tokens(), i);
            if (m == null || !m.value().equals("chair")) continue;
            Segment s = a.text.sentenceOf(i);
            // "برئاسة X" is who chaired a session, not a chairmanship of the organisation
            if (a.token(i).text().startsWith("بر")) continue;
            int clauseEnd = i;
            while (clauseEnd < s.last() && !StatementExtractor.isComma(a.token(clauseEnd + 1))) clauseEnd++;
            boolean background = MembershipExtractor.isBackground(a, s, lex, s.first(), clauseEnd);
            PhraseMatcher.Match<String> told = phaseMatch(a, s, i, m.last());
            String phase = told == null ? null : told.value();
            // "انتقال رئاسة … إلى أرمينيا": a chair that moves is given by the one after من, or by the subject
            // of the verb right before it ("وأعلن لي كه تشيانغ انتقال الرئاسة …"), not by one further back
            boolean passes = "passes".equals(phase);
            boolean giverJustBefore = passes && subjectWithin(a, s, told.first(), 5);
            if (passes) phase = "handed_over";
            int after = m.last() + 1;
            String named = null;
            Mention right = a.mentionAt(after);
            if (right != null && right.first() == after && stateOf(right) != null
                    && (right.type() == EntityType.STATE || right.isAdjective())) {
                named = stateOf(right); // "رئاسة كازاخستان", "الرئاسة الصينية"
                after = right.last() + 1;
            }
            String org = organisationAfter(a, after, s.last());
            boolean anaphoric = false;
            String namedWith = null;
            for (int q = after; q <= Math.min(s.last(), after + 3); q++) {
                Token t = a.token(q);
                if (t.hasKey("المنظمه") || t.hasKey("المجموعه") || t.hasKey("الجمعيه") || t.hasKey("الدوريه")
                        || t.hasKey("الرابطه") || t.hasKey("القمه") || t.hasKey("الدوره")) anaphoric = true;
                // "رئاسة المجموعة" after "مجموعة الـ77 والصين": the last organisation named with that word
                for (String word : List.of("المنظمه", "المجموعه", "الرابطه")) {
                    if (namedWith == null && t.hasKey(word)) namedWith = lastNamedWith(a, i, word.substring(2));
                }
            }
            if (org == null && namedWith != null) org = namedWith;
            if (org == null && (anaphoric || phase != null)) org = a.contextOrganisation();
            if (org == null) continue;
            String subject = subjectBefore(a, s, i, lex);
            // "وتسلم - أيده الله - رئاسة القمة من …": a verb that opens its sentence with no subject
            // written goes on with the subject of the sentence before (the first person or state it names)
            if (subject == null && verbOpensSentence(a, s, i)) subject = previousSubject(a, s);
            boolean possessive = a.token(i).text().endsWith("ها") || a.token(i).text().endsWith("ه") && !a.token(i).text().endsWith("اسه")
                    || a.inQuote(i);
            if (subject == null && possessive) subject = speakerState(a, said, i); // "رئاستها": the speaker's state
            String fromAfter = stateAfterWord(a, m.last() + 1, s.last(), "من");
            String toAfter = stateAfterWord(a, m.last() + 1, s.last(), "الي");
            // unvocalised تسلم is تَسلَّمَ (took) or تُسلِّمُ (hands over): a recipient named and no giver says which
            if ("takes_or_hands".equals(phase)) phase = toAfter != null && fromAfter == null ? "handed_over" : "begins";
            String period = null;
            for (int q = m.last() + 1; q <= Math.min(s.last(), m.last() + 10); q++) {
                PeriodMention p = a.periodAt(q);
                if (p != null && p.value().matches("\\d{4}-\\d{4}")) {
                    period = p.value();
                    break;
                }
            }
            String from = null, to = null;
            if (phase == null) {
                to = named != null ? named : subject;
            } else {
                switch (phase) {
                    case "begins" -> {
                        to = named != null ? named : subject;
                        from = fromAfter;
                    }
                    case "handed_over" -> {
                        // "تسليم رئاسة القمة من تونس إلى الجزائر": the giver after من when no subject gives it
                        from = named != null ? named : subject != null && (!passes || giverJustBefore) ? subject : fromAfter;
                        to = toAfter;
                    }
                    default -> from = named != null ? named : subject;
                }
            }
            if (from == null && to == null) continue;
            if (from != null && from.equals(to)) continue;
            Draft d = new Draft(org, from, to, period, phase, i, m.last());
            if (phase == null || phase.equals("begins")) holders.add(d);
            if (!background && (wishedFor(a, s, i) || "begins".equals(phase) && begunInAnEarlierYear(a, s, m.last())
                    || describesAChairHeld(a, s, i))) background = true;
            if (!background) drafts.add(d);
            i = m.last();
        }
        return merge(a, predecessors(drafts, holders));
    }

    /**
     * "بصفتها رئيسة المجموعة", "الذي تتولى بلاده رئاسة آسيان للعام الحالي": a chair someone holds,
     * told to say who they are, is no change of chair — a word of capacity just before the chair noun,
     * or a relative pronoun, a present verb of taking the chair (تتولى، يتولى: not the past تولى،
     * تسلم) and the current year after it. ("التي تتولى رئاسة المنظمة للفترة 2025-2026" is the chair
     * being taken.)
     */
    private boolean describesAChairHeld(Analysis a, Segment s, int i) {
        boolean presentVerb = false;
        for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
            Token t = a.token(k);
            if (Lexicon.anyKey(t, lex.chairStatus)) return true;
            PhraseMatcher.Match<String> v = lex.chairPhrases.longestAt(a.text.tokens(), k);
            if (v != null && v.value().equals("begins") && (t.text().startsWith("تت") || t.text().startsWith("يت"))) presentVerb = true;
            if (presentVerb && lex.relativePronouns.contains(t.text())) return currentYearAfter(a, s, i);
        }
        return false;
    }

    /** A date after token {@code i} in its sentence that is the article's own year ("للعام الحالي", "خلال العام الجاري"). */
    private static boolean currentYearAfter(Analysis a, Segment s, int i) {
        if (a.referenceDate == null) return false;
        for (DateMention d : a.datesIn(i + 1, Math.min(s.last(), i + 8))) {
            if (a.periodAt(d.first()) == null && d.value().equals(a.referenceDate.substring(0, 4))) return true;
        }
        return false;
    }

    /** "معرباً عن استعداد الصين لتسلم رئاسة المنظمة": readiness or a hedge just before the phrase, not a change made. */
    private boolean wishedFor(Analysis a, Segment s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 3); k--) {
            if (StatementExtractor.isComma(a.token(k))) break;
            PhraseMatcher.Match<String> t = lex.proposalTriggers.longestAt(a.text.tokens(), k);
            if (t != null && t.value().equals("readiness")) return true;
            if (Lexicon.anyKey(a.token(k), lex.membershipContext.get("hedge"))) return true;
        }
        return false;
    }

    /** "رئاستها التي تسلمتها من كازاخستان في قمة أستانا العام الماضي": a term that began in an earlier year is background. */
    private static boolean begunInAnEarlierYear(Analysis a, Segment s, int last) {
        if (a.referenceDate == null) return false;
        int ref = Integer.parseInt(a.referenceDate.substring(0, 4));
        for (DateMention d : a.datesIn(last + 1, Math.min(s.last(), last + 10))) {
            if (a.periodAt(d.first()) != null) continue;
            if (d.year() < ref) return true;
        }
        return false;
    }

    /** A chair taken over with no one named to take it from: the other holder the article names. */
    private static List<Draft> predecessors(List<Draft> drafts, List<Draft> holders) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (("begins".equals(d.phase) || "handed_over".equals(d.phase)) && d.from == null && d.to != null) {
                String before = null;
                for (Draft h : holders) {
                    if (h.org.equals(d.org) && h.to != null && !h.to.equals(d.to) && h.first < d.first) before = h.to;
                }
                if (before == null) {
                    for (Draft h : holders) if (h.org.equals(d.org) && h.to != null && !h.to.equals(d.to)) before = h.to;
                }
                if (before != null) d = new Draft(d.org, before, d.to, d.period, d.phase, d.first, d.last);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The phrase that says what happened to the chair at {@code [first, last]}: a word around it, a finite
     * verb that governs it, or the verb of a relative clause about it ("…، التي تسلمتها قرغيزستان"); null if none.
     */
    private PhraseMatcher.Match<String> phaseMatch(Analysis a, Segment s, int first, int last) {
        PhraseMatcher.Match<String> found = null;
        for (int k = Math.max(s.first(), first - 9); k <= Math.min(s.last(), last + 2); k++) {
            if (k >= first && k <= last) continue;
            PhraseMatcher.Match<String> p = lex.chairPhrases.longestAt(a.text.tokens(), k);
            if (p != null && !p.value().equals("chair")) {
                // the verb before the noun says more than an adjective after it
                if (found == null || k < first) found = p;
                k = p.last();
            }
        }
        if (found != null) return found;
        for (int k = last + 1; k < Math.min(s.last(), last + 14); k++) {
            if (!StatementExtractor.isComma(a.token(k)) || !lex.relativePronouns.contains(a.token(k + 1).text())) continue;
            for (int v = k + 2; v <= Math.min(s.last(), k + 3); v++) {
                PhraseMatcher.Match<String> p = lex.chairVerbs.longestAt(a.text.tokens(), v, StatementExtractor::verbReadings);
                if (p != null) return p;
            }
            break;
        }
        // a finite verb governs its object however far: "تسلم رئيس الجمهورية، السيد …، اليوم …، الرئاسة الدورية"
        // — unless another chair noun or a verb of saying comes between ("سلّم الرئاسة …، مؤكداً أن بلاده سعت خلال رئاستها")
        for (int v = first - 1; v >= Math.max(s.first(), first - 30); v--) {
            PhraseMatcher.Match<String> noun = lex.chairPhrases.longestAt(a.text.tokens(), v);
            if (noun != null && noun.value().equals("chair") && v < first) break;
            if (lex.speechVerbs.longestAt(a.text.tokens(), v, StatementExtractor::verbReadings) != null) break;
            PhraseMatcher.Match<String> p = lex.chairVerbs.longestAt(a.text.tokens(), v, StatementExtractor::verbReadings);
            if (p != null) return p;
        }
        return null;
    }

    /** The last organisation named before token {@code i} whose name as written begins with {@code word}. */
    private static String lastNamedWith(Analysis a, int i, String word) {
        for (int k = i - 1; k >= 0; k--) {
            Mention m = a.mentionAt(k);
            if (m == null) continue;
            if (m.type() == EntityType.ORGANISATION && a.token(m.first()).hasKey(word)) return m.id();
            k = m.first();
        }
        return null;
    }

    private static String organisationAfter(Analysis a, int from, int end) {
        for (int q = from; q <= Math.min(end, from + 4); q++) {
            Mention x = a.mentionAt(q);
            if (x == null) continue;
            if (x.type() == EntityType.ORGANISATION) return x.id();
            if (x.type() == EntityType.BODY) return x.id().substring(0, x.id().indexOf('.'));
            q = x.last();
        }
        return null;
    }

    /** The state of the nearest state, adjective or person named before the chair noun in its sentence. */
    /** True when only a verb (with و/ف), dashes and an invocation stand between the sentence's start and {@code i}. */
    private boolean verbOpensSentence(Analysis a, Segment s, int i) {
        int words = 0;
        for (int k = s.first(); k < i; k++) {
            Token t = a.token(k);
            if (t.kind() == Token.Kind.WORD) {
                if (a.mentionAt(k) != null) return false;
                words++;
            }
        }
        // the verb, and at most a two-word invocation between dashes ("- أيده الله -")
        return words >= 1 && words <= 3 && lex.chairVerbs.longestAt(a.text.tokens(), s.first(), StatementExtractor::verbReadings) != null;
    }

    /** The state of the first person or state named in the sentence before {@code s}, or null. */
    private static String previousSubject(Analysis a, Segment s) {
        if (s.index() == 0) return null;
        Segment before = a.text.sentences().get(s.index() - 1);
        for (Mention m : a.mentionsIn(before.first(), before.last())) {
            String st = stateOf(m);
            if (st != null && (m.type() == EntityType.PERSON || m.type() == EntityType.STATE)) return st;
        }
        return null;
    }

    /** A person or state named in the {@code n} tokens before {@code at}, in its sentence. */
    private static boolean subjectWithin(Analysis a, Segment s, int at, int n) {
        for (int k = at - 1; k >= Math.max(s.first(), at - n); k--) {
            Mention x = a.mentionAt(k);
            if (x != null && stateOf(x) != null) return true;
        }
        return false;
    }

    private static String subjectBefore(Analysis a, Segment s, int i, Lexicon lex) {
        for (int k = i - 1; k >= s.first(); k--) {
            if (Lexicon.firstKey(a.token(k), lex.selfReferences) != null) {
                // "مشيراً إلى أن بلاده، التي تتولى الرئاسة": the state of the person named before
                String st = MembershipExtractor.personStateBefore(a, s.first(), k);
                if (st != null) return st;
            }
            if (Lexicon.anyKey(a.token(k), lex.honorificPronouns)) {
                // "وتسلم جلالته الرئاسة": the person named before with that courtesy
                Mention p = StatementExtractor.honouredPerson(a, k);
                if (p != null && p.state() != null) return p.state();
            }
            Mention x = a.mentionAt(k);
            if (x == null) continue;
            String st = stateOf(x);
            if (st != null) return st;
            k = x.first();
        }
        return null;
    }

    /** The state named after the word {@code word} (من، إلى) or after a ل- prefix, in the window. */
    private String stateAfterWord(Analysis a, int from, int end, String word) {
        for (int k = from; k <= Math.min(end, from + 12); k++) {
            Token t = a.token(k);
            boolean opener = t.is(word) || word.equals("الي") && t.is("ل") || word.equals("من") && (t.is("خلفا") || t.is("خلفاً"));
            // "بدلاً من ميانمار": the one passed over, not the one the chair comes from
            if (opener && word.equals("من") && k > 0 && Lexicon.anyKey(a.token(k - 1), lex.chairInsteadOf)) opener = false;
            if (opener && word.equals("من") && !t.is("من") && k + 1 <= end && a.token(k + 1).is("ل")) k++;
            if (opener) {
                int q = k + 1;
                while (q <= end && lex.courtesy.longestAt(a.text.tokens(), q) != null && (a.mentionAt(q) == null || a.mentionAt(q).first() != q)) {
                    q = lex.courtesy.longestAt(a.text.tokens(), q).last() + 1;
                }
                Mention x = a.mentionAt(q);
                if (x != null && x.type() == EntityType.STATE && x.id() != null) return x.id();
                // "إلى فخامة الرئيس X رئيس جمهورية غامبيا": the state named in the phrase says more than a
                // bare title or a name we may have misread
                for (int r = q + 1; r <= Math.min(end, q + 8); r++) {
                    if (StatementExtractor.isComma(a.token(r))) break;
                    Mention y = a.mentionAt(r);
                    if (y != null && y.type() == EntityType.STATE && !y.isAdjective() && y.id() != null) return y.id();
                    if (y != null && y.reason().equals("role on date") && y.state() != null) return y.state(); // "رئيس جمهورية قرغيزستان"
                    if (y != null) r = y.last();
                }
                if (x != null && stateOf(x) != null) return stateOf(x);
                if (q <= end && (a.token(q).hasKey("الجانب") || a.token(q).hasKey("جانب"))) {
                    Mention adj = a.mentionAt(q + 1);
                    if (adj != null && stateOf(adj) != null) return stateOf(adj);
                }
            }
            // "لغامبيا": the state with ل glued to it
            Mention x = a.mentionAt(k);
            if (word.equals("الي") && x != null && x.first() == k && t.text().startsWith("ل") && x.type() == EntityType.STATE
                    && !x.isAdjective()) {
                return x.id();
            }
        }
        return null;
    }

    private static String stateOf(Mention m) {
        if (m.id() == null) return null;
        if (m.type() == EntityType.STATE) return m.id();
        if (m.type() == EntityType.PERSON) return m.state();
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

    /** Mentions of one chairmanship merge: same organisation and the same state taking or leaving it. */
    private List<Items.Chairmanship> merge(Analysis a, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Draft o = out.get(k);
                boolean sameTo = o.to != null && o.to.equals(d.to);
                boolean sameFrom = o.from != null && o.from.equals(d.from) && (o.to == null || d.to == null || o.to.equals(d.to));
                if (o.org.equals(d.org) && (sameTo || sameFrom)) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(d);
                continue;
            }
            Draft o = out.get(same);
            String phase = o.phase == null ? d.phase : d.phase == null ? o.phase
                    : o.phase.equals("handed_over") || d.phase.equals("handed_over") ? "handed_over" : o.phase;
            out.set(same, new Draft(o.org, o.from != null ? o.from : d.from, o.to != null ? o.to : d.to,
                    o.period != null ? o.period : d.period, phase, o.first, o.last));
        }
        List<Items.Chairmanship> items = new ArrayList<>();
        for (Draft d : out) {
            if (d.phase == null) continue; // a chair named without saying whether it begins or ends
            // a term said to end, when another mention tells the same holder handing it to someone: one change
            if (d.to == null && d.from != null && out.stream().anyMatch(o -> o != d && o.org.equals(d.org) && d.from.equals(o.from)
                    && o.to != null)) continue;
            items.add(new Items.Chairmanship(d.org, label(a, d.from), label(a, d.to), d.period, d.phase, a.span(d.first, d.last)));
        }
        return items;
    }

    private static String label(Analysis a, String state) {
        return state == null ? null : a.kb.label(EntityType.STATE, state);
    }
}
