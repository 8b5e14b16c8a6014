package org.qimma.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qimma.Pipeline;
import org.qimma.kb.EntityType;
import org.qimma.link.Linker;
import org.qimma.read.Article;
import org.qimma.read.ReadException;
import org.qimma.read.Readers;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;
import org.qimma.record.Json;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.Span;

/**
 * Adds articles to a store: read → extract (the {@link Pipeline}) → one SQL transaction per batch
 * (the article, its record taken apart, its entities, and the links that the new articles make
 * with every article stored) → the search index, committed after the database. A crash or a kill
 * leaves whole batches or nothing of them; the index catches up when the store is next opened for
 * writing. An article whose normalised text is already stored is left as it is.
 */
public final class Ingest {

    /** What an ingest run reports as it goes. */
    public interface Listener {
        /** A file was read and its articles taken in; {@code done} of {@code total} files so far. */
        default void file(Path file, int done, int total) {}

        /** A file or a part of one could not be read; the rest goes on. */
        default void problem(ReadException e) {}
    }

    /** @param batchSize articles per transaction; @param links whether to work out links with the stored articles */
    public record Options(int batchSize, boolean links) {
        public static final Options DEFAULT = new Options(64, true);

        public Options {
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    /** What a run did: files seen, articles added, articles already stored, files or parts that failed, links made. */
    public record Summary(int files, int added, int unchanged, int failed, int links) {
        public String line() {
            return "ingested " + files + (files == 1 ? " file: " : " files: ") + added + " added, " + unchanged
                    + " unchanged, " + failed + " failed, " + links + " new links";
        }
    }

    private final Store store;
    private final Pipeline pipeline;
    private final Linker linker;
    private final Options options;
    /** Every stored article's record, for links; loaded on the first batch that needs it. */
    private List<Linker.Dated> known;
    private Listener listener = new Listener() {};
    private int extractionFailures;

    public Ingest(Store store, Pipeline pipeline, Linker linker, Options options) {
        this.store = store;
        this.pipeline = pipeline;
        this.linker = linker;
        this.options = options;
    }

    public Summary run(List<Path> paths, Listener listener) {
        this.listener = listener;
        this.extractionFailures = 0;
        List<ReadException> errors = new ArrayList<>();
        List<Path> files = Readers.expand(paths, errors);
        int failed = errors.size();
        for (ReadException e : errors) listener.problem(e);
        int added = 0;
        int unchanged = 0;
        int links = 0;
        List<Pending> batch = new ArrayList<>();
        Set<String> batchKeys = new HashSet<>();
        int done = 0;
        for (Path f : files) {
            Readers.Result r = Readers.read(f);
            for (ReadException e : r.errors()) {
                listener.problem(e);
                failed++;
            }
            for (Article a : r.articles()) {
                String key = textKey(a.text());
                if (!batchKeys.add(key) || isStored(key)) {
                    unchanged++;
                    continue;
                }
                batch.add(new Pending(a, key));
                if (batch.size() >= options.batchSize()) {
                    int[] n = flush(batch);
                    added += n[0];
                    links += n[1];
                    batch.clear();
                    batchKeys.clear();
                }
            }
            listener.file(f, ++done, files.size());
        }
        if (!batch.isEmpty()) {
            int[] n = flush(batch);
            added += n[0];
            links += n[1];
        }
        return new Summary(files.size(), added, unchanged, failed + extractionFailures, links);
    }

    /** The identity of an article: its normalised text, white space folded, hashed. */
    public static String textKey(String text) {
        String folded = ArabicNormalizer.normalizeString(text).strip().replaceAll("\\s+", " ");
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private boolean isStored(String key) {
        try (PreparedStatement p = store.writer().prepareStatement("SELECT 1 FROM article WHERE text_key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreException(store.folder() + ": " + e.getMessage(), e);
        }
    }

    /** An article read and not yet stored, with its identity. */
    private record Pending(Article article, String key) {}

    /** Extracts a batch (in parallel: the pipeline is stateless) and stores it in one transaction. */
    private int[] flush(List<Pending> extracting) {
        List<ArticleRecord> all = extracting.parallelStream().map(a -> {
            try {
                return pipeline.process(a.article());
            } catch (RuntimeException e) {
                return null; // reported below, in order, by this thread
            }
        }).toList();
        List<Pending> batch = new ArrayList<>();
        List<ArticleRecord> records = new ArrayList<>();
        for (int i = 0; i < extracting.size(); i++) {
            if (all.get(i) == null) {
                listener.problem(new ReadException(extracting.get(i).article().source(), "extraction failed; the article is not stored"));
                extractionFailures++;
            } else {
                batch.add(extracting.get(i));
                records.add(all.get(i));
            }
        }
        if (batch.isEmpty()) return new int[] {0, 0};
        Connection c = store.writer();
        List<Long> ids = new ArrayList<>();
        int linkCount = 0;
        try {
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < batch.size(); i++) ids.add(insert(c, batch.get(i), records.get(i)));
                if (options.links()) linkCount = link(c, ids, records);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            for (int i = 0; i < ids.size(); i++) {
                indexArticle(store.index(), ids.get(i), records.get(i), batch.get(i).article().text());
            }
            store.index().commit(ids.getLast());
        } catch (SQLException | IOException e) {
            if (known != null) known.removeIf(d -> ids.contains(Long.parseLong(d.record().source())));
            throw new StoreException(store.folder() + ": cannot store a batch (" + batch.getFirst().article().source() + " …): "
                    + e.getMessage(), e);
        }
        return new int[] {ids.size(), linkCount};
    }

    private long insert(Connection c, Pending pending, ArticleRecord rec) throws SQLException {
        Article a = pending.article();
        String date = Linker.dated(rec).date();
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article (text_key, source, title, published, date, language,"
                + " organisation, text, record, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, pending.key());
            p.setString(2, a.source());
            p.setString(3, rec.title());
            p.setString(4, rec.published());
            p.setString(5, date);
            p.setString(6, rec.language());
            p.setString(7, mainOrganisation(rec));
            p.setString(8, a.text());
            p.setString(9, json(rec));
            p.setString(10, Instant.now().toString());
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        int i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meeting VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Items.Meeting m : rec.meetings()) {
                set(p, id, i++, m.organisation(), m.body(), m.date(), year(m.date()), m.place(), m.format(), m.status(),
                        m.ordinal(), json(m.participants()), m.span().start(), m.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        timeline(c, id, rec.meetings());
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO statement VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Items.Statement s : rec.statements()) {
                set(p, id, i++, s.speaker(), s.speakerEn(), start(s.speakerSpan()), end(s.speakerSpan()), s.quoteOrGist(), s.kind(),
                        s.span().start(), s.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO proposal VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Items.Proposal s : rec.proposals()) {
                set(p, id, i++, s.proposer(), s.proposerEn(), s.proposerStateEn(), start(s.proposerSpan()), end(s.proposerSpan()),
                        s.what(), s.whatEn(), s.targetDate(), s.status(), s.span().start(), s.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO document VALUES (?,?,?,?,?,?,?,?)")) {
            for (Items.AdoptedDocument d : rec.adoptedDocuments()) {
                set(p, id, i++, d.title(), d.titleEn(), d.period(), d.kind(), d.span().start(), d.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO membership VALUES (?,?,?,?,?,?,?,?)")) {
            for (Items.Membership m : rec.memberships()) {
                set(p, id, i++, m.state(), m.stateEn(), m.organisation(), m.change(), m.span().start(), m.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO chairmanship VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Items.Chairmanship m : rec.chairmanship()) {
                set(p, id, i++, m.organisation(), m.from(), m.to(), m.period(), m.phase(), m.span().start(), m.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        i = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO mention VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement e = c.prepareStatement("INSERT OR IGNORE INTO entity (id, type, label_en, label_ar) VALUES (?,?,?,?)");
             PreparedStatement n = c.prepareStatement("UPDATE entity SET articles = articles + 1 WHERE id = ?")) {
            Set<String> seen = new LinkedHashSet<>();
            for (Items.EntityMention m : rec.entities()) {
                set(p, id, i++, m.id(), m.type(), m.text(), m.reason(), m.span().start(), m.span().end());
                p.addBatch();
                if (!seen.add(m.id())) continue;
                String ar = arabicLabel(m);
                set(e, m.id(), m.type(), m.labelEn(), ar != null ? ar : m.text());
                e.addBatch();
                set(n, m.id());
                n.addBatch();
            }
            p.executeBatch();
            e.executeBatch();
            n.executeBatch();
        }
        if (known != null) known.add(new Linker.Dated(withSource(rec, id), date));
        return id;
    }

    /** Counts the article once on the timeline for each meeting it tells, and names it as the telling when it is the first. */
    private static void timeline(Connection c, long id, List<Items.Meeting> meetings) throws SQLException {
        Map<String, long[]> groups = new java.util.LinkedHashMap<>(); // key -> {held telling or -1, any telling}
        Map<String, Items.Meeting> first = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            Items.Meeting m = meetings.get(i);
            if (m.date() == null) continue;
            String key = nz(m.organisation()) + "\u0000" + nz(m.body()) + "\u0000" + m.date();
            long telling = id * 10000 + i;
            long[] g = groups.computeIfAbsent(key, k -> new long[] {-1, telling});
            first.putIfAbsent(key, m);
            if (g[0] < 0 && "held".equals(m.status())) g[0] = telling;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO timeline VALUES (?,?,?,?,1,?,?) ON CONFLICT (organisation, body, date)"
                + " DO UPDATE SET articles = articles + 1, held_telling = COALESCE(held_telling, excluded.held_telling)")) {
            for (var e : groups.entrySet()) {
                Items.Meeting m = first.get(e.getKey());
                long[] g = e.getValue();
                set(p, nz(m.organisation()), nz(m.body()), m.date(), year(m.date()), g[0] < 0 ? null : g[0], g[1]);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * The links the new articles make, with each other and with every stored article, written with
     * the ends resolved to stored items.
     */
    private int link(Connection c, List<Long> ids, List<ArticleRecord> records) throws SQLException {
        if (known == null) {
            known = loadKnown(c, new HashSet<>(ids));
            for (int i = 0; i < ids.size(); i++) {
                known.add(new Linker.Dated(withSource(records.get(i), ids.get(i)), Linker.dated(records.get(i)).date()));
            }
        }
        Set<String> touched = new LinkedHashSet<>();
        for (long id : ids) touched.add(Long.toString(id));
        Map<String, ArticleRecord> byId = new HashMap<>();
        for (Linker.Dated d : known) byId.put(d.record().source(), d.record());
        int n = 0;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO link (kind, a_article, a_idx, b_article, b_idx, payload) VALUES (?,?,?,?,?,?)")) {
            for (Map<String, Object> l : linker.link(known, touched).links()) {
                StoredLink s = StoredLink.of(l, byId);
                set(p, s.kind(), s.a(), s.aIdx(), s.b(), s.bIdx(), json(l));
                p.addBatch();
                n++;
            }
            p.executeBatch();
        }
        return n;
    }

    private static List<Linker.Dated> loadKnown(Connection c, Set<Long> except) throws SQLException {
        List<Linker.Dated> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, date, record FROM article")) {
            while (r.next()) {
                if (except.contains(r.getLong(1))) continue;
                ArticleRecord rec = parse(r.getString(3));
                out.add(new Linker.Dated(withSource(rec, r.getLong(1)), r.getString(2)));
            }
        }
        return out;
    }

    static ArticleRecord parse(String json) {
        try {
            return Json.MAPPER.readValue(json, ArticleRecord.class);
        } catch (IOException e) {
            throw new StoreException("a stored record cannot be read: " + e.getMessage(), e);
        }
    }

    /** The record under the store's id, which is how links name their articles. */
    private static ArticleRecord withSource(ArticleRecord r, long id) {
        return new ArticleRecord(Long.toString(id), r.language(), r.published(), r.title(), r.titleSpan(), r.credits(),
                r.boilerplate(), r.meetings(), r.statements(), r.proposals(), r.adoptedDocuments(), r.memberships(),
                r.chairmanship(), r.counts(), r.entities());
    }

    /** Adds a stored article, read back from the database, to the search index (not committed): the repair path. */
    static void indexArticle(Connection c, SearchIndex index, long id) throws SQLException, IOException {
        try (PreparedStatement p = c.prepareStatement("SELECT text, record FROM article WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) indexArticle(index, id, parse(r.getString(2)), r.getString(1));
            }
        }
    }

    /** Adds an article and its record to the search index (not committed). */
    private static void indexArticle(SearchIndex index, long id, ArticleRecord rec, String text) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        for (Items.EntityMention m : rec.entities()) {
            if (m.labelEn() != null) labels.add(m.labelEn());
        }
        index.add(id, rec.title(), text, mainOrganisation(rec), labels);
    }

    /** The organisation an article is about: of its first meeting, else its first chairmanship, else the one it names most. */
    static String mainOrganisation(ArticleRecord r) {
        for (Items.Meeting m : r.meetings()) if (m.organisation() != null) return m.organisation();
        for (Items.Chairmanship m : r.chairmanship()) if (m.organisation() != null) return m.organisation();
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Items.EntityMention m : r.entities()) {
            if (!"organisation".equals(m.type())) continue;
            int n = counts.merge(m.id(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) best = m.id();
        }
        return best;
    }

    private String arabicLabel(Items.EntityMention m) {
        try {
            return pipeline.kb().arabicLabel(EntityType.valueOf(m.type().toUpperCase(Locale.ROOT)), m.id());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer year(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException("a record that cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static void set(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) p.setNull(i + 1, Types.NULL);
            else if (v instanceof Long l) p.setLong(i + 1, l);
            else if (v instanceof Integer n) p.setInt(i + 1, n);
            else p.setString(i + 1, v.toString());
        }
    }
}
