package org.qimma.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.qimma.text.Overlap;

/**
 * Scores records against gold exactly as shared/spec/RECORD.md says: per list, items are paired
 * one to one, greedily, when they match; optional gold items count neither way; then precision,
 * recall and F1 per list and micro-averaged over all lists.
 */
public final class Scorer {

    public static final List<String> LISTS = List.of("meetings", "statements", "proposals", "adopted_documents",
            "memberships", "chairmanship", "counts");

    /** Counts of one list, plus what was missed and what was extra, for {@code --verbose}. */
    public static final class Tally {
        public int tp, fp, fn;
        public final List<String> misses = new ArrayList<>();
        public final List<String> extras = new ArrayList<>();

        public double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Tally o) {
            tp += o.tp; fp += o.fp; fn += o.fn;
            misses.addAll(o.misses);
            extras.addAll(o.extras);
        }
    }

    /** The tallies of all lists over many articles, and the published-date agreement. */
    public static final class Report {
        public final Map<String, Tally> lists = new LinkedHashMap<>();
        public final Tally published = new Tally();
        /** Cross-article links, when the gold folder has links.json; scored apart from the article lists. */
        public Tally links;

        public Report() {
            for (String l : LISTS) lists.put(l, new Tally());
        }

        public Tally micro() {
            Tally t = new Tally();
            for (Tally x : lists.values()) { t.tp += x.tp; t.fp += x.fp; t.fn += x.fn; }
            return t;
        }

        public String format(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-18s %5s %5s %5s %6s %6s %6s%n", "list", "tp", "fp", "fn", "P", "R", "F1"));
            for (var e : lists.entrySet()) row(b, e.getKey(), e.getValue());
            row(b, "published", published);
            if (links != null) row(b, "links", links);
            if (verbose) {
                for (var e : lists.entrySet()) {
                    for (String m : e.getValue().misses) b.append("miss  ").append(e.getKey()).append(": ").append(m).append('\n');
                    for (String m : e.getValue().extras) b.append("extra ").append(e.getKey()).append(": ").append(m).append('\n');
                }
                for (String m : published.misses) b.append("miss  published: ").append(m).append('\n');
                if (links != null) {
                    for (String m : links.misses) b.append("miss  links: ").append(m).append('\n');
                    for (String m : links.extras) b.append("extra links: ").append(m).append('\n');
                }
            }
            Tally m = micro();
            b.append(String.format(Locale.ROOT, "micro P %.3f R %.3f F1 %.3f%n", m.precision(), m.recall(), m.f1()));
            return b.toString();
        }

        private static void row(StringBuilder b, String name, Tally t) {
            b.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %6.3f %6.3f %6.3f%n", name, t.tp, t.fp, t.fn,
                    t.precision(), t.recall(), t.f1()));
        }
    }

    private Scorer() {}

    /** Adds one article's record against its gold to {@code report}. */
    public static void score(String article, JsonNode gold, JsonNode record, Report report) {
        report.lists.get("meetings").add(pair(article, gold, record, "meetings", Scorer::meetingMatch, Scorer::describeMeeting));
        report.lists.get("statements").add(pair(article, gold, record, "statements", Scorer::statementMatch,
                n -> text(n, "speaker_en") + " / " + text(n, "quote_or_gist")));
        report.lists.get("proposals").add(pair(article, gold, record, "proposals", Scorer::proposalMatch,
                n -> text(n, "proposer_en") + " / " + text(n, "what")));
        report.lists.get("adopted_documents").add(pair(article, gold, record, "adopted_documents",
                (g, s) -> Overlap.of(text(g, "title"), text(s, "title")) >= 0.6, n -> text(n, "title")));
        report.lists.get("memberships").add(pair(article, gold, record, "memberships",
                (g, s) -> eq(text(g, "state_en"), text(s, "state_en")) && eq(text(g, "change"), text(s, "change")),
                n -> text(n, "state_en") + " " + text(n, "change")));
        report.lists.get("chairmanship").add(pair(article, gold, record, "chairmanship", Scorer::chairMatch,
                n -> text(n, "organisation") + " from " + text(n, "from") + " to " + text(n, "to") + " " + text(n, "phase")));
        report.lists.get("counts").add(pair(article, gold, record, "counts",
                (g, s) -> g.path("number").asLong() == s.path("number").asLong(), n -> n.path("number").asText() + " " + text(n, "what")));
        String gp = text(gold, "published");
        if (gp != null) {
            String sp = text(record, "published");
            if (gp.equals(sp)) report.published.tp++;
            else {
                report.published.fn++;
                if (sp != null) report.published.fp++;
                report.published.misses.add(article + ": gold " + gp + ", found " + sp);
            }
        }
    }

    /** Pairs the items of {@code list} in gold and record one to one, greedily, required gold items first. */
    public static Tally pair(String article, JsonNode gold, JsonNode record, String list,
                              BiPredicate<JsonNode, JsonNode> match, java.util.function.Function<JsonNode, String> describe) {
        Tally t = new Tally();
        List<JsonNode> sys = new ArrayList<>();
        record.path(list).forEach(sys::add);
        boolean[] used = new boolean[sys.size()];
        List<JsonNode> golds = new ArrayList<>();
        gold.path(list).forEach(golds::add);
        // required gold items first, so an optional one never takes a system item a required one needs
        golds.sort((x, y) -> Boolean.compare(x.path("optional").asBoolean(false), y.path("optional").asBoolean(false)));
        for (JsonNode g : golds) {
            boolean optional = g.path("optional").asBoolean(false);
            int found = -1;
            for (int k = 0; k < sys.size(); k++) {
                if (!used[k] && match.test(g, sys.get(k))) {
                    found = k;
                    break;
                }
            }
            if (found >= 0) {
                used[found] = true;
                if (!optional) t.tp++;
            } else if (!optional) {
                t.fn++;
                t.misses.add(article + ": " + describe.apply(g));
            }
        }
        for (int k = 0; k < sys.size(); k++) {
            if (!used[k]) {
                t.fp++;
                t.extras.add(article + ": " + describe.apply(sys.get(k)));
            }
        }
        return t;
    }

    static boolean meetingMatch(JsonNode g, JsonNode s) {
        if (!eq(text(g, "organisation"), text(s, "organisation"))) return false;
        return datesAgree(text(g, "date"), text(s, "date"));
    }

    /** Dates agree to the precision of the less precise one; a gold without a date takes any. */
    static boolean datesAgree(String g, String s) {
        if (g == null) return true;
        if (s == null) return false;
        int n = Math.min(g.length(), s.length());
        return g.substring(0, n).equals(s.substring(0, n));
    }

    static boolean statementMatch(JsonNode g, JsonNode s) {
        return labelsShare(text(g, "speaker_en"), text(s, "speaker_en"))
                && Overlap.of(text(g, "quote_or_gist"), text(s, "quote_or_gist")) >= 0.5;
    }

    /** English labels share at least half their words. */
    static boolean labelsShare(String a, String b) {
        if (a == null || b == null) return false;
        List<String> x = List.of(a.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        List<String> y = List.of(b.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        long shared = x.stream().filter(y::contains).count();
        return shared * 2 >= Math.max(x.size(), y.size());
    }

    static boolean proposalMatch(JsonNode g, JsonNode s) {
        String gp = text(g, "proposer_en"), gs = text(g, "proposer_state_en");
        if (gp != null || gs != null) {
            String sp = text(s, "proposer_en"), ss = text(s, "proposer_state_en");
            boolean same = gp != null && (eq(gp, sp) || labelsShare(gp, sp))
                    || gs != null && (eq(gs, ss) || eq(gs, sp));
            if (!same) return false;
        }
        String what = text(s, "what");
        if (Overlap.of(text(g, "what"), what) >= 0.5) return true;
        for (JsonNode also : g.path("also")) if (Overlap.of(also.asText(), what) >= 0.5) return true;
        return false;
    }

    static boolean chairMatch(JsonNode g, JsonNode s) {
        if (!eq(text(g, "organisation"), text(s, "organisation"))) return false;
        for (String f : List.of("from", "to")) {
            String gv = text(g, f);
            if (gv != null && !gv.equals(text(s, f))) return false;
        }
        return true;
    }

    private static String describeMeeting(JsonNode n) {
        return text(n, "organisation") + " " + text(n, "body") + " " + text(n, "date") + " " + text(n, "status");
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean eq(String a, String b) {
        return a != null && a.equals(b);
    }
}
