package org.qimma.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.qimma.text.Span;

/**
 * The full-text index of a store: one Lucene document per article, its title and text analysed
 * by {@link SearchAnalyzer}, and the English labels of the entities it mentions (so a Latin query,
 * "Tokayev", finds an Arabic article that names توكاييف). The index is derived from the SQL
 * database: each commit records the last article id it holds, and a store opened for writing
 * indexes whatever the database has beyond it.
 */
public final class SearchIndex implements Closeable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_SKELETONS = "title_" + SearchAnalyzer.SKELETONS;
    static final String ENTITIES = "entities";
    static final String ORGANISATION = "organisation";
    private static final String UP_TO = "indexed_up_to";

    /** At most this many hits can be paged through for one query. */
    public static final int MAX_HITS = 1000;

    /**
     * The text fields keep offsets in their postings: a hit's matches are read from the query
     * terms' postings, never by analysing its text again nor by decoding a whole term vector.
     */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private static FieldType withOffsets() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private final Directory dir;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Path path, boolean writable) throws IOException {
        this.dir = FSDirectory.open(path);
        if (writable || !DirectoryReader.indexExists(dir)) {
            IndexWriterConfig c = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter w = new IndexWriter(dir, c);
            if (!DirectoryReader.indexExists(dir)) w.commit();
            if (writable) {
                this.writer = w;
                this.searchers = new SearcherManager(w, null);
                return;
            }
            w.close();
        }
        this.writer = null;
        this.searchers = new SearcherManager(dir, null);
    }

    public static SearchIndex open(Path path, boolean writable) {
        try {
            return new SearchIndex(path, writable);
        } catch (LockObtainFailedException e) {
            throw new StoreException(path.getParent() + ": another writer has this store open (" + path.resolve("write.lock")
                    + " is held); one writer at a time — wait for it to finish", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** The last article id the committed index holds (0 when none). */
    public long indexedUpTo() {
        try {
            Map<String, String> data = writer != null ? toMap(writer.getLiveCommitData())
                    : DirectoryReader.listCommits(dir).getLast().getUserData();
            String v = data.get(UP_TO);
            return v == null ? 0 : Long.parseLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> m = new java.util.HashMap<>();
        if (entries != null) for (Map.Entry<String, String> e : entries) m.put(e.getKey(), e.getValue());
        return m;
    }

    void add(long id, String title, String text, String organisation, Collection<String> entityLabels) throws IOException {
        Document d = new Document();
        d.add(new StoredField(ID, id));
        d.add(new LongPoint(ID, id));
        d.add(new TextField(TITLE, title == null ? "" : title, Field.Store.NO));
        d.add(new TextField(TITLE_SKELETONS, title == null ? "" : title, Field.Store.NO));
        d.add(new Field(SearchAnalyzer.WORDS, text, WITH_OFFSETS));
        d.add(new Field(SearchAnalyzer.SKELETONS, text, WITH_OFFSETS));
        d.add(new TextField(ENTITIES, String.join(" \n ", entityLabels), Field.Store.NO));
        if (organisation != null) d.add(new StringField(ORGANISATION, organisation, Field.Store.NO));
        writer.addDocument(d);
    }

    /** Makes everything added so far durable, recording that articles up to {@code upTo} are in. */
    void commit(long upTo) throws IOException {
        writer.setLiveCommitData(Map.of(UP_TO, Long.toString(upTo)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** The analysed terms of a query, position by position, in both forms. */
    record QueryTerms(List<String> words, List<String> skeletons) {
        boolean isEmpty() {
            return words.isEmpty();
        }
    }

    QueryTerms terms(String query) {
        return new QueryTerms(analyse(SearchAnalyzer.WORDS, query), analyse(SearchAnalyzer.SKELETONS, query));
    }

    private List<String> analyse(String field, String s) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, s)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Every word of the query must match, in the title, the text, its skeleton (spelling variants)
     * or the names of the entities the article mentions; exact words weigh more than skeletons.
     */
    private static final int MIN_SKELETON = 3;

    static Query query(QueryTerms q, String organisation) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = Math.min(q.words.size(), q.skeletons.size());
        for (int i = 0; i < n; i++) {
            String w = q.words.get(i);
            String s = q.skeletons.get(i);
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term(TITLE, w)), 3f), BooleanClause.Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(SearchAnalyzer.WORDS, w)), 2f), BooleanClause.Occur.SHOULD);
            // a skeleton of one or two letters ("ز" of زا, or of زززز) says too little to stand for a spelling variant
            if (s.length() >= MIN_SKELETON) {
                any.add(new TermQuery(new Term(SearchAnalyzer.SKELETONS, s)), BooleanClause.Occur.SHOULD);
                any.add(new TermQuery(new Term(TITLE_SKELETONS, s)), BooleanClause.Occur.SHOULD);
            }
            any.add(new BoostQuery(new TermQuery(new Term(ENTITIES, w)), 2f), BooleanClause.Occur.SHOULD);
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        if (organisation != null) all.add(new TermQuery(new Term(ORGANISATION, organisation)), BooleanClause.Occur.FILTER);
        return all.build();
    }

    /**
     * A page of hits: article ids with scores and the spans of the text that matched, and how many
     * articles match in all — exactly, or at least that many when {@code exact} is false (Lucene
     * stops counting past a thousand).
     */
    public record Hits(long total, boolean exact, List<Long> ids, List<Float> scores, List<List<Span>> matches) {}

    public Hits search(String query, String organisation, int offset, int limit) {
        QueryTerms q = terms(query);
        if (q.isEmpty()) return new Hits(0, true, List.of(), List.of(), List.of());
        try {
            refreshNowAndThen();
            IndexSearcher s = searchers.acquire();
            try {
                int want = Math.min(MAX_HITS, offset + limit);
                TopDocs top = s.search(query(q, organisation), Math.max(1, want));
                List<Long> ids = new ArrayList<>();
                List<Float> scores = new ArrayList<>();
                List<List<Span>> matches = new ArrayList<>();
                var stored = s.storedFields();
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                for (int i = offset; i < top.scoreDocs.length && i < want; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    ids.add(stored.document(sd.doc).getField(ID).numericValue().longValue());
                    scores.add(sd.score);
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    int doc = sd.doc - leaf.docBase;
                    Set<Span> found = new TreeSet<>();
                    offsets(leaf.reader(), doc, SearchAnalyzer.WORDS, q.words, found);
                    offsets(leaf.reader(), doc, SearchAnalyzer.SKELETONS, q.skeletons, found);
                    matches.add(new ArrayList<>(found));
                }
                return new Hits(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, ids, scores,
                        matches);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    /** Where the wanted terms occur in one document, from their postings. */
    private static void offsets(LeafReader reader, int doc, String field, List<String> wanted, Set<Span> out) throws IOException {
        for (String w : new HashSet<>(wanted)) {
            PostingsEnum p = reader.postings(new Term(field, w), PostingsEnum.OFFSETS);
            if (p == null || p.advance(doc) != doc) continue;
            for (int i = 0; i < p.freq(); i++) {
                p.nextPosition();
                if (p.startOffset() >= 0) out.add(new Span(p.startOffset(), p.endOffset()));
            }
        }
    }

    /** A reader looks for a newer commit (another process's ingest) at most this often; a writer sees its own at once. */
    private static final long REFRESH_NANOS = 250_000_000L;
    private volatile long lastRefresh = System.nanoTime();

    private void refreshNowAndThen() throws IOException {
        long now = System.nanoTime();
        if (writer == null && now - lastRefresh < REFRESH_NANOS) return;
        lastRefresh = now;
        searchers.maybeRefresh();
    }

    /** How many articles the index holds. */
    public int size() {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
