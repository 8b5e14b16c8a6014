package org.qimma.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.qimma.eval.Evaluation;
import org.qimma.kb.KnowledgeBase;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;
import org.qimma.resources.Tsv;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.Clitics;
import org.qimma.text.Overlap;

/**
 * Links records of several articles: the same meeting told twice (announced, then held), a
 * proposal that a later article reports adopted — matched on meaning, not on exact words: the same
 * kind of document (its head noun) and most of the proposal's idea words in the title, with the
 * organisation's name and the verbal noun of the action set aside —, and chairmanship terms begun
 * in one article and completed in another. Proposals with no outcome stay open.
 */
public final class Linker {

    /** One article's record, and the date it speaks from (its date line, or its first full date). */
    public record Dated(ArticleRecord record, String date) {
        String article() {
            return Evaluation.stem(record.source());
        }
    }

    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> masdars = new HashSet<>();
    /** One-word heads of decisions and agreements ("قرار إنشاء مركز …"): the idea is what they decide. */
    private final Set<String> actHeads = new HashSet<>();
    /** The words of every organisation's Arabic names: shared by all proposals about it, so no evidence. */
    private final Set<String> organisationWords = new HashSet<>();

    public Linker(KnowledgeBase kb) {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/link-stopwords.tsv")) stopwords.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/masdars.tsv")) masdars.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/documents.tsv")) {
            String kind = r.get("kind");
            if ((kind.equals("decision") || kind.equals("agreement")) && !r.get("head").contains(" ")) actHeads.add(norm(r.get("head")));
        }
        for (var o : kb.organisations()) {
            for (String n : o.ar()) {
                for (String w : Overlap.words(n)) organisationWords.add(Clitics.bare(w));
            }
            for (String n : o.arAcronym()) for (String w : Overlap.words(n)) organisationWords.add(Clitics.bare(w));
        }
    }

    /** An article's record with the date it speaks from: its date line, else its first meeting held. */
    public static Dated dated(ArticleRecord r) {
        String date = r.published();
        if (date == null) {
            for (Items.Meeting m : r.meetings()) {
                if ("held".equals(m.status()) && m.date() != null && m.date().length() == 10) {
                    date = m.date();
                    break;
                }
            }
        }
        return new Dated(r, date);
    }

    public Links link(List<Dated> articles) {
        return link(articles, null);
    }

    /**
     * The links among {@code articles} that have at least one end in {@code touched} (article
     * stems; null for all): what a store recomputes when articles are added, in time proportional
     * to the added articles times all, not all times all. Open proposals are those of every
     * article that no link returned here adopts, so they are complete only when touched is null.
     */
    public Links link(List<Dated> articles, Set<String> touched) {
        List<Dated> byDate = new ArrayList<>(articles);
        byDate.sort((x, y) -> compareDates(x.date, y.date));
        Map<Dated, Ideas> ideas = new IdentityHashMap<>();
        for (Dated d : byDate) ideas.put(d, new Ideas(d));
        List<Map<String, Object>> meetings = new ArrayList<>();
        List<Map<String, Object>> adoptions = new ArrayList<>();
        List<Map<String, Object>> terms = new ArrayList<>();
        Set<String> adopted = new HashSet<>();
        forEachPair(byDate, touched, (earlier, later) -> {
            sameMeetings(earlier, later, meetings);
            proposalsAdopted(earlier, later, ideas.get(earlier), ideas.get(later), adoptions, adopted);
            chairmanshipTerms(earlier, later, terms);
        });
        List<Map<String, Object>> links = new ArrayList<>(meetings);
        links.addAll(adoptions);
        links.addAll(terms);
        List<Map<String, Object>> open = new ArrayList<>();
        for (Dated d : byDate) {
            for (Items.Proposal p : d.record.proposals()) {
                if (adopted.contains(d.article() + "|" + p.what())) continue;
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("article", d.article());
                o.put("what", p.what());
                o.put("proposer_en", p.proposerEn());
                o.put("proposer_state_en", p.proposerStateEn());
                open.add(o);
            }
        }
        return new Links(links, open);
    }

    /** Each pair of articles once, earlier (by date) first; with touched, only pairs with a touched end. */
    private static void forEachPair(List<Dated> byDate, Set<String> touched, BiConsumer<Dated, Dated> f) {
        int n = byDate.size();
        if (touched == null) {
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) f.accept(byDate.get(i), byDate.get(j));
            return;
        }
        boolean[] isTouched = new boolean[n];
        for (int i = 0; i < n; i++) isTouched[i] = touched.contains(byDate.get(i).article());
        for (int t = 0; t < n; t++) {
            if (!isTouched[t]) continue;
            for (int o = 0; o < n; o++) {
                if (o == t || isTouched[o] && o < t) continue; // a pair of two touched articles once
                f.accept(byDate.get(Math.min(t, o)), byDate.get(Math.max(t, o)));
            }
        }
    }

    /** The idea words of an article's proposals and adopted titles, worked out once. */
    private final class Ideas {
        final List<List<String>> proposals = new ArrayList<>();
        final List<List<String>> titles = new ArrayList<>();

        Ideas(Dated d) {
            for (Items.Proposal p : d.record.proposals()) proposals.add(ideaWords(p.what()));
            for (Items.AdoptedDocument doc : d.record.adoptedDocuments()) titles.add(ideaWords(doc.title()));
        }
    }

    private void sameMeetings(Dated x, Dated y, List<Map<String, Object>> out) {
        for (Items.Meeting a : x.record.meetings()) {
            for (Items.Meeting b : y.record.meetings()) {
                if (!a.organisation().equals(b.organisation()) || !eq(a.body(), b.body())) continue;
                // the 34th session is not the 33rd, however the years agree
                if (a.ordinal() != null && b.ordinal() != null && !a.ordinal().equals(b.ordinal())) continue;
                if (!datesAgree(a.date(), b.date()) && !sessionDays(a.date(), b.date())) continue;
                // a year-only date agrees with every meeting that year: only when one of them was planned
                if ((a.date().length() == 4 || b.date().length() == 4)
                        && !"planned".equals(a.status()) && !"planned".equals(b.status())) continue;
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("kind", "same_meeting");
                l.put("a", end(x.article(), a));
                l.put("b", end(y.article(), b));
                // two organs met that day (the summit and "SCO Plus"): one link says the articles tell that day's meeting
                if (!out.contains(l)) out.add(l);
            }
        }
    }

    private static Map<String, Object> end(String article, Items.Meeting m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("article", article);
        e.put("organisation", m.organisation());
        e.put("date", m.date());
        e.put("status", m.status());
        return e;
    }

    /** True when the two records' meetings share an organisation, or either names no meeting at all. */
    private static boolean shareAnOrganisation(ArticleRecord x, ArticleRecord y) {
        if (x.meetings().isEmpty() || y.meetings().isEmpty()) return true;
        for (Items.Meeting m : x.meetings()) {
            for (Items.Meeting n : y.meetings()) if (m.organisation().equals(n.organisation())) return true;
        }
        return false;
    }

    private void proposalsAdopted(Dated x, Dated y, Ideas xi, Ideas yi, List<Map<String, Object>> out, Set<String> adopted) {
        if (compareDates(x.date, y.date) >= 0) return; // adopted later, not before
        // a proposal made about one organisation is adopted by that organisation: not by the bodies of
        // another the two articles share nothing with (an EAEU programme is no CSTO one)
        if (!shareAnOrganisation(x.record, y.record)) return;
        List<Items.Proposal> proposals = x.record.proposals();
        for (int pi = 0; pi < proposals.size(); pi++) {
            Items.Proposal p = proposals.get(pi);
            List<String> idea = xi.proposals.get(pi);
            if (idea.size() < 2) continue;
            List<Items.AdoptedDocument> docs = y.record.adoptedDocuments();
            for (int di = 0; di < docs.size(); di++) {
                Items.AdoptedDocument d = docs.get(di);
                List<String> title = yi.titles.get(di);
                if (title.isEmpty() || !idea.get(0).equals(title.get(0))) continue; // the same kind of document
                long shared = idea.stream().filter(title::contains).count();
                if (shared * 2 < idea.size() + 1) continue;
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("kind", "proposal_adopted");
                l.put("proposal", pair("article", x.article(), "what", p.what()));
                l.put("outcome", pair("article", y.article(), "title", d.title()));
                out.add(l);
                adopted.add(x.article() + "|" + p.what());
            }
        }
    }

    private void chairmanshipTerms(Dated x, Dated y, List<Map<String, Object>> out) {
        for (Items.Chairmanship begin : x.record.chairmanship()) {
            if (begin.to() == null || !begin.phase().equals("begins") && !begin.phase().equals("handed_over")) continue;
            for (Items.Chairmanship end : y.record.chairmanship()) {
                if (!end.organisation().equals(begin.organisation()) || !begin.to().equals(end.from())) continue;
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("kind", "chairmanship_term");
                l.put("organisation", begin.organisation());
                l.put("holder", begin.to());
                l.put("period", begin.period() != null ? begin.period() : end.period());
                l.put("begins", pair("article", x.article(), null, null));
                l.put("completed", pair("article", y.article(), null, null));
                out.add(l);
            }
        }
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        if (k2 != null) m.put(k2, v2);
        return m;
    }

    /** The words that carry a proposal's or a title's idea, its head noun first. */
    List<String> ideaWords(String s) {
        List<String> out = new ArrayList<>();
        List<String> words = Overlap.words(s);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String bare = Clitics.bare(w);
            // "قرار إنشاء مركز مكافحة المخدرات": a decision or agreement to act names the thing acted on
            if (out.isEmpty() && i + 1 < words.size() && (actHeads.contains(w) || actHeads.contains(bare))
                    && (masdars.contains(words.get(i + 1)) || masdars.contains(Clitics.bare(words.get(i + 1))))) continue;
            if (stopwords.contains(w) || stopwords.contains(bare) || w.matches("\\d+")) continue;
            if (out.isEmpty() && (masdars.contains(w) || masdars.contains(bare))) continue; // the action, not the thing
            String word = bare.length() >= 3 ? bare : w;
            if (!out.isEmpty() && organisationWords.contains(word)) continue;
            out.add(word);
        }
        return out;
    }

    private static String norm(String s) {
        return String.join(" ", Overlap.words(ArabicNormalizer.normalizeString(s)));
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Two days of one organ's session: "القمة المقررة في 31 أغسطس" and "اختتمت القمة اليوم، الأول من سبتمبر". */
    static boolean sessionDays(String a, String b) {
        if (a == null || b == null || a.length() != 10 || b.length() != 10) return false;
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a), java.time.LocalDate.parse(b));
            return Math.abs(days) <= 2;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    static boolean datesAgree(String a, String b) {
        if (a == null || b == null) return false;
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).equals(b.substring(0, n));
    }

    private static int compareDates(String a, String b) {
        if (a == null && b == null) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        return a.compareTo(b);
    }
}
