package org.qimma.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qimma.kb.Entities;
import org.qimma.kb.KnowledgeBase;
import org.qimma.record.Json;
import org.qimma.text.Span;

/**
 * What a store answers: articles, search, entities and all that is linked to one, meetings on a
 * timeline, proposals with their outcome, links. Every answer is plain data (maps and lists, ready
 * for JSON); every fact in it carries its article and its span, so a reader is one step from the
 * sentence it came from. Columns {@code x_start}/{@code x_end} come out as one
 * {@code x_span} ({@code span_start}/{@code span_end} as {@code span}).
 */
public final class Queries {

    /** One page of a longer answer. */
    public record Page(long total, int offset, int limit, List<Map<String, Object>> items) {}

    private final Store store;
    private final KnowledgeBase kb;

    public Queries(Store store, KnowledgeBase kb) {
        this.store = store;
        this.kb = kb;
    }

    // ---- articles

    public Page articles(String organisation, Integer year, int offset, int limit) {
        String where = " WHERE (?1 IS NULL OR organisation = ?1) AND (?2 IS NULL OR substr(date, 1, 4) = ?2)";
        Object y = year == null ? null : Integer.toString(year);
        return page("SELECT COUNT(*) FROM article" + where,
                "SELECT id, title, published, date, organisation, source FROM article" + where
                        + " ORDER BY date DESC NULLS LAST, id DESC LIMIT ?3 OFFSET ?4", offset, limit, organisation, y);
    }

    /** One article: its text, its record, and its links; null when there is none. */
    public Map<String, Object> article(long id) {
        List<Map<String, Object>> rows = rows("SELECT id, source, title, published, date, language, organisation, text, record,"
                + " ingested_at FROM article WHERE id = ?1", id);
        if (rows.isEmpty()) return null;
        Map<String, Object> a = rows.getFirst();
        a.put("record", tree((String) a.get("record")));
        a.put("links", rows("SELECT " + LINK_COLUMNS + " FROM link l WHERE a_article = ?1 OR b_article = ?1 ORDER BY l.id", id));
        for (Map<String, Object> l : (List<Map<String, Object>>) a.get("links")) l.put("payload", tree((String) l.get("payload")));
        return a;
    }

    // ---- search

    /** Articles matching a query (all its words, spelling variants included), each with a snippet and the matched spans. */
    public Map<String, Object> search(String query, String organisation, int offset, int limit) {
        SearchIndex.Hits hits = store.index().search(query, organisation, offset, limit);
        List<Map<String, Object>> items = new ArrayList<>();
        Map<Long, Map<String, Object>> byId = new java.util.HashMap<>();
        if (!hits.ids().isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (long id : hits.ids()) in.append(in.isEmpty() ? "" : ",").append(id); // numbers from the index, not user text
            for (Map<String, Object> r : rows("SELECT id, title, published, date, organisation, source, text FROM article WHERE id IN ("
                    + in + ")")) byId.put(((Number) r.get("id")).longValue(), r);
        }
        for (int i = 0; i < hits.ids().size(); i++) {
            Map<String, Object> a = byId.get(hits.ids().get(i));
            if (a == null) continue; // indexed by a writer whose database commit this reader does not see yet
            String text = (String) a.remove("text");
            a.put("score", hits.scores().get(i));
            a.put("snippet", snippet(text, hits.matches().get(i)));
            items.add(a);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", query);
        out.put("total", hits.total());
        out.put("total_exact", hits.exact()); // false: at least that many (counting stops past a thousand)
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("items", items);
        out.put("entities", entities(query, null, 0, 5).items());
        return out;
    }

    private static final int SNIPPET = 220;

    /** The part of a text around its first match, with the matches in it as spans relative to the snippet. */
    static Map<String, Object> snippet(String text, List<Span> matches) {
        int first = matches.isEmpty() ? 0 : matches.getFirst().start();
        int start = Math.max(0, first - SNIPPET / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), start + SNIPPET);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        List<int[]> marks = new ArrayList<>();
        for (Span m : matches) {
            if (m.start() >= start && m.end() <= end) marks.add(new int[] {m.start() - start, m.end() - start});
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("text", text.substring(start, end));
        s.put("start", start);
        s.put("matches", marks);
        return s;
    }

    // ---- entities

    /** Entities whose English label or Arabic name contains the query (all when it is empty), most mentioned first. */
    public Page entities(String query, String type, int offset, int limit) {
        String like = query == null || query.isBlank() ? null : "%" + query.strip() + "%";
        String where = " WHERE (?1 IS NULL OR e.label_en LIKE ?1 OR e.label_ar LIKE ?1 OR e.id = ?5) AND (?2 IS NULL OR e.type = ?2)";
        return page("SELECT COUNT(*) FROM entity e" + where,
                "SELECT e.id, e.type, e.label_en, e.label_ar, e.articles FROM entity e" + where
                        + " ORDER BY e.articles DESC, e.label_en LIMIT ?3 OFFSET ?4",
                offset, limit, like, type, query == null ? null : query.strip());
    }

    /** One entity and everything linked to it; null when the store has never seen it. */
    public Map<String, Object> entity(String id) {
        List<Map<String, Object>> rows = rows("SELECT id, type, label_en, label_ar FROM entity WHERE id = ?1", id);
        if (rows.isEmpty()) return null;
        Map<String, Object> e = rows.getFirst();
        String label = (String) e.get("label_en");
        e.put("articles", rows("SELECT a.id, a.title, a.date, a.organisation, COUNT(*) AS mentions FROM mention m"
                + " JOIN article a ON a.id = m.article_id WHERE m.entity_id = ?1 GROUP BY a.id ORDER BY a.date DESC NULLS LAST LIMIT 200", id));
        e.put("statements", rows("SELECT s.article_id, s.idx, s.speaker, s.speaker_en, s.speaker_start, s.speaker_end, s.quote_or_gist,"
                + " s.kind, s.span_start, s.span_end, a.title, a.date FROM statement s JOIN article a ON a.id = s.article_id"
                + " WHERE s.speaker_en = ?1 ORDER BY a.date DESC NULLS LAST, s.idx LIMIT 200", label));
        e.put("proposals", proposalsWhere("(p.proposer_en = ?1 OR p.proposer_state_en = ?1)", label, 200));
        e.put("meetings", rows("SELECT " + MEETING_COLUMNS + " FROM meeting m JOIN article a ON a.id = m.article_id"
                + " WHERE m.organisation = ?1 OR m.place = ?2 OR EXISTS (SELECT 1 FROM json_each(m.participants) p"
                + " WHERE json_extract(p.value, '$.en') = ?2) ORDER BY m.date DESC NULLS LAST LIMIT 200", id, label));
        e.put("memberships", rows("SELECT m.article_id, m.idx, m.state, m.state_en, m.organisation, m.change, m.span_start, m.span_end,"
                + " a.date FROM membership m JOIN article a ON a.id = m.article_id WHERE m.state_en = ?1 OR m.organisation = ?2"
                + " ORDER BY a.date DESC NULLS LAST LIMIT 200", label, id));
        e.put("chairmanships", rows("SELECT c.article_id, c.idx, c.organisation, c.from_state, c.to_state, c.period, c.phase,"
                + " c.span_start, c.span_end, a.date FROM chairmanship c JOIN article a ON a.id = c.article_id"
                + " WHERE c.from_state = ?1 OR c.to_state = ?1 OR c.organisation = ?2 ORDER BY a.date DESC NULLS LAST LIMIT 200", label, id));
        for (Map<String, Object> m : (List<Map<String, Object>>) e.get("meetings")) m.put("participants", tree((String) m.get("participants")));
        return e;
    }

    // ---- meetings

    /** The organisations that have meetings, with their names and how many. */
    public List<Map<String, Object>> organisations() {
        List<Map<String, Object>> out = rows("SELECT organisation AS id, COUNT(*) AS meetings, MIN(year) AS first_year,"
                + " MAX(year) AS last_year FROM meeting WHERE organisation IS NOT NULL GROUP BY organisation ORDER BY meetings DESC");
        for (Map<String, Object> o : out) {
            Entities.Organisation org = kb.organisation((String) o.get("id"));
            o.put("label_en", org == null ? o.get("id") : org.en());
            o.put("label_ar", org == null || org.ar().isEmpty() ? null : org.ar().getFirst());
        }
        return out;
    }

    private static final String MEETING_COLUMNS = "m.article_id, m.idx, m.organisation, m.body, m.date, m.year, m.place, m.format,"
            + " m.status, m.ordinal, m.participants, m.span_start, m.span_end, a.title";

    /**
     * Meetings on a timeline: one entry per organisation, body and date, however many articles
     * tell it (the count says how many), shown by its first telling that reports it held, else by
     * its first announcement. Read from the timeline table that ingest keeps, so its cost grows with
     * the number of meetings, not with the number of articles that tell them.
     */
    public Page timeline(String organisation, Integer year, int offset, int limit) {
        String where = " WHERE (?1 IS NULL OR t.organisation = ?1) AND (?2 IS NULL OR t.year = ?2)";
        // one pass: the number of meetings comes with the page (a window over all of them, before the limit)
        List<Map<String, Object>> items = rows("SELECT NULLIF(t.organisation, '') AS organisation, NULLIF(t.body, '') AS body, t.date,"
                + " t.year, t.articles, t.total, m.status, m.place, m.format, m.ordinal, m.article_id, m.idx, a.title"
                + " FROM (SELECT t.*, COALESCE(t.held_telling, t.any_telling) AS telling, COUNT(*) OVER () AS total FROM timeline t"
                + where + " ORDER BY t.date DESC, t.organisation LIMIT ?3 OFFSET ?4) t"
                + " JOIN meeting m ON m.article_id = t.telling / 10000 AND m.idx = t.telling % 10000"
                + " JOIN article a ON a.id = m.article_id ORDER BY t.date DESC, t.organisation", organisation, year, limit, offset);
        long total;
        if (items.isEmpty()) {
            total = ((Number) rows("SELECT COUNT(*) AS n FROM timeline t" + where, organisation, year).getFirst().get("n")).longValue();
        } else {
            total = ((Number) items.getFirst().get("total")).longValue();
        }
        for (Map<String, Object> m : items) m.remove("total");
        return new Page(total, offset, limit, items);
    }

    /** One meeting as an article tells it: participants, the statements and documents of that article, and its other tellings. */
    public Map<String, Object> meeting(long article, int idx) {
        List<Map<String, Object>> rows = rows("SELECT " + MEETING_COLUMNS + ", a.date AS article_date FROM meeting m"
                + " JOIN article a ON a.id = m.article_id WHERE m.article_id = ?1 AND m.idx = ?2", article, idx);
        if (rows.isEmpty()) return null;
        Map<String, Object> m = rows.getFirst();
        m.put("participants", tree((String) m.get("participants")));
        m.put("statements", rows("SELECT article_id, idx, speaker, speaker_en, speaker_start, speaker_end, quote_or_gist, kind,"
                + " span_start, span_end FROM statement WHERE article_id = ?1 ORDER BY idx", article));
        m.put("adopted_documents", rows("SELECT article_id, idx, title, title_en, period, kind, span_start, span_end"
                + " FROM document WHERE article_id = ?1 ORDER BY idx", article));
        m.put("tellings", rows("SELECT m.article_id, m.idx, m.status, m.date, a.title FROM meeting m JOIN article a ON a.id = m.article_id"
                + " WHERE m.organisation IS ?1 AND m.body IS ?2 AND m.date = ?3 AND NOT (m.article_id = ?4 AND m.idx = ?5)"
                + " UNION SELECT m.article_id, m.idx, m.status, m.date, a.title FROM link l"
                + " JOIN meeting m ON (m.article_id = l.b_article AND m.idx = l.b_idx) JOIN article a ON a.id = m.article_id"
                + " WHERE l.kind = 'same_meeting' AND l.a_article = ?4 AND l.a_idx = ?5"
                + " UNION SELECT m.article_id, m.idx, m.status, m.date, a.title FROM link l"
                + " JOIN meeting m ON (m.article_id = l.a_article AND m.idx = l.a_idx) JOIN article a ON a.id = m.article_id"
                + " WHERE l.kind = 'same_meeting' AND l.b_article = ?4 AND l.b_idx = ?5 LIMIT 100",
                m.get("organisation"), m.get("body"), m.get("date"), article, idx));
        return m;
    }

    // ---- proposals and their outcome

    /**
     * Proposals with their outcome: {@code adopted} with the documents that adopted them (and
     * where), or {@code open}. Filters: the organisation the article is about, the proposer's
     * state, the outcome.
     */
    public Page proposals(String organisation, String proposerState, String outcome, int offset, int limit) {
        String where = " WHERE (?1 IS NULL OR a.organisation = ?1) AND (?2 IS NULL OR p.proposer_state_en = ?2 OR p.proposer_en = ?2)"
                + " AND (?5 IS NULL OR (?5 = 'adopted') = EXISTS (SELECT 1 FROM link l WHERE l.kind = 'proposal_adopted'"
                + " AND l.a_article = p.article_id AND l.a_idx = p.idx))";
        Page page = page("SELECT COUNT(*) FROM proposal p JOIN article a ON a.id = p.article_id" + where,
                "SELECT " + PROPOSAL_COLUMNS + " FROM proposal p JOIN article a ON a.id = p.article_id" + where
                        + " ORDER BY a.date DESC NULLS LAST, p.article_id, p.idx LIMIT ?3 OFFSET ?4", offset, limit,
                organisation, proposerState, outcome);
        withOutcomes(page.items());
        return page;
    }

    private static final String PROPOSAL_COLUMNS = "p.article_id, p.idx, p.proposer, p.proposer_en, p.proposer_state_en,"
            + " p.proposer_start, p.proposer_end, p.what, p.what_en, p.target_date, p.status, p.span_start, p.span_end,"
            + " a.title, a.date, a.organisation";

    private List<Map<String, Object>> proposalsWhere(String condition, Object value, int limit) {
        List<Map<String, Object>> out = rows("SELECT " + PROPOSAL_COLUMNS + " FROM proposal p JOIN article a ON a.id = p.article_id"
                + " WHERE " + condition + " ORDER BY a.date DESC NULLS LAST, p.article_id, p.idx LIMIT " + limit, value);
        withOutcomes(out);
        return out;
    }

    private void withOutcomes(List<Map<String, Object>> proposals) {
        for (Map<String, Object> p : proposals) {
            List<Map<String, Object>> docs = rows("SELECT d.article_id, d.idx, d.title, d.title_en, d.period, d.kind, d.span_start,"
                    + " d.span_end, a.title AS article_title, a.date FROM link l JOIN document d ON d.article_id = l.b_article"
                    + " AND d.idx = l.b_idx JOIN article a ON a.id = d.article_id WHERE l.kind = 'proposal_adopted'"
                    + " AND l.a_article = ?1 AND l.a_idx = ?2 ORDER BY a.date", p.get("article_id"), p.get("idx"));
            p.put("outcome", docs.isEmpty() ? "open" : "adopted");
            p.put("adopted_in", docs);
        }
    }

    // ---- links

    private static final String LINK_COLUMNS = "l.id, l.kind, l.a_article, l.a_idx, l.b_article, l.b_idx, l.payload";

    public Page links(String kind, int offset, int limit) {
        String where = " WHERE (?1 IS NULL OR l.kind = ?1)";
        Page p = page("SELECT COUNT(*) FROM link l" + where, "SELECT " + LINK_COLUMNS + " FROM link l" + where
                + " ORDER BY l.id LIMIT ?3 OFFSET ?4", offset, limit, kind);
        for (Map<String, Object> l : p.items()) l.put("payload", tree((String) l.get("payload")));
        return p;
    }

    /** How much the store holds: meetings once each, tellings as many as articles tell them. */
    public Map<String, Object> stats() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("articles", "article");
        tables.put("meetings", "timeline");
        tables.put("tellings", "meeting");
        tables.put("statements", "statement");
        tables.put("proposals", "proposal");
        tables.put("documents", "document");
        tables.put("memberships", "membership");
        tables.put("chairmanships", "chairmanship");
        tables.put("entities", "entity");
        tables.put("links", "link");
        for (var t : tables.entrySet()) s.put(t.getKey(), rows("SELECT COUNT(*) AS n FROM " + t.getValue()).getFirst().get("n"));
        s.put("indexed", store.index().size());
        return s;
    }

    // ---- mechanism

    private Page page(String countSql, String sql, int offset, int limit, Object... params) {
        // ?1, ?2 … are the filters; ?3 and ?4 the page, after them (numbered parameters may be reused)
        Object[] all = new Object[Math.max(4, params.length + 2)];
        all[0] = params.length > 0 ? params[0] : null;
        all[1] = params.length > 1 ? params[1] : null;
        all[2] = limit;
        all[3] = offset;
        for (int i = 2; i < params.length; i++) all[i + 2] = params[i];
        long total = ((Number) rows(countSql, all).getFirst().values().iterator().next()).longValue();
        return new Page(total, offset, limit, rows(sql, all));
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
        return store.read(c -> query(c, sql, params));
    }

    private static List<Map<String, Object>> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = p.getParameterMetaData().getParameterCount();
            for (int i = 0; i < n; i++) p.setObject(i + 1, i < params.length ? params[i] : null);
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnLabel(i);
                        Object v = r.getObject(i);
                        if (name.endsWith("_end") && row.containsKey(name.substring(0, name.length() - 4) + "_start")) {
                            String base = name.substring(0, name.length() - 4);
                            Object s = row.remove(base + "_start");
                            row.put(base.equals("span") ? base : base + "_span", s == null || v == null ? null : List.of(s, v));
                        } else {
                            row.put(name, v);
                        }
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new StoreException("a stored value is not JSON: " + e.getMessage(), e);
        }
    }
}
