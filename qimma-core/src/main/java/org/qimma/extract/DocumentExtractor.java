package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.record.Items;
import org.qimma.text.PeriodMention;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Text;
import org.qimma.text.Token;

/**
 * Adopted documents: the titles after an adoption trigger ({@code adoption-triggers.tsv}) in a
 * past or passive frame ("تم اعتماد…", "وقع القادة على…", "أشار إلى اعتماد…") — never after a
 * call or a proposal ("دعا إلى اعتماد"), never when future or negated ("سيتم توقيع"، "من المقرر").
 * A list is split at commas and at و before a document head noun ({@code documents.tsv}); a
 * title runs from its head noun to the end of its name, a validity period included.
 */
public final class DocumentExtractor {

    private final Lexicon lex;

    public DocumentExtractor(Lexicon lex) {
        this.lex = lex;
    }

    public List<Items.AdoptedDocument> extract(Analysis a) {
        List<Items.AdoptedDocument> out = new ArrayList<>();
        int listEnd = -1;
        int i = 0;
        while (i < a.size()) {
            i = lex.adoptionTriggers.nextStart(a.text, i); // a trigger starts at few tokens: the next that may
            if (i >= a.size()) break;
            if (!a.inBody(i) || a.inTitle(i) || a.inQuote(i) || a.token(i).kind() != Token.Kind.WORD) {
                i++;
                continue;
            }
            PhraseMatcher.Match<String> m = lex.adoptionTriggers.longestAt(a.text.tokens(), i, StatementExtractor::verbReadings);
            if (m == null && a.token(i).text().length() > 3) m = lex.adoptionTriggers.longestAt(a.text.tokens(), i);
            boolean coordinated = m != null && joinedToList(a, m.first(), listEnd);
            if (m == null || !coordinated && !adoptedFrame(a, m) || background(a, m.first())) {
                i++;
                continue;
            }
            int from = m.last() + 1;
            int object = objectAfterAla(a, m, from);
            if (object > 0) from = object;
            int before = out.size();
            i = list(a, from, out);
            // "وأصدر المجلس حزمة من القرارات، أبرزها:" and then one title a line, after a dash or a number
            int bulletsEnd = bullets(a, a.text.sentenceOf(m.first()).last(), out);
            if (bulletsEnd > i) i = bulletsEnd;
            if (out.size() > before) listEnd = i;
        }
        issuedAsSource(a, out);
        return once(out);
    }

    /**
     * "وأدان المجلس، في بيانه الختامي، …", "وجاء في البيان الختامي …": a final document named as where
     * something was said was issued (document-speakers.tsv, the "final" ones), unless its sentence
     * says it is still to come (adoption-blockers.tsv, a future verb before it).
     */
    private void issuedAsSource(Analysis a, List<Items.AdoptedDocument> out) {
        for (int k = 1; k < a.size(); k++) {
            if (!a.token(k - 1).is("في") || !a.inBody(k) || a.inTitle(k) || a.inQuote(k)) continue;
            PhraseMatcher.Match<String> c = lex.documentSpeakers.longestAt(a.text.tokens(), k);
            if (c == null || !c.value().startsWith("final")) continue;
            int s = a.text.sentenceOf(k).first();
            boolean toCome = false;
            for (int q = s; q < k && !toCome; q++) toCome = Lexicon.future(a.token(q)) || Lexicon.anyKey(a.token(q), lex.adoptionBlockers);
            if (toCome) continue;
            int first = k, last = c.last();
            int definite = definiteForm(a, first, last);
            if (definite >= 0) {
                last = definite + (last - first);
                first = definite;
            }
            PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), first);
            out.add(new Items.AdoptedDocument(a.original(first, last), null, null, h != null ? h.value().kind() : "statement",
                    a.span(first, last)));
            k = c.last();
        }
    }

    /**
     * The titles listed one a line after the sentence ending at {@code last} with a colon: each line
     * opens with a dash, a bullet or a number, then a head noun. Returns the token after the list, or
     * -1 when there is none.
     */
    private int bullets(Analysis a, int last, List<Items.AdoptedDocument> out) {
        if (last + 1 >= a.size() || !a.token(last).is(":") || a.token(last + 1).kind() != Token.Kind.NEWLINE) return -1;
        int p = last + 1;
        int end = -1;
        while (p < a.size()) {
            while (p < a.size() && a.token(p).kind() == Token.Kind.NEWLINE) p++;
            if (p >= a.size()) break;
            int q = p;
            if (a.token(q).kind() == Token.Kind.NUMBER) q++;
            if (q >= a.size() || q == p && !isBullet(a.token(q)) || q > p && a.token(q).kind() != Token.Kind.PUNCT) break;
            q++;
            int lineEnd = q;
            while (lineEnd + 1 < a.size() && a.token(lineEnd + 1).kind() != Token.Kind.NEWLINE) lineEnd++;
            PhraseMatcher.Match<Lexicon.DocumentHead> head = q <= lineEnd ? lex.documentHeads.longestAt(a.text.tokens(), q) : null;
            if (head == null) break;
            int titleEnd = titleEnd(a, q, lineEnd);
            while (titleEnd > q && a.token(titleEnd).kind() == Token.Kind.PUNCT && !a.token(titleEnd).is(")")) titleEnd--;
            String period = null;
            for (int k = q; k <= titleEnd; k++) if (a.periodAt(k) != null) period = a.periodAt(k).value();
            out.add(new Items.AdoptedDocument(a.original(q, titleEnd), null, period, head.value().kind(), a.span(q, titleEnd)));
            end = lineEnd + 1;
            p = lineEnd + 1;
        }
        return end;
    }

    /** True when tokens {@code [from, last]} are a definite head noun alone ("الاتجاهات الاستراتيجية", not "مبادرة منظمة …"). */
    private boolean definiteHeadEndsAt(Analysis a, int from, int last) {
        PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), from);
        return h != null && h.last() == last && definite(a.token(from));
    }

    /** A word with the article (الإعلان، والاتجاهات): one of its readings begins with ال. */
    private static boolean definite(Token t) {
        for (String key : t.keys()) if (key.startsWith("ال")) return true;
        return false;
    }

    /** The words inside the quotation opened at {@code open}. */
    private static int quotedWords(Analysis a, int open) {
        int words = 0;
        for (int k = open + 1; k < a.size() && a.text.quoteRole(k) != Text.QuoteRole.CLOSE && !a.text.isSentenceEnd(k); k++) {
            if (a.token(k).kind() == Token.Kind.WORD) words++;
        }
        return words;
    }

    private static boolean isBullet(Token t) {
        return t.is("-") || t.is("•") || t.is("*") || t.is("·") || t.is("▪");
    }

    /** One document once: "بيان العلا" signed by the leaders and then by a guest is one adopted document. */
    private static List<Items.AdoptedDocument> once(List<Items.AdoptedDocument> found) {
        if (found.size() < 2) return found;
        List<Items.AdoptedDocument> out = new ArrayList<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (Items.AdoptedDocument d : found) {
            String t = org.qimma.text.ArabicNormalizer.normalizeString(d.title()).strip();
            // "الاتجاهات الاستراتيجية" after "الاتجاهات الاستراتيجية لتطوير التكامل …": the same document, named short
            boolean shortForm = titles.stream().anyMatch(k -> k.startsWith(t + " "));
            if (!shortForm && titles.add(t)) out.add(d);
        }
        return out;
    }

    /** "تم التوقيع على إعلان تيانجين، واعتماد استراتيجية …": a masdar joined by و right after a list of adopted titles. */
    private static boolean joinedToList(Analysis a, int trigger, int listEnd) {
        if (listEnd < 0 || trigger < listEnd || trigger > listEnd + 1) return false;
        Token t = a.token(trigger);
        return t.text().startsWith("و") && a.text.sentenceOf(trigger).first() <= listEnd;
    }

    /** A sentence that opens with the writer's background ("يذكر أن", "وكان … قد"): adopted before, not at this meeting. */
    private boolean background(Analysis a, int trigger) {
        int s = a.text.sentenceOf(trigger).first();
        for (int k = s; k < trigger && k <= s + 1; k++) {
            if (lex.backgroundMarkers.longestAt(a.text.tokens(), k) != null) return true;
        }
        return false;
    }

    /**
     * "ووقع قادة الدول العشر ورئيس وزراء تيمور الشرقية، صباح الأحد، على الإعلان …": a verb of signing or
     * approving whose object comes after على, past a long subject; the position after على, or -1.
     */
    private int objectAfterAla(Analysis a, PhraseMatcher.Match<String> m, int from) {
        if (!m.value().equals("past")) return -1;
        int end = a.text.sentenceOf(m.first()).last();
        for (int k = from; k <= end && k <= from + MAX_SUBJECT_WORDS; k++) {
            Token t = a.token(k);
            if (t.is(".") || t.is("؛") || t.is(":")) return -1;
            if (k > from && lex.documentHeads.longestAt(a.text.tokens(), k) != null) return -1; // a title came first
            if (t.is("علي") && k + 1 <= end) {
                int n = k + 1;
                if (a.token(n).kind() == Token.Kind.QUOTE) n++;
                return n <= end && lex.documentHeads.longestAt(a.text.tokens(), n) != null ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static final int MAX_SUBJECT_WORDS = 20;

    /** Past or passive; a masdar only under a noting verb, never under a call, a plan or the future. */
    private boolean adoptedFrame(Analysis a, PhraseMatcher.Match<String> m) {
        int s = a.text.sentenceOf(m.first()).first();
        // "ومن المقرر أن تختتم القمة أعمالها غداً بإصدار …": a blocker anywhere earlier in the clause
        for (int k = m.first() - 1; k >= Math.max(s, m.first() - 10); k--) {
            if (StatementExtractor.isComma(a.token(k))) break;
            if (Lexicon.anyKey(a.token(k), lex.adoptionBlockers)) return false;
        }
        for (int k = Math.max(s, m.first() - 4); k < m.first(); k++) {
            Token t = a.token(k);
            if (Lexicon.future(t) || Lexicon.anyKey(t, lex.adoptionBlockers)) return false;
            var verb = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
            if (verb != null && (verb.value().kind().equals("called_for") || verb.value().kind().equals("proposed"))) return false;
        }
        if (m.value().equals("past")) {
            String w = a.token(m.first()).text();
            // "تم اعتماد" is past; "يتم اعتماد" is not in the lexicon
            return !(w.startsWith("ي") || w.startsWith("ت") && !w.startsWith("تم") && !w.startsWith("تبن"));
        }
        // a masdar: adopted after ب ("اختتمت القمة أعمالها بإصدار"), after "شهد" or "تم", or when a noting
        // verb or a welcome governs it
        Token trigger = a.token(m.first());
        if (trigger.text().startsWith("ب") && trigger.keys().contains(trigger.text().substring(1))) return true;
        for (int k = Math.max(s, m.first() - 3); k < m.first(); k++) {
            Token t = a.token(k);
            if (t.hasKey("شهد") || t.hasKey("شهدت") || t.hasKey("تم") || t.hasKey("جري")) return true;
        }
        // "وشهد سمو ولي العهد وفخامة الرئيس الصيني توقيع …": شهد, its subjects, then the verbal noun
        for (int k = m.first() - 1; k >= Math.max(s, m.first() - 12); k--) {
            Token t = a.token(k);
            if (t.hasKey("شهد") || t.hasKey("شهدت")) return true;
            if (StatementExtractor.isComma(t) || a.text.isSentenceEnd(k)) break;
        }
        // a noting, saying or announcing verb that governs it, with its subject between ("أعلن سمو ولي العهد
        // الأمير محمد بن سلمان اعتماد البيان الختامي"), not across a comma or a complementizer
        for (int k = m.first() - 1; k >= Math.max(s, m.first() - 12); k--) {
            Token t = a.token(k);
            if (StatementExtractor.isComma(t) || lex.complementizers.containsKey(t.text())) break;
            var verb = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
            if (verb == null) continue;
            String kind = verb.value().kind();
            return kind.equals("noted") || kind.equals("said") || kind.equals("stressed") || kind.equals("announced");
        }
        return false;
    }

    /** Reads the list of titles from {@code k}; returns the token after it. */
    private int list(Analysis a, int k, List<Items.AdoptedDocument> out) {
        int end = a.text.sentenceOf(Math.min(k, a.size() - 1)).last();
        boolean enumeration = false;
        boolean any = false;
        int pos = k;
        int lead = 0;
        while (pos <= end) {
            Token t = a.token(pos);
            if (pos > 0 && a.numberAt(pos - 1) != null && lex.countNouns.longestAt(a.text.tokens(), pos) != null) {
                pos = lex.countNouns.longestAt(a.text.tokens(), pos).last() + 1; // "24 وثيقة" counts documents, it is not one
                continue;
            }
            // "صادق القادة على التوجهات …، وعلى بروتوكول …": the same verb's next object
            if (any && (t.is("وعلي") || t.is("علي")) && pos + 1 <= end && lex.documentHeads.longestAt(a.text.tokens(), pos + 1) != null
                    && pos > 0 && StatementExtractor.isComma(a.token(pos - 1))) {
                pos++;
                continue;
            }
            // "«إعلان قمة ريو دي جانيرو» تحت عنوان «…»، إلى جانب …": what the last title is headed, then the list goes on
            if (any && t.is("تحت") && pos + 2 <= end && (a.token(pos + 1).is("عنوان") || a.token(pos + 1).is("شعار"))
                    && a.text.quoteRole(pos + 2) == Text.QuoteRole.OPEN) {
                int close = closingQuote(a, pos + 2, end);
                if (close > 0) {
                    pos = close + 1;
                    continue;
                }
            }
            PhraseMatcher.Match<Boolean> link = any ? lex.documentListLinks.longestAt(a.text.tokens(), pos) : null;
            if (link != null) {
                // "، إلى جانب استراتيجية …": the list goes on, with a title under a head noun
                int n = link.last() + 1;
                if (n <= end && a.token(n).kind() == Token.Kind.QUOTE) n++;
                if (n <= end && lex.documentHeads.longestAt(a.text.tokens(), n) == null) {
                    // "، إلى جانب حزمة من الوثائق، بينها قرار …": documents counted, then some of them by title
                    int comma = collectionThenInclusion(a, n, end);
                    if (comma < 0) return pos;
                    enumeration = true;
                    pos = comma + 1;
                    continue;
                }
                if (n > end) return pos;
                pos = link.last() + 1;
                continue;
            }
            PhraseMatcher.Match<Lexicon.DocumentHead> head = lex.documentHeads.longestAt(a.text.tokens(), pos);
            boolean quotedHead = t.kind() == Token.Kind.QUOTE && a.text.quoteRole(pos) == Text.QuoteRole.OPEN
                    && pos + 1 <= end && lex.documentHeads.longestAt(a.text.tokens(), pos + 1) != null;
            // "وأقر القادة، إلى جانب الإعلان، خطة العمل …": an aside between commas before the first title
            if (!any && StatementExtractor.isComma(t)) {
                int close = asideEnd(a, pos, end);
                if (close > 0) {
                    pos = close + 1;
                    continue;
                }
            }
            // "اتفاقية …، التي كان الرئيس قد طرح فكرتها العام الماضي، وبيان …": a clause about the last title,
            // and the list goes on after it
            if (head == null && !quotedHead && any && pos > 0 && StatementExtractor.isComma(a.token(pos - 1))
                    && Lexicon.anyKey(t, lex.relativePronouns)) {
                int resumes = afterRelativeClause(a, pos, end);
                if (resumes > 0) {
                    pos = resumes;
                    continue;
                }
            }
            // "وقعوا الوثائق الثماني التي عُرضت عليهم، وفي مقدمتها …": a clause about the documents counted,
            // then the titles after an inclusion word
            if (head == null && !quotedHead && !any && enumeration && Lexicon.anyKey(t, lex.relativePronouns)) {
                int resumes = inclusionAfterClause(a, pos, end);
                if (resumes > 0) {
                    pos = resumes;
                    continue;
                }
            }
            // "…، كما وافقوا على …", "…، التي سترفع إلى …", "…، وفي مقدمتها …": a new clause, not the list's next title
            if (head == null && !quotedHead && any && opensClause(a, pos)) return pos;
            if (head == null && !quotedHead) {
                // before the first title: the subject, time words, "24 وثيقة، بما في ذلك"
                String intro = Lexicon.firstKey(t, lex.adoptionSkip);
                boolean skippable = t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE || t.is("و")
                        || intro != null || a.numberAt(pos) != null || a.dateAt(pos) != null
                        || lex.countNouns.longestAt(a.text.tokens(), pos) != null
                        || !any && a.mentionAt(pos) != null;
                if (intro != null && lex.adoptionSkip.get(intro) && !any) enumeration = true;
                if (skippable && (any || lead < 14)) {
                    if (!any) lead++;
                    if (a.mentionAt(pos) != null && !any) pos = a.mentionAt(pos).last();
                    pos++;
                    continue;
                }
                if (!any) {
                    // "وقّع الملك سلمان، والرئيس شي جين بينغ رئيس جمهورية الصين، في قصر اليمامة اليوم، اتفاقية …":
                    // the signers and the place, then the first title
                    int ahead = headAhead(a, pos, end);
                    if (ahead > pos) {
                        pos = ahead;
                        continue;
                    }
                }
                if (!enumeration || !any) return pos;
                // a new trigger inside the list ("، وتم اعتماد ...") starts a new list
                if (lex.adoptionTriggers.longestAt(a.text.tokens(), pos) != null) return pos;
            } else if (head != null && head.value().plural() && !whatForFollows(a, head.last() + 1, end)) {
                if (any) return pos;
                enumeration = true;
                pos = head.last() + 1;
                continue;
            }
            // "قرارات بمنح …، ومنح …": decisions named by what they do, and more of them after
            if (head != null && head.value().plural()) enumeration = true;
            int first = pos;
            int titleEnd;
            if (quotedHead) {
                // "إعلان الكويت": the title is what the quote marks hold
                first = pos + 1;
                titleEnd = closingQuote(a, pos, end) - 1;
                if (titleEnd < first) return pos;
            } else {
                titleEnd = titleEnd(a, pos, end);
                if (titleEnd < pos || head == null && titleEnd - pos < 1) return pos;
            }
            Token ft = a.token(first);
            int skip = ft.text().startsWith("و") && lex.documentHeads.longestAt(a.text.tokens(), first, x -> List.of(x.text())) == null
                    && head != null ? 1 : 0;
            if (head == null && !quotedHead && ft.text().startsWith("و") && ft.keys().size() > 1) skip = 1;
            if (head != null && !quotedHead && titleEnd == head.last() && head.length() == 1 && definite(a.token(first))) {
                // "الإعلان" alone: the declaration named before, not a title of its own
                any = true;
                pos = titleEnd + 1;
                continue;
            }
            int next = quotedHead ? titleEnd + 2 : titleEnd + 1;
            // "أصدرت القمة بيانها الختامي": the title as the text writes it with the article ("البيان الختامي")
            int definite = !quotedHead && skip == 0 ? definiteForm(a, first, titleEnd) : -1;
            if (definite >= 0) {
                titleEnd = definite + (titleEnd - first);
                first = definite;
            }
            String title = a.originalSkipping(first, skip, titleEnd);
            String period = null;
            for (int q = first; q <= titleEnd; q++) {
                PeriodMention p = a.periodAt(q);
                if (p != null) period = p.value();
            }
            PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), first);
            String kind = h != null ? h.value().kind() : "decision";
            out.add(new Items.AdoptedDocument(title, null, period, kind, a.spanSkipping(first, skip, titleEnd)));
            any = true;
            pos = next;
        }
        return pos;
    }

    /**
     * "قرارات بمنح مصر وقطر صفة شريك", "وقرارات ببدء إجراءات …": a plural head with ب and a verbal noun right
     * after it says what the decisions do; it is a title, not the lead of an enumeration.
     */
    private boolean whatForFollows(Analysis a, int n, int end) {
        if (n > end) return false;
        return a.token(n).text().startsWith("ب") && lex.isMasdarAfterPreposition(a.token(n));
    }

    private static final List<String> POSSESSIVES = List.of("هما", "هم", "ها", "ه");

    /**
     * Where the text names the title at {@code [first, last]}, whose head carries a possessive
     * ("بيانها الختامي"), with the article instead ("البيان الختامي"): the first token of that
     * mention, or -1 when the text has none.
     */
    private int definiteForm(Analysis a, int first, int last) {
        String head = a.token(first).text();
        String stem = null;
        for (String p : POSSESSIVES) {
            if (head.endsWith(p) && head.length() > p.length() + 2) {
                stem = head.substring(0, head.length() - p.length());
                break;
            }
        }
        if (stem == null || lex.documentHeads.longestAt(a.text.tokens(), first) == null) return -1;
        String withArticle = "ال" + stem;
        int n = last - first;
        for (int k = 0; k + n < a.size(); k++) {
            if (k == first || !a.token(k).is(withArticle)) continue;
            boolean same = true;
            for (int q = 1; q <= n && same; q++) same = a.token(k + q).text().equals(a.token(first + q).text());
            if (same) return k;
        }
        return -1;
    }

    /**
     * The first head noun of a title within thirty tokens of {@code from} in the clause, past names,
     * titles, places and time words but no verb of saying, adoption, relative pronoun or new clause;
     * -1 when there is none.
     */
    private int headAhead(Analysis a, int from, int end) {
        for (int k = from; k <= end && k < from + 30; k++) {
            Token t = a.token(k);
            if (t.kind() == Token.Kind.QUOTE && a.text.quoteRole(k) == Text.QuoteRole.OPEN && k + 1 <= end
                    && lex.documentHeads.longestAt(a.text.tokens(), k + 1) != null) return k;
            if (t.kind() != Token.Kind.WORD) {
                if (a.text.isSentenceEnd(k) || t.is(":") || t.is("؛")) return -1;
                // "، في ختام قمتهم التي استمرت يومين،": an aside, whatever clause it holds
                int close = StatementExtractor.isComma(t) ? asideEnd(a, k, end) : -1;
                if (close > 0) k = close;
                continue;
            }
            if (a.mentionAt(k) != null) {
                k = a.mentionAt(k).last();
                continue;
            }
            PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), k);
            if (h != null) return h.value().plural() ? -1 : k;
            if (Lexicon.anyKey(t, lex.clauseBoundaries) || Lexicon.anyKey(t, lex.relativePronouns)
                    || lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null
                    || lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null
                    || Lexicon.anyKey(t, lex.adoptionBlockers)) return -1;
        }
        return -1;
    }

    /**
     * Where a list of titles goes on after a relative clause about its last title: the token after the
     * clause's closing comma when a head noun (with و) or a link phrase and a head noun follows it,
     * within twenty-five tokens and before any adoption verb; -1 when the list does not go on.
     */
    private int afterRelativeClause(Analysis a, int relative, int end) {
        for (int k = relative + 1; k < end && k <= relative + 25; k++) {
            if (lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null) return -1;
            if (!StatementExtractor.isComma(a.token(k))) continue;
            int n = k + 1;
            PhraseMatcher.Match<Boolean> link = lex.documentListLinks.longestAt(a.text.tokens(), n);
            if (link != null) n = link.last() + 1;
            if (n <= end && a.token(n).kind() == Token.Kind.QUOTE) n++;
            PhraseMatcher.Match<Lexicon.DocumentHead> h = n <= end ? lex.documentHeads.longestAt(a.text.tokens(), n) : null;
            return h != null && !h.value().plural() ? k + 1 : -1;
        }
        return -1;
    }

    /**
     * "حزمة من الوثائق، بينها": from {@code n}, words that count documents (adoption-skip.tsv, intro true:
     * حزمة، عدد، الوثائق), then a comma and an inclusion word; the comma's position, or -1.
     */
    private int collectionThenInclusion(Analysis a, int n, int end) {
        boolean counted = false;
        for (int k = n; k <= end && k <= n + 5; k++) {
            Token t = a.token(k);
            if (StatementExtractor.isComma(t)) {
                String intro = k + 1 <= end ? Lexicon.firstKey(a.token(k + 1), lex.adoptionSkip) : null;
                return counted && intro != null && lex.adoptionSkip.get(intro) ? k : -1;
            }
            String word = Lexicon.firstKey(t, lex.adoptionSkip);
            if (word == null) return -1;
            if (lex.adoptionSkip.get(word)) counted = true;
        }
        return -1;
    }

    /**
     * After a relative clause about documents counted before any title ("التي عُرضت عليهم"), the comma
     * that ends it when an inclusion word follows ("، وفي مقدمتها", "، من بينها": adoption-skip.tsv,
     * intro true); -1 otherwise.
     */
    private int inclusionAfterClause(Analysis a, int relative, int end) {
        for (int k = relative + 1; k < end && k <= relative + 12; k++) {
            if (lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null) return -1;
            if (!StatementExtractor.isComma(a.token(k))) continue;
            for (int n = k + 1; n <= end && n <= k + 3; n++) {
                String intro = Lexicon.firstKey(a.token(n), lex.adoptionSkip);
                if (intro != null && lex.adoptionSkip.get(intro)) return k + 1;
            }
            return -1;
        }
        return -1;
    }

    /**
     * The comma closing an aside that opens with a preposition at the comma {@code open} ("، إلى جانب
     * الإعلان،", "، في ختام القمة،"), within sixteen tokens and before any quotation mark; -1 when there
     * is none.
     */
    private int asideEnd(Analysis a, int open, int end) {
        if (open + 1 > end) return -1;
        Token first = a.token(open + 1);
        if (!(Lexicon.anyKey(first, lex.prepositions) || first.is("في") || first.is("خلال"))) return -1;
        for (int k = open + 2; k <= end && k <= open + 16; k++) {
            if (StatementExtractor.isComma(a.token(k))) return k;
            if (a.token(k).kind() == Token.Kind.QUOTE) return -1;
            if (a.text.isSentenceEnd(k)) return -1;
        }
        return -1;
    }

    /** True when the token at {@code k} (with or without و) opens a clause: a boundary word, a relative pronoun, a preposition, a verb. */
    private boolean opensClause(Analysis a, int k) {
        Token t = a.token(k);
        if (t.kind() != Token.Kind.WORD) return false;
        return Lexicon.anyKey(t, lex.clauseBoundaries) || Lexicon.anyKey(t, lex.relativePronouns)
                || Lexicon.anyKey(t, lex.prepositions) || t.hasKey("في")
                || lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null
                || lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null;
    }

    private static int closingQuote(Analysis a, int open, int end) {
        for (int k = open + 1; k <= end; k++) {
            if (a.text.quoteRole(k) == Text.QuoteRole.CLOSE) return k;
            if (a.token(k).kind() == Token.Kind.QUOTE) return k;
        }
        return -1;
    }

    /** A title ends at a comma, before و + a head noun, after a period phrase, or before "في قمة/خلال". */
    private int titleEnd(Analysis a, int from, int end) {
        int depth = 0;
        boolean between = false;
        for (int k = from; k <= end; k++) {
            Token t = a.token(k);
            Text.QuoteRole r = a.text.quoteRole(k);
            // "الاتجاهات الاستراتيجية "خطوة مهمة نحو …"": a quoted clause after the title, not a quoted name in it
            if (k > from && depth == 0 && r == Text.QuoteRole.OPEN && quotedWords(a, k) > 3 && definiteHeadEndsAt(a, from, k - 1)) return k - 1;
            if (r == Text.QuoteRole.OPEN) depth++;
            if (r == Text.QuoteRole.CLOSE) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            if (StatementExtractor.isComma(t) || t.is(".") || t.is("؛") || t.is(":")) return k - 1;
            if (k > from && (t.is("الذي") || t.is("التي") || t.is("والذي") || t.is("والتي") || t.is("الذين"))) return k - 1;
            // "وصف الرئيس اعتماد الميثاق بأنه "لحظة تاريخية"": what the title is called, not the title
            if (k > from && (t.is("بانه") || t.is("بانها") || t.is("بان"))) return k - 1;
            // "البيان الختامي للدورة فيما وقع …": a new clause
            // ("فيما يتعلق بـ", "فيما يخص": concerning, inside the title)
            boolean concerning = t.is("فيما") && k + 1 <= end && (a.token(k + 1).is("يتعلق") || a.token(k + 1).is("يخص"));
            if (k > from && !t.is("مع") && !t.is("قبل") && !concerning && Lexicon.anyKey(t, lex.clauseBoundaries)) return k - 1;
            // "قراراً بتولي أوزبكستان رئاسة الرابطة اعتباراً من الأول من يناير": when it holds from, not its title
            // (non-event-date-words.tsv, a word then من; "حتى عام 2030" may be part of a title)
            if (k > from && k + 1 <= end && a.token(k + 1).is("من") && Lexicon.anyKey(t, lex.nonEventDateWords)) return k - 1;
            // "ووقع على الإعلان كل من الرئيس …": the signers, after the document
            // ("قرارات بمنح كل من مصر وقطر …": after ب and a verbal noun, its objects, inside the title)
            if (k > from && t.is("كل") && k + 1 <= end && a.token(k + 1).is("من") && !whatForFollows(a, k - 1, end)) return k - 1;
            PeriodMention p = a.periodAt(k);
            if (p != null && p.first() == k) {
                // "خطة العمل للفترة 2018-2022 لتنفيذ معاهدة …": the name goes on with a purpose (لـ + verbal noun)
                int n = p.last() + 1;
                boolean goesOn = n <= end && a.token(n).kind() == Token.Kind.WORD && a.token(n).text().startsWith("ل")
                        && a.token(n).keys().size() > 1 && lex.isMasdar(a.token(n));
                // "… حتى عام 2030 وللفترة حتى عام 2045": a second period joined by و is the same title's
                goesOn |= n <= end && a.token(n).text().startsWith("و") && (a.periodAt(n) != null || n + 1 <= end && a.periodAt(n + 1) != null);
                if (!goesOn) {
                    // "… حتى عام 2045 "المسار الاقتصادي الأوراسي"": the document's own name in quotes after its period
                    if (n <= end && a.text.quoteRole(n) == Text.QuoteRole.OPEN && quotedWords(a, n) <= 6) {
                        int close = closingQuote(a, n, end);
                        if (close > 0 && (close == end || StatementExtractor.isComma(a.token(close + 1)) || a.token(close + 1).is("."))) return close;
                    }
                    return p.last();
                }
                k = p.last();
                continue;
            }
            // "… في دوشنبه إضافة إلى بيان …": a link phrase before the next title
            if (k > from) {
                PhraseMatcher.Match<Boolean> link = lex.documentListLinks.longestAt(a.text.tokens(), k);
                if (link != null && link.last() + 1 <= end) {
                    int n = link.last() + 1;
                    if (a.token(n).kind() == Token.Kind.QUOTE) n++;
                    if (n <= end && lex.documentHeads.longestAt(a.text.tokens(), n) != null) return k - 1;
                }
            }
            // "بيانها الختامي و"إعلان الكويت"": و alone, then a quoted title
            if (k > from && t.is("و") && k + 2 <= end && a.token(k + 1).kind() == Token.Kind.QUOTE
                    && lex.documentHeads.longestAt(a.text.tokens(), k + 2) != null) return k - 1;
            if (t.is("بين")) between = true;
            if (k > from && t.text().startsWith("و") && t.text().length() > 2) {
                PhraseMatcher.Match<Lexicon.DocumentHead> h = lex.documentHeads.longestAt(a.text.tokens(), k);
                // "خطة المواءمة بين رؤية المملكة 2030 ومبادرة الحزام والطريق": the second term of بين, not a new title
                if (h != null && between) {
                    between = false;
                    continue;
                }
                if (h != null) return k - 1;
                if (lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings) != null) return k - 1;
            }
            if (k > from && (t.is("في") || t.is("خلال") || t.is("علي")) && k + 1 <= end) {
                Token n = a.token(k + 1);
                if (n.hasKey("قمه") || n.hasKey("اجتماع") || n.hasKey("ختام") || n.hasKey("الدوره") || n.hasKey("هامش")
                        || n.hasKey("جلسه") || n.hasKey("الجلسه") || n.text().startsWith("ختام")) return k - 1;
            }
            // "قرار ختامي دعا إلى …": a verb of saying after the title begins what the document says
            if (k > from && t.kind() == Token.Kind.WORD) {
                PhraseMatcher.Match<Lexicon.SpeechVerb> v = lex.speechVerbs.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
                // (a past verb: "قراراً يطالب إسرائيل بـ…" names the resolution by what it demands)
                if (v != null && v.value().frame().equals("verb") && !t.text().startsWith("ي") && !t.text().startsWith("ت")) return k - 1;
            }
        }
        return end;
    }
}
