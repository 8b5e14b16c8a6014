package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.DateMention;
import org.qimma.text.NextMeetings;
import org.qimma.text.Overlap;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Span;
import org.qimma.text.Token;

/**
 * Proposals: what a call or proposal statement governs when it is an action (a verbal noun:
 * "دعا إلى اعتماد…", "اقترح تنسيق… وإنشاء…" — one proposal per coordinated action), and the
 * triggers of {@code proposal-triggers.tsv}: readiness ("أعلن استعداده لعقد…"), an initiative
 * presented ("ستقدم كازاخستان مبادرة…"), first-person proposals inside a quotation ("أقترح
 * تبني…"), and nouns ("اقتراح إنشاء…", "مبادرة بلادنا لإنشاء…"). A trailing target date is cut
 * from what is proposed and kept as {@code target_date}. One idea stated twice is one proposal.
 */
public final class ProposalExtractor {

    /** Kinds of document that one presents as a proposal: "طرح خطة", "قدم مشروع قرار", "ستقدم مبادرة". */
    private static final java.util.Set<String> PRESENTABLE = java.util.Set.of("initiative", "plan", "programme", "draft");

    private final Lexicon lex;
    private final StatementExtractor statements;

    public ProposalExtractor(Lexicon lex, StatementExtractor statements) {
        this.lex = lex;
        this.statements = statements;
    }

    private record Draft(int first, int skip, int last, Speaker proposer, boolean proposerStated, String status) {}

    public List<Items.Proposal> extract(Analysis a, List<StatementExtractor.Found> said, List<Items.Meeting> meetings) {
        List<Draft> drafts = new ArrayList<>();
        for (StatementExtractor.Found f : said) {
            int[] call = f.quoted() ? null : afterCallNoun(a, f.contentFirst(), f.contentLast());
            if (call != null) {
                // "وجدد توكاييف الدعوة إلى اعتماد …": a call named by its noun, whatever the verb
                split(a, call[0], call[1], f.contentLast(), f.speaker(), true, null, drafts);
                continue;
            }
            if (!f.kind().equals("proposed") && !f.kind().equals("called_for")) continue;
            if (f.quoted() || a.token(f.contentFirst()).kind() == Token.Kind.QUOTE) {
                quotedCall(a, f, drafts);
                continue;
            }
            Token head = a.token(f.contentFirst());
            if (isInvitation(head)) continue; // an invitation to take part is not a proposal
            int addressed = f.kind().equals("called_for") && !lex.isMasdar(head) && isFiniteVerb(a, f)
                    ? afterAddressee(a, f.contentFirst(), f.contentLast()) : -1;
            if (lex.isMasdar(head)) {
                // "طالب بوقف …": what is proposed starts after the preposition
                int skip = (head.text().startsWith("ب") || head.text().startsWith("ل")) && head.keys().contains(head.text().substring(1))
                        && !lex.masdars.contains(head.text()) ? 1 : 0;
                split(a, f.contentFirst(), skip, f.contentLast(), f.speaker(), true, null, drafts);
            } else if (addressed >= 0) {
                // "دعا الدول الإسلامية إلى قطع علاقاتها", "طالب المنظمة بتقديم تقييم": the call, past whom it is addressed to
                int k = addressed;
                Token t = a.token(k);
                int skip = t.text().startsWith("ب") && !lex.masdars.contains(t.text()) ? 1 : 0;
                split(a, k, skip, f.contentLast(), f.speaker(), true, null, drafts);
            } else if (f.kind().equals("proposed") && lex.complementizers.containsKey(head.text()) && f.contentFirst() < f.contentLast()) {
                // "اقترح أن يكون عام 2025 عام التنمية المستدامة": the clause is the proposal
                drafts.add(new Draft(f.contentFirst() + 1, 0, trimEnd(a, f.contentFirst() + 1, f.contentLast()), f.speaker(), true, null));
            } else {
                // "اقترح جملة من الإجراءات، من بينها فرض حظر …، وتصنيف …": the actions the list names
                int items = afterInclusion(a, f.contentFirst(), f.contentLast());
                if (items >= 0) split(a, items, 0, f.contentLast(), f.speaker(), true, null, drafts);
            }
        }
        for (int i = lex.proposalTriggers.nextStart(a.text, 0); i < a.size(); i = lex.proposalTriggers.nextStart(a.text, i + 1)) {
            if (!a.inBody(i) || a.inTitle(i) || a.token(i).kind() != Token.Kind.WORD) continue;
            PhraseMatcher.Match<String> m = lex.proposalTriggers.longestAt(a.text.tokens(), i);
            if (m == null) continue;
            switch (m.value()) {
                case "readiness" -> readiness(a, m, said, drafts);
                case "present" -> present(a, m, said, drafts);
                case "first_person" -> firstPerson(a, m, said, drafts);
                case "noun" -> noun(a, m, said, drafts);
                case "host" -> host(a, m, said, drafts);
                default -> { }
            }
        }
        return assemble(a, drafts, meetings);
    }

    /**
     * Where the action starts after a noun of calling at {@code first} ("الدعوة إلى اعتماد",
     * "المطالبة بتمكين", "اقتراح بلاده بشأن إعداد"): {index, letters to skip}, or null.
     */
    private int[] afterCallNoun(Analysis a, int first, int last) {
        if (first >= last || !Lexicon.anyKey(a.token(first), lex.callNouns)) return null;
        int k = first + 1;
        // "اقتراح بلاده بشأن": the proposer's own state between the noun and what it proposes
        if (k <= last && Lexicon.firstKey(a.token(k), lex.selfReferences) != null) k++;
        if (k > last) return null;
        Token t = a.token(k);
        int skip = 0;
        if (t.is("الي") || t.is("بشان") || t.is("ب") || t.is("حول")) {
            k++;
        } else if ((t.text().startsWith("ب") || t.text().startsWith("ل")) && !lex.masdars.contains(t.text())) {
            skip = 1;
        } else {
            return null;
        }
        while (k <= last && a.token(k).kind() == Token.Kind.QUOTE) k++;
        if (k > last || !lex.isMasdar(a.token(k)) || isInvitation(a.token(k))) return null;
        return new int[] {k, skip};
    }

    /**
     * The first action a list names after an inclusion phrase ("، من بينها فرض …", "، أبرزها
     * إطلاق …") within a few words of {@code first}, before any verb of saying or quotation; -1 if none.
     */
    private int afterInclusion(Analysis a, int first, int last) {
        for (int q = first; q < last && q <= first + 12; q++) {
            Token t = a.token(q);
            if (t.kind() == Token.Kind.QUOTE || lex.speechVerbs.longestAt(a.text.tokens(), q, StatementExtractor::verbReadings) != null) return -1;
            if (!StatementExtractor.isComma(t)) continue;
            PhraseMatcher.Match<Boolean> inc = lex.inclusions.longestAt(a.text.tokens(), q + 1);
            if (inc == null) continue;
            int n = inc.last() + 1;
            while (n <= last && (a.token(n).is(":") || a.token(n).kind() == Token.Kind.QUOTE)) n++;
            return n <= last && lex.isMasdar(a.token(n)) && !a.token(n).text().startsWith("ل") ? n : -1;
        }
        return -1;
    }

    /** "إلى المشاركة في القمة": an invitation to take part, not a proposal. */
    private boolean isInvitation(Token t) {
        return Lexicon.firstKey(t, lex.speechObjects.get("called_for")) != null;
    }

    /** The call was made with a finite verb (دعا، طالب), not told in passing by a participle (داعياً). */
    private boolean isFiniteVerb(Analysis a, StatementExtractor.Found f) {
        PhraseMatcher.Match<Lexicon.SpeechVerb> v = lex.speechVerbs.longestAt(a.text.tokens(), f.verb(), StatementExtractor::verbReadings);
        return v != null && v.value().frame().equals("verb");
    }

    /**
     * Where the action called for starts when the call names whom it is addressed to first: the masdar
     * after إلى or على ("الدول الأعضاء إلى تعزيز", "حث الدول على دعم"), or glued to ب ("المنظمة بتقديم"), or after بـ and a quote
     * mark ("القادة بـ«اتخاذ قرار»"); the addressee is a few words with no verb or quotation. -1 if none.
     */
    private int afterAddressee(Analysis a, int first, int last) {
        boolean addressee = false;
        int addresseeEnd = -1;
        for (int q = first; q <= Math.min(last - 1, first + 7); q++) {
            Token t = a.token(q);
            // "وناشد القادة العرب دعم التحرك …": the action right after the ones appealed to, with no preposition
            if (addressee && q == addresseeEnd + 1 && lex.isMasdar(t) && !isInvitation(t) && !t.text().startsWith("ب")) return q;
            Mention m = a.mentionAt(q);
            if (m != null && (m.type() == EntityType.GROUP || m.type() == EntityType.STATE || m.type() == EntityType.ORGANISATION
                    || m.type() == EntityType.BODY)) {
                addressee = true;
                addresseeEnd = Math.max(addresseeEnd, m.last());
            }
            // "الدول الإسلامية", "القادة العرب": the members or leaders (meeting-of.tsv)
            PhraseMatcher.Match<String> members = lex.meetingOf.longestAt(a.text.tokens(), q);
            if (members != null && !members.value().equals("filler")) {
                addressee = true;
                addresseeEnd = Math.max(addresseeEnd, members.last());
            }
            // "نظراءه", "الأطراف": whom a call is addressed to, named by no entity
            if (Lexicon.anyKey(a.token(q), lex.addressees)) {
                addressee = true;
                addresseeEnd = Math.max(addresseeEnd, q);
            }
            if (t.kind() == Token.Kind.QUOTE || lex.speechVerbs.longestAt(a.text.tokens(), q, StatementExtractor::verbReadings) != null) return -1;
            if (q == first) continue;
            // ("حث الدول العربية على دعم …": على after حث)
            if (t.is("الي") || t.is("ب") || t.is("علي")) {
                int n = q + 1;
                while (n <= last && a.token(n).kind() == Token.Kind.QUOTE) n++;
                return addressee && n <= last && lex.isMasdar(a.token(n)) && !isInvitation(a.token(n)) ? n : -1;
            }
            if (t.text().startsWith("ب") && t.text().length() > 3 && lex.isMasdar(t)) return addressee && !isInvitation(t) ? q : -1;
        }
        return -1;
    }

    /**
     * "دعا إلى "مواءمة استراتيجيات التنمية …"": a call whose quotation opens with a verbal noun
     * proposes that action, in the quotation's words.
     */
    private void quotedCall(Analysis a, StatementExtractor.Found f, List<Draft> out) {
        int k = f.contentFirst();
        while (k <= f.contentLast() && a.token(k).kind() != Token.Kind.WORD) k++;
        int last = f.contentLast();
        while (last > k && a.token(last).kind() != Token.Kind.WORD) last--;
        if (k >= last || !f.kind().equals("called_for") || !lex.isMasdar(a.token(k)) || a.token(k).text().startsWith("ل")) return;
        // only a call to act, never the quoted speaker's own sentence: the quotation follows إلى/بـ or opens the content
        int before = k - 1;
        while (before >= 0 && a.token(before).kind() == Token.Kind.QUOTE) before--;
        if (before < 0 || !(a.token(before).is("الي") || a.token(before).is("ب") || a.token(before).is("ل"))) return;
        out.add(new Draft(k, 0, trimEnd(a, k, last), f.speaker(), true, null));
    }

    /** "ستستضيف مصر مؤتمراً دولياً للتعافي …", "ستعقد الصين هذا العام منتدى للتعاون …" under a statement. */
    private void host(Analysis a, PhraseMatcher.Match<String> m, List<StatementExtractor.Found> said, List<Draft> out) {
        StatementExtractor.Found f = statementAt(said, m.first());
        if (f == null || a.inQuote(m.first())) return;
        int k = m.last() + 1;
        // past the host named after the verb and a time phrase ("هذا العام")
        for (int step = 0; step < 4 && k < a.size(); step++) {
            Mention who = a.mentionAt(k);
            if (who != null && who.first() == k && (who.type() == EntityType.STATE || who.type() == EntityType.PLACE)) k = who.last() + 1;
            else if (a.dateAt(k) != null) k = a.dateAt(k).last() + 1;
            else break;
        }
        if (k >= a.size() || !Lexicon.anyKey(a.token(k), lex.proposedEvents) || a.token(k).text().startsWith("ال")) return;
        // "قمة المنظمة", "قمة بريكس": a noun in construct with a definite one is definite, the body's next session
        if (k + 1 < a.size()) {
            Token next = a.token(k + 1);
            Mention org = a.mentionAt(k + 1);
            if (next.text().startsWith("ال") || org != null && (org.type() == EntityType.ORGANISATION || org.type() == EntityType.BODY)) return;
        }
        int end = statements.clauseEnd(a, k);
        out.add(new Draft(k, 0, trimEnd(a, k, end), f.speaker(), true, null));
    }

    /** "استعداده لعقد منتدى…", "استعداد الصين لاستضافة منتدى…". */
    private void readiness(Analysis a, PhraseMatcher.Match<String> m, List<StatementExtractor.Found> said, List<Draft> out) {
        int k = m.last() + 1;
        if (k >= a.size()) return;
        Mention ready = a.mentionAt(k);
        // "استعداد الصين لـ…", and a capital for its government ("استعداد طهران لاستضافة …")
        if (ready != null && ready.first() == k && !ready.isAdjective()
                && (ready.type() == EntityType.STATE || ready.type() == EntityType.PLACE)) k = ready.last() + 1;
        if (k >= a.size()) return;
        Token t = a.token(k);
        if (!t.text().startsWith("ل") || !lex.isMasdar(t)) return;
        StatementExtractor.Found f = statementAt(said, m.first());
        if (f == null) return;
        int end = statements.clauseEnd(a, k);
        split(a, k, 1, end, f.speaker(), true, null, out);
    }

    /** "ستقدم كازاخستان في إطار رئاستها مبادرة "حول…"". */
    private void present(Analysis a, PhraseMatcher.Match<String> m, List<StatementExtractor.Found> said, List<Draft> out) {
        if (listed(a, m, out)) return;
        int end = statements.clauseEnd(a, m.last() + 1);
        for (int k = m.last() + 1; k <= Math.min(end, m.last() + 10); k++) {
            PhraseMatcher.Match<Lexicon.DocumentHead> head = lex.documentHeads.longestAt(a.text.tokens(), k);
            if (head == null || !PRESENTABLE.contains(head.value().kind())) continue;
            // "طرح 18 مبادرة لتفعيل …، أبرزها إطلاق …": many put forward, and only those the list names are known
            boolean many = head.value().plural() || k > 0 && a.token(k - 1).kind() == Token.Kind.NUMBER;
            int items = many ? afterInclusion(a, head.last() + 1, a.text.sentenceOf(k).last()) : -1;
            if (many && items < 0) continue;
            Speaker proposer = null;
            boolean stated = false;
            Mention after = a.mentionAt(m.last() + 1);
            StatementExtractor.Found f = a.inQuote(m.first()) ? quoteSpeaker(a, said, m.first()) : statementAt(said, m.first());
            if (after != null && after.first() == m.last() + 1 && !after.isAdjective()
                    && (after.type() == EntityType.STATE || after.type() == EntityType.PERSON)) {
                String state = after.type() == EntityType.STATE ? after.id() : after.state();
                Mention who = f != null && f.speaker().isPerson() ? f.speaker().entity() : after;
                proposer = new Speaker(after.first(), after.last(), who, who.labelEn(), state);
                stated = true;
            } else if (f != null) {
                proposer = f.speaker();
            }
            if (proposer == null) return;
            if (many) split(a, items, 0, statements.clauseEnd(a, items), proposer, stated, null, out);
            else out.add(new Draft(k, 0, trimEnd(a, k, end), proposer, stated, null));
            return;
        }
    }

    /**
     * "وطرح لي كه تشيانغ ثلاثة مقترحات لتعزيز التعاون:" and then one idea a line, each opened by an
     * ordinal (أولاً، ثانياً) or a dash: one proposal a line, by the
     * person or state named right after the verb. False when the sentence is not such a list.
     */
    private boolean listed(Analysis a, PhraseMatcher.Match<String> m, List<Draft> out) {
        int last = a.text.sentenceOf(m.first()).last();
        if (!a.token(last).is(":") || last + 1 >= a.size() || a.token(last + 1).kind() != Token.Kind.NEWLINE) return false;
        Mention who = a.mentionAt(m.last() + 1);
        if (who == null || who.first() != m.last() + 1 || who.isAdjective()
                || who.type() != EntityType.PERSON && who.type() != EntityType.STATE) return false;
        boolean ideas = false;
        for (int k = who.last() + 1; k < last; k++) ideas |= Lexicon.anyKey(a.token(k), lex.listedIdeas);
        if (!ideas) return false;
        String state = who.type() == EntityType.STATE ? who.id() : who.state();
        Speaker proposer = new Speaker(who.first(), who.last(), who, who.labelEn(), state);
        int before = out.size();
        int p = last + 1;
        while (p < a.size()) {
            while (p < a.size() && a.token(p).kind() == Token.Kind.NEWLINE) p++;
            if (p >= a.size()) break;
            Token open = a.token(p);
            if (!Lexicon.anyKey(open, lex.listOrdinals) && !open.is("-") && !open.is("•")) break;
            int q = p + 1;
            while (q < a.size() && (StatementExtractor.isComma(a.token(q)) || a.token(q).is(":") || a.token(q).is("-"))) q++;
            if (q >= a.size() || a.token(q).kind() != Token.Kind.WORD) break;
            int lineEnd = q;
            while (lineEnd + 1 < a.size() && a.token(lineEnd + 1).kind() != Token.Kind.NEWLINE) lineEnd++;
            int end = lineEnd;
            while (end > q && a.token(end).kind() == Token.Kind.PUNCT) end--;
            out.add(new Draft(q, 0, end, proposer, true, null));
            p = lineEnd + 1;
        }
        return out.size() > before;
    }

    /** "أقترح تبني مفهوم…" inside a quotation: the quoted speaker proposes. */
    private void firstPerson(Analysis a, PhraseMatcher.Match<String> m, List<StatementExtractor.Found> said, List<Draft> out) {
        if (!a.inQuote(m.first())) return;
        int k = m.last() + 1;
        if (k >= a.size() || !lex.isMasdar(a.token(k))) return;
        StatementExtractor.Found f = quoteSpeaker(a, said, m.first());
        if (f == null) return;
        int end = statements.clauseEnd(a, k);
        split(a, k, 0, end, f.speaker(), false, null, out);
    }

    /** "اقتراح إنشاء آلية…", "مبادرة بلادنا لإنشاء مركز…". */
    private void noun(Analysis a, PhraseMatcher.Match<String> m, List<StatementExtractor.Found> said, List<Draft> out) {
        int k = m.last() + 1;
        if (k >= a.size()) return;
        // "طرح 18 مبادرة لتفعيل …": a count of proposals, not one (those a list names are found from the verb)
        if (m.first() > 0 && a.token(m.first() - 1).kind() == Token.Kind.NUMBER) return;
        Speaker proposer = null;
        boolean stated = false;
        StatementExtractor.Found f = statementAt(said, m.first());
        Token t = a.token(k);
        String self = Lexicon.firstKey(t, lex.selfReferences);
        Mention who = a.mentionAt(k);
        if (self != null && f != null) {
            proposer = new Speaker(k, k, f.speaker().entity(), f.speaker().labelEn(), f.speaker().stateId());
            stated = true;
            k++;
        } else if (who != null && who.first() == k && !who.isAdjective()
                && (who.type() == EntityType.STATE || who.type() == EntityType.PERSON)) {
            String state = who.type() == EntityType.STATE ? who.id() : who.state();
            proposer = new Speaker(who.first(), who.last(), who, who.labelEn(), state);
            stated = true;
            k = who.last() + 1;
        } else if (who != null && who.first() == k && who.isAdjective() && who.type() == EntityType.STATE) {
            // "مبادرة روسية لإنشاء …", "المبادرة المصرية لـ…": the adjective names the proposing state
            proposer = new Speaker(who.first(), who.last(), who, who.labelEn(), who.id());
            stated = true;
            k = who.last() + 1;
        }
        if (k >= a.size()) return;
        Token action = a.token(k);
        int skip = 0;
        if (m.value().equals("noun") && lex.documentHeads.longestAt(a.text.tokens(), m.first()) != null) {
            // "مبادرة X لإنشاء": the initiative's action follows with ل
            if (!action.text().startsWith("ل") || !lex.isMasdar(action)) return;
            skip = 1;
        } else if (!lex.isMasdar(action) || action.text().startsWith("ل")) {
            return;
        }
        String status = null;
        boolean welcomed = false;
        for (int b = Math.max(0, m.first() - 3); b < m.first(); b++) {
            Token x = a.token(b);
            if (x.text().startsWith("دعم") || x.text().startsWith("لدعم") || x.text().startsWith("تاييد") || x.text().startsWith("لتاييد")) status = "supported";
            PhraseMatcher.Match<Lexicon.SpeechVerb> v = lex.speechVerbs.longestAt(a.text.tokens(), b, StatementExtractor::verbReadings);
            if (v != null && !v.value().kind().equals("proposed") && !v.value().kind().equals("called_for")) welcomed = true;
        }
        // a proposal named by its noun with no one named after it: the quoted speaker's own ("لقد بادرت
        // باقتراح منح …"), or the state or person moved to it ("دفعت مصر إلى اقتراح عقد …"), unless it is
        // someone else's that is welcomed or supported ("رحب بمقترح …", "دعم اقتراح …"); told outside a
        // quotation with no one named ("أشار بارتياح إلى … واقتراح إنشاء آلية …"), whose it is is not said
        if (proposer == null && status == null && !welcomed) {
            Mention mover = m.first() > 1 && a.token(m.first() - 1).is("الي") ? a.mentionAt(m.first() - 2) : null;
            if (mover != null && mover.last() == m.first() - 2 && !mover.isAdjective()
                    && (mover.type() == EntityType.STATE || mover.type() == EntityType.PERSON)) {
                proposer = new Speaker(mover.first(), mover.last(), mover, mover.labelEn(),
                        mover.type() == EntityType.STATE ? mover.id() : mover.state());
                stated = true;
            } else if (f != null && a.inQuote(m.first())) {
                proposer = f.speaker();
            }
        }
        int end = statements.clauseEnd(a, k);
        split(a, k, skip, end, proposer, stated, status, out);
    }

    /** One draft per coordinated action: "تنسيق … وإنشاء …", "إلى وقف …، وإلى إيصال …". */
    private void split(Analysis a, int first, int skip, int last, Speaker proposer, boolean stated, String status, List<Draft> out) {
        int start = first;
        int s = skip;
        for (int k = first + 2; k <= last; k++) {
            Token t = a.token(k);
            if (t.kind() == Token.Kind.WORD && t.text().startsWith("و") && !a.inQuote(k) && lex.isMasdar(t) && isMasdarAfterWaw(t)
                    && !(a.token(k - 1).text().startsWith("ال") && lex.isMasdar(a.token(k - 1)))) {
                out.add(new Draft(start, s, trimEnd(a, start, k - 1), proposer, stated, status));
                start = k;
                s = 1;
                k++;
            } else if ((t.is("والي") || t.is("وب")) && !a.inQuote(k) && StatementExtractor.isComma(a.token(k - 1)) && k + 1 <= last
                    && lex.isMasdar(a.token(k + 1))) {
                // "دعا إلى وقف دائم لإطلاق النار، وإلى إيصال المساعدات …": the call's preposition again, a second call
                out.add(new Draft(start, s, trimEnd(a, start, k - 1), proposer, stated, status));
                start = k + 1;
                s = 0;
                k++;
            } else if (t.kind() == Token.Kind.WORD && t.text().startsWith("و") && !t.text().startsWith("وال") && !a.inQuote(k)
                    && StatementExtractor.isComma(a.token(k - 1)) && secondObject(a, k)) {
                // "إطلاق برنامج "…"، وبرنامج "…"": a second thing of the same action, put forward on its own
                out.add(new Draft(start, s, trimEnd(a, start, k - 1), proposer, stated, status));
                start = k;
                s = 1;
            }
        }
        out.add(new Draft(start, s, trimEnd(a, start, last), proposer, stated, status));
    }

    /** An indefinite document or event after و ("وبرنامج", "ومنتدى"), the head of a second proposed thing. */
    private boolean secondObject(Analysis a, int k) {
        PhraseMatcher.Match<Lexicon.DocumentHead> head = lex.documentHeads.longestAt(a.text.tokens(), k);
        if (head != null && !head.value().plural() && PRESENTABLE.contains(head.value().kind())) return true;
        String rest = a.token(k).text().substring(1);
        return lex.proposedEvents.contains(rest);
    }

    private boolean isMasdarAfterWaw(Token t) {
        String rest = t.text().substring(1);
        return rest.length() >= 3 && (lex.masdars.contains(rest) || lex.isMasdar(new Token(0, rest, 0, rest.length(), Token.Kind.WORD, List.of(rest))));
    }

    /**
     * What is proposed ends at a comma, and before "مع" and a verbal noun; an example named after the comma
     * ("، ومنها الممر الاقتصادي …", "، بما في ذلك مجلس الأمن") belongs to it, up to the next one.
     */
    private int trimEnd(Analysis a, int first, int last) {
        int depth = 0;
        boolean example = false;
        for (int k = first; k <= last; k++) {
            Token t = a.token(k);
            if (a.text.quoteRole(k) == org.qimma.text.Text.QuoteRole.OPEN) depth++;
            if (a.text.quoteRole(k) == org.qimma.text.Text.QuoteRole.CLOSE) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            if (StatementExtractor.isComma(t) && !example && k > first + 1 && k < last
                    && lex.inclusions.longestAt(a.text.tokens(), k + 1) != null) {
                example = true;
                continue;
            }
            if (StatementExtractor.isComma(t) || t.is(".") || t.is("؛")) return k - 1;
            // "… مع مراعاة …", "… مع التأكيد على …": an adjunct of manner; "مواءمة المبادرة مع استراتيجيات …" is not
            if (k > first + 1 && t.is("مع") && k + 1 <= last && lex.isMasdar(a.token(k + 1))) return k - 1;
            // "… دون عوائق كما رحب المجلس …", "… وتوسيعه بوصفه شرطاً …": a new clause or a qualifier, comma or not
            // ("قبل" may date the action itself: "عقد اجتماع قبل القمة")
            // ("فيما بينها", "فيما يتعلق": among, concerning — inside the phrase)
            boolean within = t.is("فيما") && k + 1 <= last && (a.token(k + 1).text().startsWith("بين")
                    || a.token(k + 1).is("يتعلق") || a.token(k + 1).is("يخص"));
            if (k > first + 1 && t.kind() == Token.Kind.WORD && !t.is("قبل") && !t.is("مع") && !within && lex.clauseBoundaries.contains(t.text())) return k - 1;
        }
        while (last > first && a.token(last).kind() == Token.Kind.PUNCT) last--;
        return last;
    }

    private List<Items.Proposal> assemble(Analysis a, List<Draft> drafts, List<Items.Meeting> meetings) {
        List<Items.Proposal> out = new ArrayList<>();
        List<List<String>> alsoOf = new ArrayList<>();
        List<List<String>> ideas = new ArrayList<>(); // each proposal's idea as the words Overlap compares, made once
        List<Integer> firsts = new ArrayList<>();
        // in the order of the text, so that the first wording of an idea is its `what`
        drafts = new ArrayList<>(drafts);
        drafts.sort(java.util.Comparator.comparingInt(Draft::first));
        for (Draft d : drafts) {
            if (d.last < d.first) continue;
            // a trailing target date: "… لقمة المنظمة في عام 2024", "… بحلول القمة القادمة"
            int last = d.last;
            String target = null;
            int cut = targetCut(a, d.first + 1, last);
            if (cut > 0) {
                target = targetDate(a, cut, a.text.sentenceOf(cut).last(), meetings);
                last = cut - 1;
            }
            if (target == null) target = summitDate(a, d.first, d.last, meetings);
            while (last > d.first && (a.token(last).kind() == Token.Kind.PUNCT || closesQuoteOpenedBefore(a, d.first, last))) last--;
            String what = a.originalSkipping(d.first, d.skip, last);
            Span span = a.spanSkipping(d.first, d.skip, last);
            if (what.isBlank() || last - d.first < 1) continue;
            int same = -1;
            List<String> idea = Overlap.words(idea(a, d.first, last));
            for (int k = 0; k < out.size(); k++) {
                if (Overlap.of(ideas.get(k), idea) >= 0.6) same = k;
                // "طرح مبادرة الحوكمة العالمية داعياً إلى "بناء نظام …"": a call that follows a named
                // initiative in its sentence, by the same proposer, says what the initiative is
                else if (initiativeBefore(a, firsts.get(k), d) && sameProposer(out.get(k), d)) same = k;
            }
            if (same >= 0) {
                Items.Proposal p = out.get(same);
                alsoOf.get(same).add(what);
                if (p.targetDate() == null && target != null) {
                    out.set(same, withTarget(p, target));
                }
                continue;
            }
            Speaker s = d.proposer;
            String proposerText = s != null && d.proposerStated ? a.original(s.first(), s.last()) : null;
            Span proposerSpan = s != null && d.proposerStated ? a.span(s.first(), s.last()) : null;
            String en = s == null ? null : s.labelEn();
            String stateEn = s == null || s.stateId() == null ? null : a.kb.label(EntityType.STATE, s.stateId());
            List<String> also = new ArrayList<>();
            firsts.add(d.first);
            alsoOf.add(also);
            ideas.add(idea);
            out.add(new Items.Proposal(proposerText, en, stateEn, proposerSpan, what, null, span, also, target, d.status));
        }
        return out;
    }

    /** "إنشاء صندوق …"" inside a quotation: a closing mark at {@code last} whose opening mark is before {@code first}. */
    private static boolean closesQuoteOpenedBefore(Analysis a, int first, int last) {
        if (a.text.quoteRole(last) != org.qimma.text.Text.QuoteRole.CLOSE) return false;
        for (int k = first; k < last; k++) if (a.text.quoteRole(k) == org.qimma.text.Text.QuoteRole.OPEN) return false;
        return true;
    }

    /** True when a presented initiative or plan starts at {@code first} earlier in the sentence of {@code d}. */
    private boolean initiativeBefore(Analysis a, int first, Draft d) {
        if (first >= d.first || a.text.sentenceOf(first).index() != a.text.sentenceOf(d.first).index()) return false;
        int k = first;
        while (k < d.first && a.token(k).kind() != Token.Kind.WORD) k++;
        PhraseMatcher.Match<Lexicon.DocumentHead> head = lex.documentHeads.longestAt(a.text.tokens(), k);
        return head != null && !head.value().plural() && head.value().kind().equals("initiative");
    }

    private static boolean sameProposer(Items.Proposal p, Draft d) {
        return d.proposer != null && p.proposerEn() != null && p.proposerEn().equals(d.proposer.labelEn());
    }

    /** The words of a proposal that carry its idea: without the organisation's name, which every proposal shares. */
    private static String idea(Analysis a, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Mention m = a.mentionAt(k);
            if (m != null && (m.type() == EntityType.ORGANISATION || m.type() == EntityType.BODY)) continue;
            b.append(a.token(k).text()).append(' ');
        }
        return b.toString();
    }

    private static Items.Proposal withTarget(Items.Proposal p, String target) {
        return new Items.Proposal(p.proposer(), p.proposerEn(), p.proposerStateEn(), p.proposerSpan(), p.what(), p.whatEn(),
                p.span(), p.also(), target, p.status());
    }

    /** Where a trailing target phrase begins, or -1. */
    private int targetCut(Analysis a, int from, int last) {
        for (int k = from; k <= last; k++) {
            Token t = a.token(k);
            boolean marker = t.is("بحلول") || t.is("قبل") || t.is("حتي") && a.periodAt(k) == null;
            boolean summitFor = t.kind() == Token.Kind.WORD && (t.text().equals("لقمه") || t.text().equals("للقمه"));
            if (marker || summitFor) {
                for (int q = k + 1; q <= Math.min(a.size() - 1, k + 8); q++) {
                    if (a.dateAt(q) != null || isSummit(a.token(q))) return k;
                }
            }
            if (t.is("في") && k + 1 <= last && a.dateAt(k + 1) != null) return k;
            // a date right in the phrase ("إجراء انتخابات العام المقبل"), or a condition ("إذا توفرت")
            if (a.dateAt(k) != null && a.dateAt(k).first() == k && a.periodAt(k) == null && k >= from + 2) return k;
            if (t.is("اذا") || t.is("شريطه") || t.is("شرط")) return k;
        }
        return -1;
    }

    private static boolean isSummit(Token t) {
        return t.hasKey("قمه") || t.hasKey("القمه");
    }

    /** The date in a target phrase, or the next summit's date when it names "the next summit". */
    private String targetDate(Analysis a, int from, int to, List<Items.Meeting> meetings) {
        for (DateMention d : a.dates) if (d.first() >= from && d.first() <= to) return d.value();
        return summitDate(a, from, to, meetings);
    }

    private String summitDate(Analysis a, int from, int to, List<Items.Meeting> meetings) {
        for (int k = from; k <= to && k < a.size(); k++) {
            if (isSummit(a.token(k)) && k + 1 < a.size() && (a.token(k + 1).hasKey("القادمه") || a.token(k + 1).hasKey("المقبله"))) {
                // the date the text states for that summit, else the planned meeting's
                NextMeetings.NextMeeting next = NextMeetings.standard().at(a.text, a.dates, k);
                if (next != null && next.date() != null) return next.date().value();
                for (Items.Meeting m : meetings) if ("planned".equals(m.status()) && m.date() != null) return m.date();
            }
        }
        return null;
    }

    private static StatementExtractor.Found statementAt(List<StatementExtractor.Found> said, int token) {
        StatementExtractor.Found best = null;
        for (StatementExtractor.Found f : said) {
            if (f.verb() <= token && token <= f.contentLast() + 1) best = f;
        }
        return best;
    }

    /** The speaker of the quotation that holds {@code token}: the last statement before it in its paragraph. */
    private static StatementExtractor.Found quoteSpeaker(Analysis a, List<StatementExtractor.Found> said, int token) {
        int para = a.text.paragraphOf(token).index();
        StatementExtractor.Found best = null;
        for (StatementExtractor.Found f : said) {
            if (f.verb() < token && a.text.paragraphOf(f.verb()).index() == para) best = f;
        }
        return best;
    }
}
