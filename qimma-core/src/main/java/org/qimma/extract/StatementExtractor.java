package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.Entities;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Segment;
import org.qimma.text.Text;
import org.qimma.text.Token;
import org.qimma.text.WordMemo;

/**
 * Reported speech: a verb of saying ({@code speech-verbs.tsv}) with its speaker and the content
 * it governs — a quotation (its first sentence) or the clause after أن/إن/إلى/على/عن, up to the
 * end of the clause. A verb with no speaker of its own speaks for the last speaker; a participle
 * (قائلاً، مشيراً) for the speaker of its sentence; "وفقاً لـ X،" gives X the clause that follows.
 */
public final class StatementExtractor {

    /** A statement with the token positions the other extractors need. */
    public record Found(Items.Statement statement, Speaker speaker, int verb, int contentFirst, int contentLast,
                        boolean quoted, String kind) {}

    private final Lexicon lex;

    public StatementExtractor(Lexicon lex) {
        this.lex = lex;
    }

    public List<Found> extract(Analysis a) {
        List<Found> out = new ArrayList<>();
        Text text = a.text;
        Speaker current = null;
        int currentParagraph = -1;
        int lastSentence = -1;
        for (int i = 0; i < a.size(); i++) {
            Token t = a.token(i);
            if (t.kind() != Token.Kind.WORD || !a.inBody(i) || a.inTitle(i)) continue;
            int sentence = a.text.sentenceOf(i).index();
            if (sentence != lastSentence) {
                // a sentence whose subject is a person ("ترأس الرئيس X الاجتماع") makes that person the one
                // a following "وأكد أن" speaks for
                lastSentence = sentence;
                Speaker subject = sentenceSubject(a, i);
                if (subject != null) {
                    current = subject;
                    currentParagraph = a.text.paragraphOf(i).index();
                }
            }
            // few words start a verb of saying: a bit test for both lexicons before any match is tried
            if (!lex.speechVerbs.mayStartAt(text, i) && !lex.openingVerbs.mayStartAt(text, i)) continue;
            PhraseMatcher.Match<Lexicon.SpeechVerb> m = lex.speechVerbs.longestAt(text.tokens(), i, StatementExtractor::verbReadings);
            if (m == null && a.token(i).text().startsWith("ل")) {
                // "وعاد الرئيس ليؤكد أن": a verb of saying with the ل of purpose, after عاد and its subject
                m = lex.speechVerbs.longestAt(text.tokens(), i, StatementExtractor::afterLam);
                if (m != null && frontedSubject(a, i, current) == null) m = null;
            }
            // "واستهل الوزير كلمته بالتأكيد على أن": a verb that opens a speech, then a verbal noun of saying
            if (m == null) m = lex.openingVerbs.longestAt(text.tokens(), i, StatementExtractor::verbReadings);
            if (m == null) continue;
            Lexicon.SpeechVerb verb = m.value();
            if (verb.inSpeechOnly() && !namesSpeech(a, a.text.sentenceOf(i))) continue;
            int para = text.paragraphOf(i).index();
            if (current != null && para - currentParagraph > 2) current = null;
            if (a.inQuote(i)) {
                // a new sentence that opens with a verb of saying and a named speaker ends an outer quote left open
                if (!startsSentence(a, i) || speakerAfter(a, m.last() + 1) == null) continue;
                a.closeQuoteFrom(i);
            }
            Found f = switch (verb.frame()) {
                case "verb", "describe" -> finite(a, i, m.last(), verb, current, out);
                case "participle", "describing" -> participle(a, i, m.last(), verb, current, out);
                case "according" -> according(a, i, m.last(), verb);
                case "relay" -> relay(a, i, m.last(), verb);
                case "opening" -> opening(a, i, m.last(), verb, current);
                default -> null;
            };
            if (f == null) continue;
            out.add(f);
            current = f.speaker();
            currentParagraph = para;
            i = Math.max(i, m.last());
        }
        return out;
    }

    /**
     * "واستهل جايشانكار كلمته الافتتاحية بالتحذير من أن «…»", "قد افتتح الأعمال بالقول إنه …": a verb that
     * opens or closes a speech, its speaker (or the last one, when none is named and the verb may go
     * without), what was opened, then ب and a verbal noun of saying (speech-masdars.tsv), which gives
     * the kind; what was said follows it. Without such a noun it is no statement ("افتتح الرئيس القمة").
     */
    private Found opening(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb, Speaker current) {
        int sentenceEnd = a.text.sentenceOf(verbFirst).last();
        Speaker sp = speakerAfter(a, verbLast + 1);
        int from = sp != null ? sp.last() + 1 : verbLast + 1;
        if (sp == null) {
            // "وكان الرئيس … قد افتتح الأعمال بالقول": the subject between كان and قد; else the last speaker
            int kana = kanaQad(a, verbFirst);
            if (kana >= 0) sp = subjectBetween(a, kana + 1, verbFirst - 2);
            else if (!verb.subjectRequired()) sp = current;
            if (sp == null) return null;
        }
        for (int k = from; k <= sentenceEnd && k <= from + 5; k++) {
            Token t = a.token(k);
            if (t.kind() != Token.Kind.WORD || isComma(t)) return null;
            if (!t.text().startsWith("ب")) continue;
            String kind = lex.speechMasdars.get(t.text().substring(1));
            if (kind == null) continue;
            // "بالتحذير من أن …", "بالتأكيد على أن …": what was said after the complementizer
            int c = k + 1;
            if (c + 1 <= sentenceEnd && (a.token(c).is("من") || a.token(c).is("علي")) && isComplementizer(a.token(c + 1))) c++;
            return build(a, verbFirst, sp, c, kind, false);
        }
        return null;
    }

    /** The person named among the first words of the sentence that starts at {@code first}, if any. */
    private Speaker sentenceSubject(Analysis a, int first) {
        if (a.inQuote(first)) return null;
        int end = Math.min(a.text.sentenceOf(first).last(), first + 3);
        for (int k = first + 1; k <= end; k++) {
            // "وشكر سموه أمير قطر": the pronoun is the subject, the person named after it the object
            if (Lexicon.anyKey(a.token(k), lex.honorificPronouns)) return null;
            Mention m = a.mentionAt(k);
            if (m == null) continue;
            if (m.type() == EntityType.PERSON && m.id() != null && m.first() == k) {
                Speaker sp = speakerAfter(a, k);
                return sp != null ? sp : speaker(a, m.first(), m.last(), m);
            }
            return null;
        }
        return null;
    }

    /**
     * Verbs take و or ف before them, never the article or a preposition. Asked at many words of
     * every article, by several lexicons: worked out once per word ({@link WordMemo}).
     */
    static List<String> verbReadings(Token t) {
        return VERB_READINGS.get(t);
    }

    private static final WordMemo<List<String>> VERB_READINGS = new WordMemo<>(StatementExtractor::workOutVerbReadings);
    private static final WordMemo<List<String>> AFTER_LAM = new WordMemo<>(StatementExtractor::workOutAfterLam);
    private static final WordMemo<List<String>> AFTER_WAW = new WordMemo<>(StatementExtractor::workOutAfterWaw);

    private static List<String> workOutVerbReadings(Token t) {
        List<String> out = new ArrayList<>(3);
        for (String k : t.keys()) {
            String p = t.prefixFor(k);
            if (p != null && (p.isEmpty() || p.equals("و") || p.equals("ف"))) out.add(k);
        }
        return List.copyOf(out); // shared by every token of the word
    }

    /** Readings of a word that begins with the ل of purpose ("ليؤكد"), without it. */
    static List<String> afterLam(Token t) {
        return AFTER_LAM.get(t);
    }

    private static List<String> workOutAfterLam(Token t) {
        List<String> out = new ArrayList<>(2);
        for (String k : t.keys()) {
            if ("ل".equals(t.prefixFor(k))) out.add(k);
        }
        return List.copyOf(out); // shared by every token of the word
    }

    /** Readings of a word that begins with the conjunction و or ف, without it. */
    static List<String> afterWaw(Token t) {
        return AFTER_WAW.get(t);
    }

    private static List<String> workOutAfterWaw(Token t) {
        List<String> out = new ArrayList<>(2);
        for (String k : t.keys()) {
            String p = t.prefixFor(k);
            if (p != null && (p.equals("و") || p.equals("ف"))) out.add(k);
        }
        return List.copyOf(out); // shared by every token of the word
    }

    private static boolean startsSentence(Analysis a, int i) {
        int first = a.text.sentenceOf(i).first();
        return i == first || i == first + 1 && a.token(first).kind() != Token.Kind.WORD;
    }

    private Found finite(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb, Speaker current, List<Found> before) {
        int p = pastInvocation(a, verbLast + 1);
        // "يُذكر أن", "وكان قد": the writer's background, not a statement
        if (lex.backgroundMarkers.longestAt(a.text.tokens(), verbFirst) != null) return null;
        String kind = verb.kind();
        boolean describe = verb.frame().equals("describe");
        // "إعلان الصخير الذي شدد على …": a relative clause speaks for its antecedent, or for no one we can name
        if (verbFirst > 0 && Lexicon.anyKey(a.token(verbFirst - 1), lex.relativePronouns)) {
            // "«إعلان الجزائر»، الذي أكد فيه القادة العرب …": the document is where they said it; the
            // speaker is the subject after فيه
            if (p + 1 < a.size() && (a.token(p).is("فيه") || a.token(p).is("فيها"))) {
                Speaker inside = speakerAfter(a, p + 1);
                if (inside != null) return build(a, verbFirst, inside, inside.last() + 1, kind, false);
                // "وأقر المجلس «القرار الخاص بـ…»، الذي أعرب فيه عن قلقه …": no one named after فيه, the one
                // who adopted the document speaks in it
                Speaker adopter = documentTitledBefore(a, verbFirst - 2) ? openingSubject(a, verbFirst) : null;
                if (adopter != null && !adopter.isPerson()) return build(a, verbFirst, adopter, p + 1, kind, false);
            }
            Speaker ante = antecedent(a, verbFirst - 2);
            if (ante == null && current != null && p < a.size() && isComplementizer(a.token(p))
                    && (a.token(p).text().endsWith("ه") || a.token(p).text().endsWith("ها"))) {
                // "حصيلة رئاسته، التي قال إنها جرت …": an antecedent that cannot speak is what is spoken of,
                // taken up by the pronoun on إن; the speaker goes on
                return build(a, verbFirst, current, p, kind, false);
            }
            if (ante == null) return null;
            return build(a, verbFirst, ante, p, kind, false);
        }
        if (p < a.size() && Lexicon.anyKey(a.token(p), lex.honorificPronouns)) {
            // "وشكر سموه": the last speaker when it is a person, else the last person named with that
            // courtesy (سمو، جلالة، فخامة)
            Speaker ref = current != null && current.isPerson() ? current : honoured(a, p);
            if (ref == null) ref = current;
            if (ref == null) return null;
            return build(a, verbFirst, ref, p + 1, kind, false);
        }
        Speaker fronted = frontedSubject(a, verbFirst, current);
        if (fronted != null) return build(a, verbFirst, fronted, p, kind, false);
        Speaker sp = speakerAfter(a, p);
        if (sp != null && verb.transitive() && isInvitation(a, sp.last() + 1) && current != null) {
            // "دعا قادة الدول للمشاركة": the noun is the one invited; the speaker is the last one
            return build(a, verbFirst, current, p, "invited", true);
        }
        if (sp != null && verb.transitive() && kind.equals("called_for") && !sp.isPerson() && continuesClause(a, verbFirst, before)
                && calledToDo(a, sp.last() + 1)) {
            // "وأكد البيان …، ودعا مجلس الأمن إلى …": in a clause joined to the last statement, the body after
            // دعا is the one called on, not a new speaker
            return build(a, verbFirst, before.get(before.size() - 1).speaker(), p, kind, false);
        }
        if (sp != null && (sp.isPerson() || sp.entity().type() == EntityType.STATE) && (kind.equals("congratulated") || kind.equals("thanked"))
                && reasonFollows(a, sp.last() + 1)) {
            // "وهنأ الرئيس X نظيره …، كما هنأ الرئيس علييف باستعادة …", "كما اعتمد المجلس …، وهنأ المملكة
            // العربية السعودية بفوزها …": the one named after the verb, with what for right after, is the one
            // congratulated; the subject goes on from the clause before
            if (continuesClause(a, verbFirst, before)) return build(a, verbFirst, before.get(before.size() - 1).speaker(), p, kind, false);
            Speaker subject = joinedAfterComma(a, verbFirst) ? openingSubject(a, verbFirst) : null;
            if (subject != null && !subject.entity().id().equals(sp.entity().id())) return build(a, verbFirst, subject, p, kind, false);
        }
        if (sp != null && !sp.isPerson() && verb.transitive() && kind.equals("called_for") && verbFirst > 0
                && lex.sameSubjectParticles.contains(a.token(verbFirst - 1).text()) && addresseeThenTo(a, sp.last() + 1)) {
            // "…، حيث دعا القادة العرب إلى دعم …": the ones called on; the main clause's subject calls
            Speaker main = firstPersonInSentence(a, verbFirst);
            if (main != null) return build(a, verbFirst, main, p, kind, false);
        }
        if (sp == null && verbFirst > 0 && lex.sameSubjectParticles.contains(a.token(verbFirst - 1).text())) {
            // "وطرح رئيس أوزبكستان جملة من المبادرات، إذ اقترح إعداد …": the main clause's subject goes on
            Speaker main = firstPersonInSentence(a, verbFirst);
            if (main != null) return build(a, verbFirst, main, p, kind, false);
        }
        if (sp == null) {
            // "وكانت المتحدثة … قد وصفت": the subject between كان and قد, or no one we can name
            int kana = kanaQad(a, verbFirst);
            if (kana >= 0) {
                sp = subjectBetween(a, kana + 1, verbFirst - 2);
                return sp == null ? null : build(a, verbFirst, sp, p, kind, false);
            }
            sp = speakerBefore(a, verbFirst);
            if (sp == null && p + 1 < a.size() && (a.token(p).is("فيها") || a.token(p).is("فيه") || a.token(p).is("خلالها"))) {
                // "وألقى الرئيس X كلمة في الجلسة، أكد فيها أن …": the one who gave the speech the verb is in
                Speaker giver = firstPersonInSentence(a, verbFirst);
                if (giver != null) return build(a, verbFirst, giver, p + 1, kind, false);
            }
            if (sp == null && continuesClause(a, verbFirst, before) && (colonQuoteAhead(a, p) || opensJoinedContent(a, p))) {
                // "ورحب الرئيس بالقرار، وكتب عبر حساباته الرسمية: «…»", "«إعلان بغداد» الذي أكد رفض …، ودعا
                // المجتمع الدولي إلى …": a second verb of the same speaker
                Speaker same = before.get(before.size() - 1).speaker();
                if (verb.transitive() && kind.equals("called_for") && isInvitationAt(a, p)) kind = "invited";
                return build(a, verbFirst, same, p, kind, false);
            }
            if (sp == null) {
                // "رأى أن": a verb that needs a named subject may speak for the last speaker when أن follows
                if (current == null || verb.subjectRequired() && !(p < a.size() && isComplementizer(a.token(p))) && !complementizerAfterPlace(a, p)) return null;
                // a subject we cannot name ("مصدر مطلع", "البيان الختامي") is not the last speaker
                if (!opensContent(a, p) && !complementizerAfterPlace(a, p)) return null;
                // "مشاريع قرارات تطالب بـ…": a verb right after a noun describes that noun
                if (describesNounBefore(a, verbFirst)) return null;
                sp = current;
            } else {
                return build(a, verbFirst, sp, p, kind, false);
            }
            if (verb.transitive() && kind.equals("called_for") && isInvitationAt(a, p)) kind = "invited";
            return build(a, verbFirst, sp, p, kind, false);
        }
        if (describe) {
            // "وصف الرئيس التوسع بأنه "تاريخي"": the thing described and what it is called
            int end = clauseEnd(a, sp.last() + 1);
            return end <= sp.last() ? null : found(a, verbFirst, sp, sp.last() + 1, end, kind, false);
        }
        return build(a, verbFirst, sp, sp.last() + 1, kind, false);
    }

    /** Past a short aside in parentheses right at {@code k} ("(58 عاماً)"); else {@code k}. */
    private static int pastParentheses(Analysis a, int k, int sentenceEnd) {
        if (k > sentenceEnd || !a.token(k).is("(")) return k;
        for (int c = k + 1; c <= Math.min(sentenceEnd, k + 8); c++) {
            if (a.token(c).is(")")) return c + 1;
        }
        return k;
    }

    /** True when a word of the sentence names a speech or a talk (speech-nouns.tsv: كلمته، خطاب، مداخلة). */
    private boolean namesSpeech(Analysis a, Segment s) {
        for (int k = s.first(); k <= s.last(); k++) {
            if (a.token(k).kind() == Token.Kind.WORD && Lexicon.anyKey(a.token(k), lex.speechNouns)) return true;
        }
        return false;
    }

    /**
     * True when the verb at {@code verb} follows a noun directly, without و/ف, a comma or a particle: an
     * adjectival clause of an indefinite noun ("قرارات تطالب بوقف …"), whose subject is that noun.
     */
    private boolean describesNounBefore(Analysis a, int verb) {
        if (verb == 0 || !afterWaw(a.token(verb)).isEmpty()) return false;
        int sentenceFirst = a.text.sentenceOf(verb).first();
        if (verb <= sentenceFirst) return false;
        Token before = a.token(verb - 1);
        if (before.kind() != Token.Kind.WORD || isComplementizer(before)) return false;
        if (Lexicon.anyKey(before, lex.clauseBoundaries) || lex.clauseBoundaries.contains(before.text())) return false;
        if (before.is("قد") || before.is("ثم") || before.is("كما") || before.is("وقد") || before.is("كذلك")) return false;
        if (Lexicon.firstKey(before, lex.selfReferences) != null) return false; // "أن بلاده تقترح": the subject
        Mention m = a.mentionAt(verb - 1);
        return m == null;
    }

    /** A document's title in quotation marks ends right before the comma at {@code k} («القرار الخاص بـ…»،). */
    private boolean documentTitledBefore(Analysis a, int k) {
        if (k < 2 || !isComma(a.token(k)) || a.text.quoteRole(k - 1) != Text.QuoteRole.CLOSE) return false;
        for (int q = k - 2; q >= Math.max(0, k - 20); q--) {
            if (a.text.quoteRole(q) == Text.QuoteRole.OPEN) return lex.documentHeads.longestAt(a.text.tokens(), q + 1) != null;
        }
        return false;
    }

    /** The speaker a relative clause refers back to: the document, body or person ending at {@code k}. */
    private Speaker antecedent(Analysis a, int k) {
        if (k >= 0 && isComma(a.token(k))) k--;
        int end = k; // "بتبني "إعلان غوا" الذي دان …": the document's name may end with its closing mark
        if (k >= 0 && a.token(k).kind() == Token.Kind.QUOTE) k--;
        if (k < 0) return null;
        for (int s = k; s >= Math.max(0, k - 8); s--) {
            Speaker doc = documentAt(a, s, false);
            if (doc != null && doc.last() >= k - 1 && doc.last() <= end) return doc;
        }
        // "«إعلان ريو دي جانيرو» المؤلف من 126 بنداً، الذي أدان …": a definite adjective phrase between the
        // document and the relative pronoun, naming no one
        for (int s = k - 2; s >= Math.max(0, k - 14); s--) {
            Speaker doc = documentAt(a, s, false);
            if (doc == null || doc.last() >= k - 1 || doc.last() < k - 6) continue;
            if (adjectivePhraseBetween(a, doc.last() + 1, k)) return doc;
            break;
        }
        // a person or a state; an organisation there usually ends a longer name ("بيان رئاسة … دول بريكس")
        Mention m = a.mentionAt(k);
        if (m != null && m.last() == k && canSpeak(m) && (m.type() == EntityType.PERSON || m.type() == EntityType.STATE)) {
            return speaker(a, m.first(), m.last(), m);
        }
        return null;
    }

    /** Tokens {@code [from, to]} are words with no verbal noun, relative pronoun, comma or quotation: whom a call is made to. */
    private boolean addresseeOnly(Analysis a, int from, int to) {
        for (int q = from; q <= to; q++) {
            Token t = a.token(q);
            // (a definite verbal noun there names who is called on: "الإدارة الأمريكية")
            if (t.kind() != Token.Kind.WORD || lex.isMasdar(t) && !t.text().startsWith("ال") || Lexicon.anyKey(t, lex.relativePronouns)) return false;
        }
        return true;
    }

    /** Tokens {@code [from, to]} open with a definite word and name no one, with no comma: an adjective phrase. */
    private static boolean adjectivePhraseBetween(Analysis a, int from, int to) {
        if (from <= to && a.token(from).kind() == Token.Kind.QUOTE) from++; // the title's closing mark
        if (from > to || a.token(from).kind() != Token.Kind.WORD || !a.token(from).text().startsWith("ال")) return false;
        for (int q = from; q <= to; q++) if (a.mentionAt(q) != null || isComma(a.token(q))) return false;
        return true;
    }

    /** True when the verb at {@code verb} opens a clause joined ("، و…") to the last statement's sentence. */
    private static boolean continuesClause(Analysis a, int verb, List<Found> before) {
        if (before.isEmpty()) return false;
        Found last = before.get(before.size() - 1);
        if (a.text.sentenceOf(last.verb()).index() != a.text.sentenceOf(verb).index()) return false;
        if (afterWaw(a.token(verb)).size() > 0 && verb > 0 && isComma(a.token(verb - 1))) return true;
        // "…، كما هنأ الرئيس علييف باستعادة …", "…، ثم تطرق إلى …": كما or ثم after a comma goes on with the same subject
        return verb > 1 && (a.token(verb - 1).is("كما") || a.token(verb - 1).is("ثم")) && isComma(a.token(verb - 2));
    }

    /** "…، وهنأ": the verb carries و and follows a comma. */
    private static boolean joinedAfterComma(Analysis a, int verb) {
        return verb > 0 && isComma(a.token(verb - 1)) && !afterWaw(a.token(verb)).isEmpty();
    }

    /** The one named among the first words of the sentence of {@code verb}, before it ("كما اعتمد المجلس …"). */
    private Speaker openingSubject(Analysis a, int verb) {
        int first = a.text.sentenceOf(verb).first();
        for (int k = first; k <= Math.min(verb - 1, first + 3); k++) {
            Mention m = a.mentionAt(k);
            if (m == null || a.inQuote(k)) continue;
            return m.first() == k && m.id() != null && canSpeak(m) ? speaker(a, m.first(), m.last(), m) : null;
        }
        return null;
    }

    /** "الرئيس علييف باستعادة …", "نظيره على …": the one congratulated or thanked, then what for (بـ، على). */
    private static boolean reasonFollows(Analysis a, int p) {
        if (p >= a.size()) return false;
        Token t = a.token(p);
        return t.is("علي") || t.is("ب") || t.kind() == Token.Kind.WORD && t.text().startsWith("ب") && t.text().length() > 3;
    }

    /**
     * Past asides between commas right at {@code k} that open with a word of time or place
     * (adjunct-openers.tsv): "وأدان المجلس الأعلى، في البيان الختامي الذي تلاه الأمين العام، العدوان …",
     * "وكان ويدودو قد دان، في افتتاح القمة، الهجوم …". Else {@code k}.
     */
    private int pastAsides(Analysis a, int k, int sentenceEnd) {
        while (k + 2 <= sentenceEnd && isComma(a.token(k)) && lex.adjunctOpeners.contains(a.token(k + 1).text())) {
            int close = -1;
            for (int c = k + 2; c <= sentenceEnd && c <= k + 16; c++) {
                Token t = a.token(c);
                if (t.kind() == Token.Kind.QUOTE || t.is(":") || isComplementizer(t)) break;
                if (isComma(t)) {
                    close = c;
                    break;
                }
            }
            if (close < 0 || close + 1 > sentenceEnd) return k;
            k = close + 1;
        }
        return k;
    }

    /** Past an invocation between dashes right at {@code k} ("وأكد - رعاه الله - أن"), else {@code k}. */
    private static int pastInvocation(Analysis a, int k) {
        if (k >= a.size() || !a.token(k).is("-")) return k;
        int end = Math.min(a.text.sentenceOf(k).last(), k + 5);
        for (int d = k + 1; d <= end; d++) if (a.token(d).is("-")) return d + 1;
        return k;
    }

    /** A colon and an opening quotation mark within the next few words of the clause ("عبر حساباته: «"). */
    private static boolean colonQuoteAhead(Analysis a, int p) {
        int end = Math.min(a.text.sentenceOf(Math.min(p, a.size() - 1)).last(), p + 12);
        for (int c = p; c < end; c++) {
            if (isComma(a.token(c))) return false;
            if (a.token(c).is(":") && a.text.quoteRole(c + 1) == Text.QuoteRole.OPEN) return true;
        }
        return false;
    }

    /** "مجلس الأمن إلى …": the noun is followed by إلى (or ل) and what it is called on to do. */
    private static boolean addresseeThenTo(Analysis a, int p) {
        return p < a.size() && (a.token(p).is("الي") || a.token(p).is("ل"));
    }

    /**
     * What one is called on to do, right after the one called on: إلى or ل, على ("حث الدول على …"), or a
     * verbal noun, a definite noun or a quotation ("ناشد الدول الأعضاء التحلي بـ…", "ناشد نظراءه «عدم
     * الانجرار …»").
     */
    private boolean calledToDo(Analysis a, int p) {
        if (p >= a.size()) return false;
        Token t = a.token(p);
        // (a definite noun right after the ones called on is the action: "التحلي", "الوفاء")
        return addresseeThenTo(a, p) || t.is("علي") || a.text.quoteRole(p) == Text.QuoteRole.OPEN || lex.isMasdar(t)
                || t.kind() == Token.Kind.WORD && t.text().startsWith("ال");
    }

    /** The position of كان/كانت when the verb at {@code verb} is the verb of "كان X قد …", else -1. */
    private static int kanaQad(Analysis a, int verb) {
        if (verb < 2 || !a.token(verb - 1).is("قد")) return -1;
        int first = a.text.sentenceOf(verb).first();
        for (int k = verb - 2; k >= Math.max(first, verb - 12); k--) {
            Token t = a.token(k);
            if (t.hasKey("كان") || t.hasKey("كانت") || t.hasKey("كانوا")) return k;
        }
        return -1;
    }

    /** The first speaker named in tokens {@code [from, to]}. */
    private Speaker subjectBetween(Analysis a, int from, int to) {
        // the subject is the first thing named after كان: a title we do not know is no one we can name
        if (from > to) return null;
        Speaker sp = speakerAfter(a, from);
        return sp != null && sp.last() <= to ? sp : null;
    }

    /** A participle speaks for the subject of its sentence (its first person), or for the last speaker. */
    private Found participle(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb, Speaker current, List<Found> before) {
        // "سيلتقون مجدداً في الرياض": a participle before في and a place says where, not what (an adverb: again)
        if (verbLast + 2 < a.size() && a.token(verbLast + 1).is("في")) {
            Mention place = a.mentionAt(verbLast + 2);
            if (place != null && place.first() == verbLast + 2 && (place.type() == EntityType.PLACE || place.type() == EntityType.STATE)) return null;
        }
        // "غابت أرمينيا مجدداً عن الاجتماع": a participle that is also an adverb, before a preposition
        if (verbLast + 1 < a.size() && lex.adverbialParticiples.contains(a.token(verbFirst).text())
                && lex.prepositions.contains(a.token(verbLast + 1).text())) return null;
        // "تصريحات لافتة", "كلمة وداعية", "إجراءات أمنية مشددة": a feminine participle right after an
        // indefinite feminine noun agrees with it, an adjective
        if (verbFirst > 0 && agreesWithNounBefore(a, verbFirst)) return null;
        Speaker sp = current;
        int first = a.text.sentenceOf(verbFirst).first();
        // "وقال المتحدث …، مشيراً": the last verb of saying before it has a speaker we could not name,
        // and no one is named between
        for (int k = verbFirst - 1; k >= first; k--) {
            Mention between = a.mentionAt(k);
            if (between != null && between.type() == EntityType.PERSON && between.id() != null && !a.inQuote(k)) break;
            if (a.inQuote(k)) continue;
            PhraseMatcher.Match<Lexicon.SpeechVerb> v = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
            if (v == null || v.value().participle() || v.value().frame().equals("according")) continue;
            if (v.value().inSpeechOnly() && !namesSpeech(a, a.text.sentenceOf(k))) continue; // "أن المجلس استعرض …": a topic, no saying
            final int at = k;
            if (before.stream().noneMatch(f -> f.verb() == at)) return null;
            break;
        }
        Found main = mainStatement(first, verbFirst, before);
        if (main != null && !a.inQuote(main.verb())) {
            // "وشكر سموه أمير قطر على …، منوهاً بـ…": a participle of state describes the subject of the
            // sentence's verb of saying, not the first person named (here the one thanked)
            return participleContent(a, verbFirst, verbLast, verb, main.speaker());
        }
        boolean personNamed = false;
        for (int k = first; k < verbFirst; k++) {
            Mention m = a.mentionAt(k);
            if (m != null && m.type() == EntityType.PERSON && m.id() != null && !a.inQuote(k)) {
                if (current == null || !current.entity().id().equals(m.id())) {
                    sp = speakerAfter(a, m.first());
                    if (sp == null) sp = speaker(a, m.first(), m.last(), m);
                }
                personNamed = true;
                break;
            }
        }
        if (!personNamed && first + 1 < verbFirst && !a.inQuote(first)) {
            // "وردت وزارة الشؤون الخارجية الهندية برفض …، مؤكدة أن …": no person in the sentence, an institution
            // or a document the subject of its opening verb
            Speaker opening = speakerAfter(a, first + 1);
            if (opening != null && !opening.isPerson() && opening.last() < verbFirst) sp = opening;
        }
        if (sp == null) return null;
        return participleContent(a, verbFirst, verbLast, verb, sp);
    }

    /** What the participle at {@code [verbFirst, verbLast]} says, spoken by {@code sp}. */
    private Found participleContent(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb, Speaker sp) {
        if (verb.frame().equals("describing")) {
            // "واصفاً "بيان العلا" بأنه "إنجاز تاريخي"": the thing described and what it is called
            int end = clauseEnd(a, verbLast + 1);
            return end <= verbLast ? null : found(a, verbFirst, sp, verbLast + 1, end, verb.kind(), false);
        }
        return build(a, verbFirst, sp, verbLast + 1, verb.kind(), false);
    }

    /** The participle at {@code verb} is feminine and indefinite, like the indefinite feminine noun right before it. */
    private static boolean agreesWithNounBefore(Analysis a, int verb) {
        Token prev = a.token(verb - 1), v = a.token(verb);
        if (prev.kind() != Token.Kind.WORD || a.mentionAt(verb - 1) != null || !v.text().endsWith("ه")) return false;
        String p = prev.text();
        boolean definite = p.startsWith("ال") || p.startsWith("وال") || p.startsWith("بال") || p.startsWith("لل");
        return !definite && (p.endsWith("ه") || p.endsWith("ات"));
    }

    /**
     * The last statement of the sentence begun at {@code first} whose verb comes before {@code verb}
     * and is not within what an earlier one says ("أوضح لافروف أن روسيا تقترح …": أوضح, not تقترح).
     */
    private static Found mainStatement(int first, int verb, List<Found> before) {
        Found main = null;
        for (Found f : before) {
            if (f.verb() < first || f.verb() >= verb) continue;
            if (main != null && f.verb() >= main.contentFirst() && f.verb() <= main.contentLast()) continue;
            main = f;
        }
        return main;
    }

    /** "وفقاً للرئيس الكازاخستاني، فإن ...": the speaker after ل, the content after the comma. */
    private Found according(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb) {
        int p = verbLast + 1;
        if (p < a.size() && a.token(p).is("ل")) p++;
        Speaker sp = speakerAfter(a, p);
        if (sp == null) return null;
        int k = sp.last() + 1;
        if (k >= a.size() || !isComma(a.token(k))) return null;
        int start = k + 1;
        int end = clauseEnd(a, start);
        if (end < start) return null;
        return found(a, verbFirst, sp, start, end, verb.kind(), false);
    }

    /**
     * "نقلت وكالة بيلتا عن الرئيس لوكاشينكو، الذي …، قوله إن …": the one quoted is the speaker named
     * after عن; the content follows the word of his saying ({@code relay-words.tsv}: قوله، تأكيده …).
     */
    private Found relay(Analysis a, int verbFirst, int verbLast, Lexicon.SpeechVerb verb) {
        int end = a.text.sentenceOf(verbFirst).last();
        int from = -1;
        for (int k = verbLast + 1; k <= Math.min(end, verbLast + 8); k++) {
            if (a.token(k).is("عن")) {
                from = k + 1;
                break;
            }
        }
        if (from < 0) return null;
        Speaker sp = speakerAfter(a, from);
        if (sp == null) return null;
        for (int k = sp.last() + 1; k <= Math.min(end, sp.last() + 24); k++) {
            if (lex.relayWords.contains(a.token(k).text())) return build(a, verbFirst, sp, k + 1, verb.kind(), false);
        }
        return null;
    }

    private Found build(Analysis a, int verbFirst, Speaker sp, int from, String kind, boolean objectIsContent) {
        int sentenceEnd = a.text.sentenceOf(Math.min(from, a.size() - 1)).last();
        if (from > sentenceEnd) return null;
        int k = pastAsides(a, from, sentenceEnd);
        k = pastParentheses(a, k, sentenceEnd); // "استعرض تشيسكيدي (58 عاماً) في كلمته …": the speaker's age
        // words between the speaker and the content: "الانتباه", "بارتياح", "في كلمته"
        int skipped = 0;
        while (k <= sentenceEnd && skipped < 6 && (isSkipAt(a, k, from) || isComma(a.token(k)))) {
            k++;
            skipped++;
        }
        k = pastInvocation(a, k);
        if (k > sentenceEnd) return null;
        Token t = a.token(k);
        // a quotation straight away, or after a colon
        if (t.is(":") && k + 1 <= sentenceEnd) {
            k++;
            t = a.token(k);
        }
        if (a.text.quoteRole(k) == Text.QuoteRole.OPEN) return quote(a, verbFirst, sp, k, kind);
        // the opener may have been passed over as a word between speaker and content (في، خلال، أمام)
        int opener = !kind.equals("proposed") ? -1 : lex.adjunctOpeners.contains(t.text()) ? k
                : k > from && lex.adjunctOpeners.contains(a.token(k - 1).text()) ? k - 1 : -1;
        if (opener >= 0) {
            int action = pastAdjunct(a, opener, sentenceEnd);
            if (action >= 0) {
                int end = clauseEnd(a, action);
                if (end >= action) return found(a, verbFirst, sp, action, end, kind, false);
            }
        }
        if (lex.prepositions.contains(t.text()) || t.text().equals("الي") || t.text().equals("علي")) {
            int c = k + 1;
            if (c <= sentenceEnd && isComplementizer(a.token(c))) return complement(a, verbFirst, sp, c, kind);
            // "إلى حقيقة أن": a complementizer two words on
            if (c + 1 <= sentenceEnd && isComplementizer(a.token(c + 1)) && a.token(c).kind() == Token.Kind.WORD) {
                return complement(a, verbFirst, sp, c + 1, kind);
            }
            if (c > sentenceEnd) return null;
            kind = objectKind(kind, a.token(c));
            int end = clauseEnd(a, c);
            return end < c ? null : found(a, verbFirst, sp, c, end, kind, false);
        }
        if (isComplementizer(t)) return complement(a, verbFirst, sp, k, kind);
        // "دعا X قبيل انعقاد القمة إلى بحث …": an adjunct of time or place, then إلى and what is called for
        if (kind.equals("called_for") && (lex.adjunctOpeners.contains(t.text())
                || k > from && lex.adjunctOpeners.contains(a.token(k - 1).text()))) {
            for (int c = k + 1; c <= sentenceEnd && c <= k + 6; c++) {
                Token u = a.token(c);
                if (u.kind() != Token.Kind.WORD || lex.speechVerbs.longestAt(a.text.tokens(), c, StatementExtractor::verbReadings) != null) break;
                if (u.is("الي") && c + 1 <= sentenceEnd) {
                    int end = clauseEnd(a, c + 1);
                    return end < c + 1 ? null : found(a, verbFirst, sp, c + 1, end, kind, false);
                }
            }
        }
        // "وجدد التضامن مع الشعب …، إلى جانب …": a verbal noun right after the verb is its object, no adjunct
        boolean objectFirst = k == from && skipped == 0 && (lex.isMasdar(t) || Lexicon.anyKey(t, lex.contentNouns));
        // a complementizer after an adjunct: "صرّح الرئيس، في اجتماع ...، أن ..."
        for (int c = k; c <= sentenceEnd && c < k + 30; c++) {
            // "اقترح X تعديلا على النص، إلا أن التعديل …": a new clause after a comma, not an adjunct before the content
            if (c > k + 1 && isComma(a.token(c - 1)) && (Lexicon.anyKey(a.token(c), lex.clauseBoundaries)
                    || lex.clauseBoundaries.contains(a.token(c).text()))) break;
            // "اقترح X إعداد استراتيجية …، على أن تُعتمد في القمة": a proviso after a comma, not the content
            if (c > k + 1 && isComma(a.token(c - 1)) && a.token(c).is("علي") && c + 1 <= sentenceEnd && isComplementizer(a.token(c + 1))) break;
            // "ودعا كالن الإدارة الأمريكية إلى العدول عن …": the ones called on, then إلى and the action, all of it
            // what was said (an أن further on belongs to the action: "… من شأنه أن يؤجج")
            if (kind.equals("called_for") && c > k && c - k <= 8 && a.token(c).is("الي") && c + 1 <= sentenceEnd
                    && !isComplementizer(a.token(c + 1)) && addresseeOnly(a, k, c - 1)) break;
            // "حذر أمس، في كلمته أمام …، من أن …": after the asides, من and what was warned of
            if (isComplementizer(a.token(c)) && c > k + 1 && a.token(c - 1).is("من") && isComma(a.token(c - 2))) {
                return complement(a, verbFirst, sp, c, kind);
            }
            // (after an adjunct opener, a long one: "وقال مودي أمام نظرائه الصيني … والجنوب إفريقي جاكوب زوما إن …")
            if (isComplementizer(a.token(c)) && c > k && (isComma(a.token(c - 1))
                    || (c - k <= 12 || lex.adjunctOpeners.contains(t.text()) || k > from && lex.adjunctOpeners.contains(a.token(k - 1).text()))
                    && !isTemporal(a.token(c - 1)))) {
                return complement(a, verbFirst, sp, c, kind);
            }
            // "قال X في مؤتمر صحفي عقب …، "لقد توصلنا …""
            if (c > k && isComma(a.token(c - 1)) && a.text.quoteRole(c) == Text.QuoteRole.OPEN) return quote(a, verbFirst, sp, c, kind);
            // "دعا الرئيس، خلال الاجتماع المشترك، إلى ...": the preposition after the adjunct
            // (not for thanks and congratulations, whose object comes before على: "هنأ X، رئيس كذا، على …")
            if (c > k && !objectFirst && isComma(a.token(c - 1)) && (lex.prepositions.contains(a.token(c).text()) || a.token(c).is("الي"))
                    && !kind.equals("congratulated") && !kind.equals("thanked") && !kind.equals("invited")
                    && c + 1 <= sentenceEnd && !isComma(a.token(c + 1))) {
                int start = c + 1;
                if (isComplementizer(a.token(start))) return complement(a, verbFirst, sp, start, kind);
                if (a.text.quoteRole(start) == Text.QuoteRole.OPEN) return quote(a, verbFirst, sp, start, kind);
                int end = clauseEnd(a, start);
                return end < start ? null : found(a, verbFirst, sp, start, end, objectKind(kind, a.token(start)), false);
            }
            // "قال الرئيس في كلمته الافتتاحية: ..."
            if (a.token(c).is(":") && c + 1 <= sentenceEnd) {
                if (a.token(c + 1).kind() == Token.Kind.QUOTE) return quote(a, verbFirst, sp, c + 1, kind);
                if (isComplementizer(a.token(c + 1))) return complement(a, verbFirst, sp, c + 1, kind);
                int end = clauseEnd(a, c + 1);
                return end < c + 1 ? null : found(a, verbFirst, sp, c + 1, end, kind, false);
            }
            if (lex.speechVerbs.longestAt(a.text.tokens(), c, StatementExtractor::verbReadings) != null && c > k) break;
        }
        // a direct object: "هنأ X على ...", "اقترح إنشاء ...", "أعلن استعداده ..."
        kind = objectKind(kind, t);
        int end = clauseEnd(a, k);
        if (end < k) return null;
        // "طالب بتمديد المبادرة": what is called for starts after the preposition written onto it
        if (kind.equals("called_for") && end > k && lex.isMasdarAfterPreposition(t)) return found(a, verbFirst, sp, k, 1, end, kind, false);
        return found(a, verbFirst, sp, k, end, kind, false);
    }

    private Found complement(Analysis a, int verbFirst, Speaker sp, int c, String kind) {
        Token comp = a.token(c);
        int start = Boolean.TRUE.equals(lex.complementizers.get(comp.text())) ? c + 1 : c;
        // "أنه في "هذه المرحلة..."": a quotation just after the complementizer is the content
        for (int q = c + 1; q <= c + 3 && q < a.size(); q++) {
            if (a.text.quoteRole(q) == Text.QuoteRole.OPEN || q == c + 1 && a.token(q).kind() == Token.Kind.QUOTE) {
                // a short quotation inside a clause that goes on ("روما تريد "حواراً منتظماً" مع المجلس") is part of it
                // and so is a quoted subject whose clause goes on ("أن «توافق النقاط الخمس» الذي أقرته … «يظل المرجعية»")
                if (q > c + 1 ? clauseGoesOnAfterQuote(a, q) : subjectQuoteGoesOn(a, q)) break;
                return quote(a, verbFirst, sp, q, kind);
            }
            if (a.token(q).kind() != Token.Kind.WORD) break;
        }
        if (start < a.size() && a.text.quoteRole(start) == Text.QuoteRole.OPEN) return quote(a, verbFirst, sp, start, kind);
        int end = clauseEnd(a, start);
        return end < start ? null : found(a, verbFirst, sp, start, end, kind, false);
    }

    /** True when the quotation opened at {@code open} closes and at least two words of its clause follow. */
    private boolean clauseGoesOnAfterQuote(Analysis a, int open) {
        int end = clauseEnd(a, open);
        for (int k = open + 1; k <= end; k++) {
            if (a.text.quoteRole(k) == Text.QuoteRole.CLOSE) {
                int words = 0;
                for (int q = k + 1; q <= end; q++) if (a.token(q).kind() == Token.Kind.WORD) words++;
                return words >= 2;
            }
            if (a.text.isSentenceEnd(k)) return false;
        }
        return false;
    }

    /**
     * True when the quotation opened right after the complementizer is only the clause's subject:
     * its clause goes on, straight after the closing mark, with a word that opens no new clause
     * ("أن «توافق النقاط الخمس» الذي أقرته …"), not with a comma, فيما or a participle of saying.
     */
    private boolean subjectQuoteGoesOn(Analysis a, int open) {
        if (!clauseGoesOnAfterQuote(a, open)) return false;
        int close = open + 1;
        while (close < a.size() && a.text.quoteRole(close) != Text.QuoteRole.CLOSE) close++;
        int n = close + 1;
        if (n >= a.size() || a.token(n).kind() != Token.Kind.WORD) return false;
        Token next = a.token(n);
        return !Lexicon.anyKey(next, lex.clauseBoundaries) && !lex.clauseBoundaries.contains(next.text())
                && lex.speechVerbs.longestAt(a.text.tokens(), n, StatementExtractor::verbReadings) == null;
    }

    private static boolean isTemporal(Token t) {
        return t.is("بعد") || t.is("قبل") || t.is("منذ") || t.is("دون") || t.is("من") || t.is("الي") || t.is("علي")
                || t.is("يجب") || t.is("ينبغي") || t.is("يمكن") || t.is("بد");
    }

    /** The first sentence of the quotation opened at {@code open}. */
    private Found quote(Analysis a, int verbFirst, Speaker sp, int open, String kind) {
        int start = open + 1;
        int depth = 0;
        int end = start - 1;
        for (int k = start; k < a.size(); k++) {
            Token t = a.token(k);
            if (t.kind() == Token.Kind.NEWLINE) break;
            Text.QuoteRole r = a.text.quoteRole(k);
            if (r == Text.QuoteRole.OPEN) depth++;
            if (r == Text.QuoteRole.CLOSE) {
                if (depth == 0) break;
                depth--;
            }
            if (a.text.isSentenceEnd(k) && depth == 0) break;
            end = k;
        }
        while (end >= start && (a.token(end).kind() == Token.Kind.PUNCT)) end--;
        if (end < start) return null;
        return found(a, verbFirst, sp, start, end, kind, true);
    }

    private Found found(Analysis a, int verbFirst, Speaker sp, int first, int last, String kind, boolean quoted) {
        return found(a, verbFirst, sp, first, 0, last, kind, quoted);
    }

    /** A statement whose content starts {@code skip} characters into token {@code first} (past a proclitic). */
    private Found found(Analysis a, int verbFirst, Speaker sp, int first, int skip, int last, String kind, boolean quoted) {
        while (last >= first && (a.token(last).kind() == Token.Kind.PUNCT || a.token(last).kind() == Token.Kind.QUOTE
                && a.text.quoteRole(last) == Text.QuoteRole.OPEN)) last--;
        if (last < first) return null;
        var st = new Items.Statement(a.original(sp.first(), sp.last()), sp.labelEn(), a.span(sp.first(), sp.last()),
                a.originalSkipping(first, skip, last), kind, a.spanSkipping(first, skip, last));
        return new Found(st, sp, verbFirst, first, last, quoted, kind);
    }

    /** End of the clause that starts at {@code start}: the sentence's end, or a new clause. */
    int clauseEnd(Analysis a, int start) {
        int sentenceEnd = a.text.sentenceOf(Math.min(start, a.size() - 1)).last();
        int depth = 0;
        for (int k = start; k <= sentenceEnd; k++) {
            Token t = a.token(k);
            Text.QuoteRole r = a.text.quoteRole(k);
            if (r == Text.QuoteRole.OPEN) depth++;
            if (r == Text.QuoteRole.CLOSE) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            if (t.is("؛") || t.is(";")) return k - 1;
            // "… فوق وطنية إلا أن البيان الختامي لم يتطرق …": "but" opens a new clause, comma or not
            if (k > start && t.is("الا") && k + 1 <= sentenceEnd && isComplementizer(a.token(k + 1))) return k - 1;
            if (isComma(t) && k + 1 <= sentenceEnd) {
                Token n = a.token(k + 1);
                if (Lexicon.anyKey(n, lex.clauseBoundaries) || lex.clauseBoundaries.contains(n.text())
                        || lex.speechVerbs.longestAt(a.text.tokens(), k + 1, StatementExtractor::verbReadings) != null
                        || isCircumstantial(n) || opensSideClause(a, k + 1, sentenceEnd)) {
                    return k - 1;
                }
            }
            // "… المتخصصة مشيراً إلى أن", "… بها" مجدداً المطالبة بـ": a participle of saying opens a new
            // clause, with or without a comma
            if (k > start + 1 && t.kind() == Token.Kind.WORD) {
                PhraseMatcher.Match<Lexicon.SpeechVerb> pm = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
                if (pm != null && pm.value().participle() && k + 1 <= sentenceEnd
                        && (isComplementizer(a.token(k + 1)) || Lexicon.anyKey(a.token(k + 1), lex.prepositions)
                        || Lexicon.anyKey(a.token(k + 1), lex.callNouns))) return k - 1;
            }
            // "ولفت الانتباه", "واقتراح إنشاء": a new verb of saying or a new proposal joined by و
            if (k > start && t.kind() == Token.Kind.WORD && t.text().startsWith("و")) {
                PhraseMatcher.Match<Lexicon.SpeechVerb> m = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::afterWaw);
                if (m != null && m.value().frame().equals("verb")) return k - 1;
                PhraseMatcher.Match<String> p = lex.proposalTriggers.longestAt(a.text.tokens(), k, StatementExtractor::afterWaw);
                if (p != null && p.value().equals("noun") && k + 1 <= sentenceEnd && lex.isMasdar(a.token(k + 1))) return k - 1;
            }
            if (k - start > 80) return k;
        }
        return sentenceEnd;
    }

    /**
     * After a comma, a clause beside what was said: a relative one about its last noun ("…، التي
     * تسلمتها قرغيزستان"), a proviso ("…، على أن تستضيف …"), a contrast ("…، في حين …"), or a verb that
     * fronts a new speaker ("…، وعاد الرئيس ليؤكد", subject-openers.tsv).
     */
    private boolean opensSideClause(Analysis a, int k, int sentenceEnd) {
        Token n = a.token(k);
        if (lex.relativePronouns.contains(n.text())) {
            // trailing, to the sentence's end or to a comma before what is joined on ("…، التي تسلمتها
            // قرغيزستان …، وذلك للمرة الرابعة", "…، التي ستستضيف …، معرباً"); not an aside closed by a comma
            // before a predicate ("أن بلاده، التي تتولى رئاسة المجموعة، ستجعل …")
            for (int q = k + 1; q < sentenceEnd; q++) {
                if (!isComma(a.token(q))) continue;
                Token next = a.token(q + 1);
                return next.kind() == Token.Kind.WORD && (next.text().startsWith("و") || isCircumstantial(next)
                        || Lexicon.anyKey(next, lex.clauseBoundaries) || lex.clauseBoundaries.contains(next.text()));
            }
            return true;
        }
        // a proviso is على أن and a verb ("، على أن تستضيف أستانا"); "، على أن التعاون" is what شدد على governs
        if (k + 2 <= sentenceEnd && n.is("علي") && isComplementizer(a.token(k + 1)) && a.token(k + 2).kind() == Token.Kind.WORD
                && (a.token(k + 2).text().startsWith("ت") || a.token(k + 2).text().startsWith("ي"))) return true;
        PhraseMatcher.Match<Boolean> side = lex.sideClauseOpeners.longestAt(a.text.tokens(), k);
        if (side != null && side.last() <= sentenceEnd) return true; // "، في حين"، "، إلى جانب"
        for (String r : afterWaw(n)) if (lex.subjectOpeners.containsKey(r)) return true;
        return false;
    }

    /**
     * "…، متذرعاً بما وصفه", "…، مستنداً إلى": after a comma, an active participle in the accusative (the
     * shape مُفعِلاً/مُتفعِّلاً: م…ا) describes the speaker, not what was said — the content ends before it.
     */
    static boolean isCircumstantial(Token t) {
        String w = t.text();
        return t.kind() == Token.Kind.WORD && w.length() >= 5 && w.charAt(0) == 'م' && w.charAt(w.length() - 1) == 'ا';
    }

    /** The last person named after the courtesy word that the pronoun at {@code p} stands for. */
    private Speaker honoured(Analysis a, int p) {
        Mention m = honouredPerson(a, p);
        return m == null ? null : speaker(a, m.first(), m.last(), m);
    }

    /** The last person named after the courtesy word that the honorific pronoun at {@code p} stands for. */
    static Mention honouredPerson(Analysis a, int p) {
        String w = a.token(p).text();
        String stem = w.endsWith("ها") ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1);
        // سموه → سمو, جلالته → جلالت → جلاله, فخامته → فخامه
        String courtesy = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        for (int k = p - 1; k >= 0; k--) {
            Mention m = a.mentionAt(k);
            if (m == null || m.type() != EntityType.PERSON || m.id() == null) continue;
            for (int c = Math.max(0, m.first() - 3); c < m.first(); c++) {
                if (a.token(c).hasKey(courtesy)) return m;
            }
            k = m.first();
        }
        return null;
    }

    /** True when the word at {@code p} begins what a verb governs, so the verb has no subject of its own. */
    private boolean opensContent(Analysis a, int p) {
        int k = skipCourtesy(a, p);
        while (k < a.size() && isSkip(a.token(k)) && k < p + 3) k++;
        if (k >= a.size()) return false;
        Token t = a.token(k);
        if (t.kind() == Token.Kind.QUOTE || t.is(":") || isComplementizer(t)) return true;
        if (lex.prepositions.contains(t.text()) || t.is("الي") || t.is("علي")) return true;
        if (lex.isMasdar(t) || Lexicon.firstKey(t, lex.selfReferences) != null) return true;
        if (lex.proposalTriggers.longestAt(a.text.tokens(), k) != null) return true;
        for (var objects : lex.speechObjects.values()) if (Lexicon.firstKey(t, objects) != null) return true;
        return false;
    }

    /**
     * "قال في أعقابه إن …", "قال خلال اللقاء إن …": a place or time of the saying (adjunct-openers.tsv: في،
     * خلال، عقب، أمام … and a word or two, no one named), then the complementizer.
     */
    private boolean complementizerAfterPlace(Analysis a, int p) {
        if (p + 2 >= a.size() || !lex.adjunctOpeners.contains(a.token(p).text())) return false;
        for (int k = p + 1; k <= p + 3 && k < a.size(); k++) {
            Token t = a.token(k);
            if (isComplementizer(t)) return k > p + 1;
            if (t.kind() != Token.Kind.WORD || a.mentionAt(k) != null) return false;
        }
        return false;
    }

    /**
     * True when what follows a verb joined to the last statement ("…، وأكد …") is what it says: content
     * as {@link #opensContent} reads it, up to four words called on and then إلى ("ودعا المجتمع الدولي إلى …"), a noun
     * that opens content (content-nouns.tsv: "وأكد أهمية …"), or a word with the preposition ب or ل
     * ("وتعهد بالعمل على …", "وطالب برفعها").
     */
    private boolean opensJoinedContent(Analysis a, int p) {
        if (p >= a.size()) return false;
        if (opensContent(a, p) || addresseeThenTo(a, p)) return true;
        Token t = a.token(p);
        // "ودعا المجتمع الدولي إلى", "ودعا جميع الدول إلى": a few words called on, then إلى
        for (int q = p + 1; q < Math.min(a.size(), p + 5) && a.token(q).kind() == Token.Kind.WORD; q++) {
            if (a.token(q).is("الي")) return true;
        }
        if (t.kind() != Token.Kind.WORD) return false;
        if (Lexicon.anyKey(t, lex.contentNouns)) return true;
        for (String k : t.keys()) {
            String prefix = t.prefixFor(k);
            if (prefix != null && (prefix.equals("ب") || prefix.equals("بال") || prefix.equals("ل") || prefix.equals("لل"))) return true;
        }
        return false;
    }

    /** The first person named in the sentence before token {@code verb}, as a speaker, or null. */
    private Speaker firstPersonInSentence(Analysis a, int verb) {
        for (Mention m : a.mentionsIn(a.text.sentenceOf(verb).first(), verb - 1)) {
            if (m.type() == EntityType.PERSON && m.id() != null && canSpeak(m)) return speaker(a, m.first(), m.last(), m);
        }
        return null;
    }

    /** The speaker named at {@code p} (after courtesy words), with apposed names of the same entity. */
    Speaker speakerAfter(Analysis a, int p) {
        int k = skipCourtesy(a, p);
        Speaker titled = titledName(a, k);
        if (titled != null) return titled;
        Mention m = a.mentionAt(k);
        if (m == null || m.first() != k) {
            Speaker doc = documentAt(a, k, true);
            if (doc != null) return doc;
        }
        // "وأكدت طهران", "قالت موسكو": a capital speaks for its state
        if (m != null && m.first() == k && m.type() == EntityType.PLACE && m.id() != null) {
            Entities.State capitalOf = a.kb.stateWithCapital(m.id());
            if (capitalOf != null) m = new Mention(m.first(), m.last(), EntityType.STATE, capitalOf.id(), capitalOf.en(), "capital",
                    m.span(), capitalOf.id());
        }
        if (m == null || m.first() != k || !canSpeak(m)) return null;
        int first = k, last = m.last();
        Mention best = m;
        // "الرئيس الكازاخستاني - قاسم جومارت توكاييف", "فخامة زعيم الأمة إمام علي رحمان"
        while (true) {
            int n = last + 1;
            boolean sep = false;
            while (n < a.size() && (a.token(n).is("-") || isComma(a.token(n)))) {
                n++;
                sep = true;
            }
            n = skipCourtesy(a, n);
            Mention next = a.mentionAt(n);
            if (next == null || next.first() != n || !canSpeak(next)) break;
            if (best.id() != null && !best.id().equals(next.id())) break;
            if (sep && best.type() != EntityType.PERSON) break;
            last = next.last();
            if (specificity(next) > specificity(best)) best = next;
        }
        return speaker(a, first, last, best);
    }

    /**
     * "المندوب الجزائري عمار بن جامع", "نائب وزير الخارجية الروسي سيرغي فيرشينين": an official's title that
     * begins at {@code k} and runs, within a few words, to a person's written name; the name is the speaker,
     * the words between are the title. Punctuation, a complementizer, a preposition, a verb of saying or a
     * break word (في، خلال، نظيره) ends the title first, and then no one is named here.
     */
    private Speaker titledName(Analysis a, int k) {
        if (k >= a.size()) return null;
        PhraseMatcher.Match<Boolean> head = lex.titleHeads.longestAt(a.text.tokens(), k);
        if (head == null) return null;
        // a title read as a person already ("الرئيس الروسي"): what follows it is that person or the verb's object
        Mention own = a.mentionAt(k);
        if (own != null && own.type() == EntityType.PERSON) return null;
        for (int j = head.last() + 1; j < a.size() && j <= head.last() + MAX_TITLE_WORDS; j++) {
            Token t = a.token(j);
            Mention m = a.mentionAt(j);
            // a definite title after the first one's words begins another person's ("رئيس الجمهورية الرئيس X"),
            // unless it is the genitive of a title in construct ("نائب الرئيس", "المتحدث باسم الرئيس")
            PhraseMatcher.Match<Boolean> next = lex.titleHeads.longestAt(a.text.tokens(), j);
            if (next != null && t.text().startsWith("ال") && j - 1 > head.last() && !inConstruct(a, j - 1)) return null;
            if (m != null && m.first() == j && m.type() == EntityType.PERSON && m.id() != null
                    && (m.reason().equals("name") || m.reason().equals("variant") || m.reason().equals("surname"))) {
                return speaker(a, k, m.last(), m);
            }
            if (m != null && m.type() != EntityType.PERSON) {
                j = Math.max(j, m.last());
                continue;
            }
            PhraseMatcher.Match<Boolean> inner = lex.titleInner.longestAt(a.text.tokens(), j);
            if (inner != null) {
                j = inner.last();
                continue;
            }
            // "وزير الشؤون الخارجية …، رمطان لعمامرة، بأن": the name between commas after the title
            if (isComma(t) && j + 1 < a.size()) {
                int n = skipCourtesy(a, j + 1); // "، السيد إبراهيم كالن،"
                Mention named = n < a.size() ? a.mentionAt(n) : null;
                if (named != null && named.first() == n && named.type() == EntityType.PERSON && named.id() != null
                        && (named.reason().equals("name") || named.reason().equals("variant") || named.reason().equals("surname"))
                        && named.last() + 1 < a.size() && isComma(a.token(named.last() + 1))) {
                    return speaker(a, k, named.last(), named);
                }
            }
            if (t.kind() != Token.Kind.WORD || isComplementizer(t) || Lexicon.anyKey(t, lex.prepositions)
                    || Lexicon.anyKey(t, lex.clauseBoundaries) || Lexicon.anyKey(t, lex.titleBreaks)
                    || lex.speechVerbs.longestAt(a.text.tokens(), j, StatementExtractor::verbReadings) != null) {
                return null;
            }
        }
        return null;
    }

    private static final int MAX_TITLE_WORDS = 8;

    /** True when the word at {@code p} is a title in construct (نائب، مساعد) or باسم: a genitive follows it. */
    private boolean inConstruct(Analysis a, int p) {
        Token t = a.token(p);
        if (t.is("باسم")) return true;
        PhraseMatcher.Match<Boolean> h = lex.titleHeads.longestAt(a.text.tokens(), p);
        return h != null && !t.text().startsWith("ال");
    }

    /** A document or institution that speaks from token {@code k}: a declaration, a communiqué, a ministry. */
    private Speaker documentAt(Analysis a, int k, boolean allowBack) {
        if (k + 1 < a.size() && a.text.quoteRole(k) == Text.QuoteRole.OPEN) {
            // "وأدان "إعلان كمبالا" بشدة …": a document's name in quotation marks
            Speaker d = documentAt(a, k + 1, false);
            if (d == null) return null;
            int last = d.last() + 1 < a.size() && a.text.quoteRole(d.last() + 1) == Text.QuoteRole.CLOSE ? d.last() + 1 : d.last();
            return new Speaker(k, last, d.entity(), d.labelEn(), d.stateId());
        }
        if (k >= a.size() || a.token(k).kind() != Token.Kind.WORD) return null;
        Speaker d = declaration(a, k, allowBack);
        if (d != null) return d;
        d = communique(a, k);
        if (d != null) return d;
        // "بيان الخارجية الروسية": the statement of an institution is the institution speaking
        int from = k;
        PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), k);
        if (h != null && h.value().kind().equals("statement") && h.length() == 1) from = k + 1;
        Speaker inst = institution(a, from);
        if (inst != null) return new Speaker(k, inst.last(), inst.entity(), inst.labelEn(), inst.stateId());
        return null;
    }

    /**
     * The English name a declaration takes from its place: "إعلان الجزائر" is the Algiers Declaration,
     * named after the capital that shares the state's Arabic name (unless the capital's English name is
     * the state's with a word added, as Kuwait City's is: the Kuwait Declaration).
     */
    private static String cityOfState(Analysis a, Mention place) {
        if (place.type() != EntityType.STATE || place.id() == null) return place.labelEn();
        Entities.State state = a.kb.state(place.id());
        Entities.Place capital = state == null || state.capital() == null ? null : a.kb.place(state.capital());
        if (capital == null || capital.en().startsWith(state.en())) return place.labelEn();
        String written = ArabicNormalizer.normalizeString(a.original(place.first(), place.last())).strip();
        for (String ar : capital.ar()) {
            if (ArabicNormalizer.normalizeString(ar).strip().equals(written)) return capital.en();
        }
        return place.labelEn();
    }

    /** "البيان الختامي", "قرار ختامي": an outcome document, labelled with the organisation that met. */
    private Speaker communique(Analysis a, int k) {
        PhraseMatcher.Match<String> c = lex.documentSpeakers.longestAt(a.text.tokens(), k);
        if (c == null) return null;
        int last = c.last();
        String org = a.organisationBefore(k);
        boolean summit = false;
        var sentence = a.text.sentenceOf(k);
        // the summit that issued it, named in its sentence or just before ("أصدرت القمة بيانها الختامي. وأكد البيان …")
        int from = Math.max(0, Math.min(sentence.first(), k - 40));
        for (int q = from; q <= Math.min(sentence.last(), last + 2); q++) {
            if (a.token(q).hasKey("القمه") || a.token(q).hasKey("قمه")) summit = true;
        }
        if (last + 1 < a.size() && (a.token(last + 1).hasKey("القمه") || a.token(last + 1).hasKey("قمه"))) last++;
        if (a.token(k).text().startsWith("ال") || a.token(k).text().startsWith("وال")) {
            // "الإعلان الختامي" after "«إعلان تشينغداو»": the outcome document named before, by its name
            boolean declaration = c.value().endsWith("declaration");
            for (int q = k - 1; q >= 0; q--) {
                Speaker named = declaration(a, q, false);
                if (named != null && isStatement(named) != declaration) return new Speaker(k, last, named.entity(), named.labelEn(), named.stateId());
            }
        }
        String label = c.value() + (org == null ? "" : " of the " + a.kb.label(EntityType.ORGANISATION, org) + (summit ? " summit" : " meeting"));
        Mention doc = new Mention(k, last, EntityType.GROUP, "document:" + label, label, "document", a.span(k, last), null);
        return new Speaker(k, last, doc, label, null);
    }

    /** "وزارة الخارجية الإسرائيلية", "وفد باكستان": an institution, with the state named right after it. */
    private Speaker institution(Analysis a, int k) {
        if (k >= a.size()) return null;
        PhraseMatcher.Match<String> in = lex.institutions.longestAt(a.text.tokens(), k);
        if (in == null) return null;
        int last = in.last();
        String label = in.value();
        String state = null;
        Mention st = a.mentionAt(last + 1);
        if (st != null && st.first() == last + 1 && st.type() == EntityType.STATE && st.id() != null) {
            state = st.id();
            label = st.labelEn() + " " + label;
            last = st.last();
        }
        Mention m = a.mentionAt(k);
        if (m != null && m.first() == k && m.last() > in.last()) return null; // part of a longer name the linker knows
        if (state == null) {
            // "رئيس الوفد" after "رئيس الوفد الكوبي": the same institution, named with its state before
            for (int q = k - 1; q >= 0 && state == null; q--) {
                PhraseMatcher.Match<String> earlier = lex.institutions.longestAt(a.text.tokens(), q);
                if (earlier == null || !earlier.value().equals(in.value())) continue;
                Mention es = a.mentionAt(earlier.last() + 1);
                if (es != null && es.first() == earlier.last() + 1 && es.type() == EntityType.STATE && es.id() != null) {
                    state = es.id();
                    label = es.labelEn() + " " + label;
                }
            }
        }
        if (state != null) label = lex.institutionNames.getOrDefault(state + "\t" + in.value(), label);
        Mention inst = new Mention(k, last, EntityType.GROUP, "institution:" + label, label, "institution", a.span(k, last), state);
        return new Speaker(k, last, inst, label, state);
    }

    /**
     * A declaration that speaks: "وشدد إعلان قازان على…" (the place names it: Kazan Declaration), or
     * "وأكد الإعلان أن…", which points back to the last declaration named before it.
     */
    private Speaker declaration(Analysis a, int k, boolean allowBack) {
        if (k >= a.size()) return null;
        PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), k);
        if (h == null || h.value().plural()) return null;
        // "بيان خانكندي": a statement named by its place, as a declaration is
        boolean statement = h.value().kind().equals("statement");
        if (!statement && !h.value().kind().equals("declaration")) return null;
        int j = h.last() + 1;
        if (j < a.size() && a.token(j).kind() == Token.Kind.QUOTE) j++;
        // "إعلان قمة أستانا": the summit's declaration, named by its place
        boolean summit = j + 1 < a.size() && (a.token(j).is("قمه") || a.token(j).is("القمه"));
        if (summit) j++;
        Mention place = a.mentionAt(j);
        if (place != null && place.first() != j) place = null;
        if (place == null && !a.token(k).text().startsWith("ال")) {
            // "إعلان قادة مجموعة العشرين في ريو دي جانيرو": the place after في within the name (a name, so no
            // article: "الإعلان الختامي أن القادة سيلتقون في الرياض" is no Riyadh Declaration)
            for (int q = j; q < Math.min(a.size() - 1, j + 6); q++) {
                Token t = a.token(q);
                if (t.kind() != Token.Kind.WORD || isComma(t) || isComplementizer(t)) break;
                if (t.is("في")) {
                    Mention pl = a.mentionAt(q + 1);
                    if (pl != null && pl.first() == q + 1 && pl.type() == EntityType.PLACE) place = pl;
                    break;
                }
            }
        }
        // a statement of a state ("بيان مصر") is the state speaking, not a document's name
        if (place != null && !place.isAdjective()
                && (place.type() == EntityType.PLACE || place.type() == EntityType.STATE && !statement)) {
            int last = place.last();
            String label = cityOfState(a, place) + (summit ? " Summit" : "");
            Token after = last + 1 < a.size() ? a.token(last + 1) : null;
            if (after != null && (after.is("الثاني") || after.is("الثانيه"))) {
                label += " II";
                last++;
            }
            String kind = statement ? "statement" : "declaration";
            Mention doc = new Mention(k, last, EntityType.GROUP, kind + ":" + place.id(), label + (statement ? " Statement" : " Declaration"),
                    "document", a.span(k, last), null);
            return new Speaker(k, last, doc, doc.labelEn(), place.type() == EntityType.STATE ? place.id() : null);
        }
        if (!allowBack || !a.token(k).text().contains("ال")) return null;
        if (statement && (h.length() > 1 || communique(a, k) != null || institution(a, h.last() + 1) != null)) return null;
        // "وأكد الإعلان أن …", "وشدد البيان على …", "ورحب البيان بـ…": the last document of that kind named before
        for (int q = k - 1; q >= 0; q--) {
            Speaker before = declaration(a, q, false);
            if (before == null && statement) before = communique(a, q);
            if (before != null && isStatement(before) == statement) return new Speaker(k, h.last(), before.entity(), before.labelEn(), before.stateId());
        }
        return null;
    }

    /** A document speaker that is a statement or communiqué, not a declaration. */
    private static boolean isStatement(Speaker doc) {
        return !doc.entity().id().startsWith("declaration:");
    }

    /**
     * "أما الرئيس الروسي فشكر …", "وعاد الرئيس الصيني في ختام كلمته ليؤكد …": a verb of saying with the
     * prefix its opener calls for ({@code subject-openers.tsv}) speaks for the one named after the opener.
     */
    private Speaker frontedSubject(Analysis a, int verb, Speaker current) {
        String verbText = a.token(verb).text();
        // only a verb with an opener's prefix ("فشكر", "ليؤكد", "وليؤكد") can have one
        if (!lex.subjectOpenerPrefixes.contains(verbText.substring(0, 1))
                && !(verbText.startsWith("و") && verbText.length() > 1 && lex.subjectOpenerPrefixes.contains(verbText.substring(1, 2)))) return null;
        int sentenceFirst = a.text.sentenceOf(verb).first();
        for (int k = verb - 1; k >= Math.max(sentenceFirst, verb - 30); k--) {
            String opener = Lexicon.firstKey(a.token(k), lex.subjectOpeners);
            if (opener == null) continue;
            String prefix = lex.subjectOpeners.get(opener);
            if (!verbText.startsWith(prefix) && !verbText.startsWith("و" + prefix)) return null;
            Speaker fronted = speakerAfter(a, k + 1);
            if (fronted != null && fronted.isPerson()) return fronted.last() < verb ? fronted : null;
            // "أما مندوب الجزائر، العضو العربي في المجلس، عمار بن جامع، فقال": the name in apposition last
            Speaker apposed = nameJustBefore(a, verb, k + 1);
            if (apposed != null) return apposed;
            if (fronted != null) return fronted.last() < verb ? fronted : null;
            // "ثم عاد ليشدد", "قبل أن يعود في ختام كلمته ليشير": no one named after the opener, the last speaker
            for (int q = k + 1; q < verb; q++) if (a.mentionAt(q) != null) return null;
            return current;
        }
        return null;
    }

    /** The person whose name ends right before {@code verb} (past a comma), not before {@code from}; else null. */
    private Speaker nameJustBefore(Analysis a, int verb, int from) {
        int q = verb - 1;
        if (q >= from && isComma(a.token(q))) q--;
        Mention m = q >= from ? a.mentionAt(q) : null;
        if (m == null || m.last() != q || m.first() < from || m.type() != EntityType.PERSON || m.id() == null || !canSpeak(m)) return null;
        return speaker(a, m.first(), m.last(), m);
    }

    /** A speaker just before the verb: "أن الرئيس أعلن". */
    private Speaker speakerBefore(Analysis a, int verb) {
        int sentenceFirst = a.text.sentenceOf(verb).first();
        // "وصدر عن القمة قرار ختامي دعا إلى …": a document just before the verb
        for (int k = verb - 1; k >= Math.max(sentenceFirst, verb - 4); k--) {
            Speaker doc = communique(a, k);
            if (doc != null && doc.last() == verb - 1) return doc;
        }
        for (int k = verb - 1; k >= Math.max(sentenceFirst, verb - 2); k--) {
            Mention m = a.mentionAt(k);
            if (m != null && m.last() == verb - 1 && canSpeak(m)) {
                // only as the subject of a clause: after أن/إن or at the start of a sentence
                int before = m.first() - 1;
                if (before < sentenceFirst || isComplementizer(a.token(before)) || a.token(before).is("و")) {
                    return speaker(a, m.first(), m.last(), m);
                }
            }
        }
        // "أن الرئيس الروسي فلاديمير بوتين، الذي تسلمت بلاده الرئاسة …، أعلن": the subject, then a relative
        // aside between commas, then the verb
        if (verb > 0 && isComma(a.token(verb - 1))) {
            for (int c = verb - 2; c > sentenceFirst && c >= verb - 20; c--) {
                if (!isComma(a.token(c))) continue;
                if (!Lexicon.anyKey(a.token(c + 1), lex.relativePronouns)) break;
                Mention m = a.mentionAt(c - 1);
                if (m == null || m.last() != c - 1 || m.type() != EntityType.PERSON || m.id() == null || !canSpeak(m)) break;
                int before = m.first() - 1;
                // "الرئيس الروسي فلاديمير بوتين": the title read as the same person, before the name
                Mention title = before >= sentenceFirst ? a.mentionAt(before) : null;
                if (title != null && title.last() == before && m.id().equals(title.id())) before = title.first() - 1;
                Speaker titled = null;
                for (int t = m.first() - 1; t >= Math.max(sentenceFirst, m.first() - MAX_TITLE_WORDS); t--) {
                    if (t < sentenceFirst || isComplementizer(a.token(t))) break;
                    Speaker s = titledName(a, t);
                    if (s != null && s.last() == m.last()) {
                        titled = s;
                        before = t - 1;
                    }
                }
                if (before < sentenceFirst || isComplementizer(a.token(before)) || a.token(before).is("و")) {
                    return titled != null ? titled : speaker(a, m.first(), m.last(), m);
                }
                break;
            }
        }
        // "إن الوزير عبد العاطي شدد": an official's title and name as the subject of the clause
        for (int c = verb - 2; c >= Math.max(sentenceFirst - 1, verb - MAX_TITLE_WORDS - 3); c--) {
            if (c >= sentenceFirst && !isComplementizer(a.token(c))) continue;
            Speaker titled = titledName(a, skipCourtesy(a, c + 1));
            if (titled != null && titled.last() == verb - 1) return titled;
        }
        return null;
    }

    private Speaker speaker(Analysis a, int first, int last, Mention m) {
        String state = m.type() == EntityType.STATE ? m.id() : m.state();
        return new Speaker(first, last, m, m.labelEn(), state);
    }

    private static int specificity(Mention m) {
        return switch (m.reason()) {
            case "name" -> 4;
            case "variant" -> 3;
            case "role on date" -> 2;
            case "honorific" -> 2;
            default -> 1;
        };
    }

    private static boolean canSpeak(Mention m) {
        if (m.isAdjective() || m.id() == null) return false;
        return m.type() == EntityType.PERSON || m.type() == EntityType.STATE || m.type() == EntityType.ORGANISATION
                || m.type() == EntityType.BODY || m.type() == EntityType.GROUP;
    }

    private int skipCourtesy(Analysis a, int p) {
        int k = p;
        while (k < a.size()) {
            PhraseMatcher.Match<Boolean> c = lex.courtesy.longestAt(a.text.tokens(), k);
            if (c == null) break;
            // a courtesy word that begins a known name or title is part of it
            Mention m = a.mentionAt(k);
            if (m != null && m.first() == k) break;
            k = c.last() + 1;
        }
        return k;
    }

    private boolean isInvitation(Analysis a, int p) {
        return isInvitationAt(a, p) || p < a.size() && isInvitationAt(a, p + 1);
    }

    /**
     * "اقترح في وقت سابق من الجلسة إعداد خارطة طريق …": the action a verb of proposing governs after
     * a time or place adjunct opened at {@code k}. The adjunct ends on a definite word or one with a
     * pronoun (الجلسة، كلمته), and the action is an indefinite verbal noun right after it; -1 if none.
     */
    private int pastAdjunct(Analysis a, int k, int sentenceEnd) {
        for (int c = k + 2; c <= sentenceEnd && c <= k + 7; c++) {
            Token u = a.token(c);
            if (u.kind() != Token.Kind.WORD || lex.speechVerbs.longestAt(a.text.tokens(), c, StatementExtractor::verbReadings) != null) return -1;
            String before = a.token(c - 1).text();
            boolean adjunctEnds = before.startsWith("ال") || before.endsWith("ه") || before.endsWith("ها");
            if (adjunctEnds && lex.isMasdar(u) && !u.text().startsWith("ال") && !u.text().startsWith("ل")
                    && !u.text().startsWith("ب") && !u.text().startsWith("و")) return c;
        }
        return -1;
    }

    /** "للمشاركة", "إلى حضور": an invitation's purpose. */
    private boolean isInvitationAt(Analysis a, int p) {
        if (p >= a.size()) return false;
        var invite = lex.speechObjects.get("called_for");
        Token t = a.token(p);
        if (Lexicon.firstKey(t, invite) != null && t.text().startsWith("ل")) return true;
        if ((t.is("الي") || t.is("ل")) && p + 1 < a.size()) return Lexicon.firstKey(a.token(p + 1), invite) != null;
        return false;
    }

    private String objectKind(String kind, Token t) {
        var objects = lex.speechObjects.get(kind);
        if (objects == null) return kind;
        String k = Lexicon.firstKey(t, objects);
        return k == null || kind.equals("called_for") ? kind : objects.get(k);
    }

    private boolean isSkip(Token t) {
        return Lexicon.anyKey(t, lex.speechSkip);
    }

    /**
     * A skip word right where what was said may start: "في بيان" is where it was said, but "البيان
     * الختامي" right after the speaker, with the article the list does not write, is what it is about.
     */
    private boolean isSkipAt(Analysis a, int k, int from) {
        Token t = a.token(k);
        if (k == from && t.text().startsWith("ال") && !lex.speechSkip.contains(t.text())) return false;
        return isSkip(t);
    }

    private boolean isComplementizer(Token t) {
        return lex.complementizers.containsKey(t.text());
    }

    static boolean isComma(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.text().equals("،") || t.text().equals(","));
    }
}
