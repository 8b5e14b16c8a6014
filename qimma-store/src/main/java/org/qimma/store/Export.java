package org.qimma.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;
import org.qimma.text.Span;

/**
 * Writes a store's records out, article by article in the order they were stored:
 * <ul>
 *   <li>{@code jsonl}: one record per line, exactly as {@code extract} writes it (RECORD.md, with spans);</li>
 *   <li>{@code csv}: one row per fact (meeting, statement, proposal, adopted document, membership,
 *       chairmanship, count), with its article, its actor, its text and its span;</li>
 *   <li>{@code plover}: one event per line in the shape of the PLOVER event ontology — meetings as
 *       {@code CONSULT} with mode {@code multilateral}, proposals as {@code AGREE} (an offer to
 *       agree), adopted documents as {@code SUPPORT} with mode {@code multilateral}; statements,
 *       memberships and chairmanships as Qimma's documented extensions {@code qimma:STATEMENT},
 *       {@code qimma:MEMBERSHIP}, {@code qimma:CHAIRMANSHIP}.</li>
 * </ul>
 */
public final class Export {

    public enum Format {
        JSONL, CSV, PLOVER;

        public static Format of(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + s + "' (jsonl, csv or plover)");
            }
        }
    }

    private static final int PAGE = 500;

    private Export() {}

    /** Writes every record; returns how many articles were written. */
    public static long write(Store store, Format format, Writer out) throws IOException {
        CSVPrinter csv = format == Format.CSV ? CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out) : null;
        long last = 0;
        long n = 0;
        while (true) {
            List<Object[]> page = page(store, last);
            if (page.isEmpty()) break;
            for (Object[] row : page) {
                long id = (Long) row[0];
                String source = (String) row[1];
                String json = (String) row[2];
                last = id;
                n++;
                switch (format) {
                    case JSONL -> out.write(json + "\n");
                    case CSV -> csvRows(id, source, Ingest.parse(json), csv);
                    case PLOVER -> {
                        for (Map<String, Object> e : plover(id, Ingest.parse(json))) out.write(Ingest.json(e) + "\n");
                    }
                }
            }
        }
        if (csv != null) csv.flush();
        out.flush();
        return n;
    }

    private static List<Object[]> page(Store store, long after) {
        return store.read(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, source, record FROM article WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
                p.setLong(1, after);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3)});
                }
            }
            return rows;
        });
    }

    static final String[] CSV_HEADER = {"article_id", "source", "published", "list", "index", "organisation", "date",
            "actor", "actor_en", "text", "detail", "span_start", "span_end"};

    private static void csvRows(long id, String source, ArticleRecord r, CSVPrinter csv) throws IOException {
        int i = 0;
        for (Items.Meeting m : r.meetings()) {
            csvRow(csv, id, source, r, "meetings", i++, m.organisation(), m.date(), null, null, m.body(),
                    join(m.status(), m.format(), m.place()), m.span());
        }
        i = 0;
        for (Items.Statement s : r.statements()) {
            csvRow(csv, id, source, r, "statements", i++, null, null, s.speaker(), s.speakerEn(), s.quoteOrGist(), s.kind(), s.span());
        }
        i = 0;
        for (Items.Proposal p : r.proposals()) {
            csvRow(csv, id, source, r, "proposals", i++, null, p.targetDate(), p.proposer(), p.proposerEn(), p.what(),
                    p.proposerStateEn(), p.span());
        }
        i = 0;
        for (Items.AdoptedDocument d : r.adoptedDocuments()) {
            csvRow(csv, id, source, r, "adopted_documents", i++, null, null, null, null, d.title(), join(d.kind(), d.period()), d.span());
        }
        i = 0;
        for (Items.Membership m : r.memberships()) {
            csvRow(csv, id, source, r, "memberships", i++, m.organisation(), null, m.state(), m.stateEn(), m.change(), null, m.span());
        }
        i = 0;
        for (Items.Chairmanship c : r.chairmanship()) {
            csvRow(csv, id, source, r, "chairmanship", i++, c.organisation(), c.period(), c.from(), c.to(), c.phase(), null, c.span());
        }
        i = 0;
        for (Items.Count c : r.counts()) {
            csvRow(csv, id, source, r, "counts", i++, null, null, null, null, c.text(), c.what() + "=" + c.number(), c.span());
        }
    }

    private static void csvRow(CSVPrinter csv, long id, String source, ArticleRecord r, String list, int index, String organisation,
                               String date, String actor, String actorEn, String text, String detail, Span span) throws IOException {
        csv.printRecord(id, source, r.published(), list, index, organisation, date, actor, actorEn, text, detail,
                span == null ? null : span.start(), span == null ? null : span.end());
    }

    private static String join(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null) out.add(p);
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** The PLOVER-shaped events of one record. */
    static List<Map<String, Object>> plover(long id, ArticleRecord r) {
        List<Map<String, Object>> out = new ArrayList<>();
        int i = 0;
        for (Items.Meeting m : r.meetings()) {
            Map<String, Object> e = event(id, r, "meetings", i++, "CONSULT", "multilateral", m.date(), m.span());
            e.put("actor", m.organisation());
            e.put("recipient", m.organisation());
            e.put("location", m.place());
            e.put("qimma_body", m.body());
            e.put("qimma_status", m.status());
            e.put("qimma_format", m.format());
            List<String> who = new ArrayList<>();
            for (Items.Participant p : m.participants()) who.add(p.en() != null ? p.en() : p.text());
            e.put("qimma_participants", who);
            out.add(e);
        }
        i = 0;
        for (Items.Proposal p : r.proposals()) {
            Map<String, Object> e = event(id, r, "proposals", i++, "AGREE", null, r.published(), p.span());
            e.put("actor", p.proposerEn() != null ? p.proposerEn() : p.proposer());
            e.put("actor_country", p.proposerStateEn());
            e.put("text", p.what());
            e.put("qimma_target_date", p.targetDate());
            out.add(e);
        }
        i = 0;
        String organisation = Ingest.mainOrganisation(r);
        for (Items.AdoptedDocument d : r.adoptedDocuments()) {
            Map<String, Object> e = event(id, r, "adopted_documents", i++, "SUPPORT", "multilateral", r.published(), d.span());
            e.put("actor", organisation);
            e.put("text", d.title());
            e.put("qimma_kind", d.kind());
            e.put("qimma_period", d.period());
            out.add(e);
        }
        i = 0;
        for (Items.Statement s : r.statements()) {
            Map<String, Object> e = event(id, r, "statements", i++, "qimma:STATEMENT", null, r.published(), s.span());
            e.put("actor", s.speakerEn() != null ? s.speakerEn() : s.speaker());
            e.put("text", s.quoteOrGist());
            e.put("qimma_kind", s.kind());
            out.add(e);
        }
        i = 0;
        for (Items.Membership m : r.memberships()) {
            Map<String, Object> e = event(id, r, "memberships", i++, "qimma:MEMBERSHIP", m.change(), r.published(), m.span());
            e.put("actor", m.stateEn() != null ? m.stateEn() : m.state());
            e.put("recipient", m.organisation());
            out.add(e);
        }
        i = 0;
        for (Items.Chairmanship c : r.chairmanship()) {
            Map<String, Object> e = event(id, r, "chairmanship", i++, "qimma:CHAIRMANSHIP", c.phase(), r.published(), c.span());
            e.put("actor", c.to() != null ? c.to() : c.from());
            e.put("recipient", c.organisation());
            e.put("qimma_from", c.from());
            e.put("qimma_to", c.to());
            e.put("qimma_period", c.period());
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> event(long id, ArticleRecord r, String list, int index, String type, String mode, String date, Span span) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", "qimma-" + id + "-" + list + "-" + index);
        e.put("date", date);
        e.put("event_type", type);
        e.put("mode", mode);
        e.put("source", r.source());
        e.put("language", r.language());
        e.put("qimma_span", span == null ? null : List.of(span.start(), span.end()));
        return e;
    }
}
