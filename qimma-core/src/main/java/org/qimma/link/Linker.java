package org.qimma.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The words of every organisation's Arabic names: shared by all proposals about it, so no evidence. */
    private final Set<String> organisationWords = new HashSet<>();

    public Linker(KnowledgeBase kb) {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/link-stopwords.tsv")) stopwords.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/masdars.tsv")) masdars.add(norm(r.get("word")));
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
        List<Dated> byDate = new ArrayList<>(articles);
        byDate.sort((x, y) -> compareDates(x.date, y.date));
        List<Map<String, Object>> links = new ArrayList<>();
        sameMeetings(byDate, links);
        Set<String> adopted = new HashSet<>();
        proposalsAdopted(byDate, links, adopted);
        chairmanshipTerms(byDate, links);
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

    private void sameMeetings(List<Dated> arts, List<Map<String, Object>> out) {
        for (int i = 0; i < arts.size(); i++) {
            for (int j = i + 1; j < arts.size(); j++) {
                for (Items.Meeting a : arts.get(i).record.meetings()) {
                    for (Items.Meeting b : arts.get(j).record.meetings()) {
                        if (!a.organisation().equals(b.organisation()) || !eq(a.body(), b.body())) continue;
                        if (!datesAgree(a.date(), b.date())) continue;
                        // a year-only date agrees with every meeting that year: only when one of them was planned
                        if ((a.date().length() == 4 || b.date().length() == 4)
                                && !"planned".equals(a.status()) && !"planned".equals(b.status())) continue;
                        Map<String, Object> l = new LinkedHashMap<>();
                        l.put("kind", "same_meeting");
                        l.put("a", end(arts.get(i).article(), a));
                        l.put("b", end(arts.get(j).article(), b));
                        out.add(l);
                    }
                }
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

    private void proposalsAdopted(List<Dated> arts, List<Map<String, Object>> out, Set<String> adopted) {
        for (int i = 0; i < arts.size(); i++) {
            for (Items.Proposal p : arts.get(i).record.proposals()) {
                List<String> idea = ideaWords(p.what());
                if (idea.size() < 2) continue;
                for (int j = i + 1; j < arts.size(); j++) {
                    if (compareDates(arts.get(i).date, arts.get(j).date) >= 0) continue; // adopted later, not before
                    for (Items.AdoptedDocument d : arts.get(j).record.adoptedDocuments()) {
                        List<String> title = ideaWords(d.title());
                        if (title.isEmpty() || !idea.get(0).equals(title.get(0))) continue; // the same kind of document
                        long shared = idea.stream().filter(title::contains).count();
                        if (shared * 2 < idea.size() + 1) continue;
                        Map<String, Object> l = new LinkedHashMap<>();
                        l.put("kind", "proposal_adopted");
                        l.put("proposal", pair("article", arts.get(i).article(), "what", p.what()));
                        l.put("outcome", pair("article", arts.get(j).article(), "title", d.title()));
                        out.add(l);
                        adopted.add(arts.get(i).article() + "|" + p.what());
                    }
                }
            }
        }
    }

    private void chairmanshipTerms(List<Dated> arts, List<Map<String, Object>> out) {
        for (int i = 0; i < arts.size(); i++) {
            for (Items.Chairmanship begin : arts.get(i).record.chairmanship()) {
                if (begin.to() == null || !begin.phase().equals("begins") && !begin.phase().equals("handed_over")) continue;
                for (int j = i + 1; j < arts.size(); j++) {
                    for (Items.Chairmanship end : arts.get(j).record.chairmanship()) {
                        if (!end.organisation().equals(begin.organisation()) || !begin.to().equals(end.from())) continue;
                        Map<String, Object> l = new LinkedHashMap<>();
                        l.put("kind", "chairmanship_term");
                        l.put("organisation", begin.organisation());
                        l.put("holder", begin.to());
                        l.put("period", begin.period() != null ? begin.period() : end.period());
                        l.put("begins", pair("article", arts.get(i).article(), null, null));
                        l.put("completed", pair("article", arts.get(j).article(), null, null));
                        out.add(l);
                    }
                }
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
        for (String w : Overlap.words(s)) {
            String bare = Clitics.bare(w);
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
