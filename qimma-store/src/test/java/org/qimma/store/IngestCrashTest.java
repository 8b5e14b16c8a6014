package org.qimma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qimma.record.ArticleRecord;

/** A kill in the middle of an ingest, and readers during one, leave a consistent store. */
class IngestCrashTest {

    @TempDir
    Path tmp;

    private static final int BATCH = 5;
    /** Enough that the child is still at work when it is killed, even on an idle machine. */
    private static final int ARTICLES = 600;

    @Test
    void aKilledIngestLeavesWholeBatchesAndTheNextIngestCompletesIt() throws Exception {
        Path input = TestStores.variants(tmp.resolve("in"), ARTICLES);
        Path store = tmp.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                store.toString(), input.toString(), Integer.toString(BATCH))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seen < 3 * BATCH && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
            seen = countArticles(store.resolve(Store.DATABASE));
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no close
        long stored;
        try (Store s = Store.open(store, true)) { // opening for writing repairs the index from the database
            stored = s.articleCount();
            assertTrue(stored >= seen && stored < ARTICLES, "killed mid-way: " + stored);
            assertEquals(0, stored % BATCH, "only whole batches are stored");
            assertEquals(stored, s.index().size(), "the index holds exactly what the database holds");
            assertConsistent(new Queries(s, TestStores.pipeline().kb()));
            Ingest.Summary rest = TestStores.ingest(s, new Ingest.Options(BATCH, true)).run(List.of(input), new Ingest.Listener() {});
            assertEquals(ARTICLES - stored, rest.added());
            assertEquals(stored, rest.unchanged());
            assertEquals(ARTICLES, s.articleCount());
            assertEquals(ARTICLES, s.index().size());
            assertConsistent(new Queries(s, TestStores.pipeline().kb()));
        }
    }

    /** The committed article count, read with a bare connection: the cheapest look while the child writes. */
    private static long countArticles(Path db) {
        if (!Files.exists(db)) return 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT COUNT(*) FROM article")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet, or the database is busy: look again
        }
    }

    /** Every stored article has every row its record implies, and no row lacks its article. */
    private static void assertConsistent(Queries q) {
        for (Map<String, Object> row : q.rows("SELECT id, record FROM article")) {
            ArticleRecord r = Ingest.parse((String) row.get("record"));
            Object id = row.get("id");
            assertEquals(r.meetings().size(), count(q, "meeting", id));
            assertEquals(r.statements().size(), count(q, "statement", id));
            assertEquals(r.proposals().size(), count(q, "proposal", id));
            assertEquals(r.adoptedDocuments().size(), count(q, "document", id));
            assertEquals(r.entities().size(), count(q, "mention", id));
        }
        long told = ((Number) q.rows("SELECT COUNT(*) AS n FROM (SELECT DISTINCT article_id, organisation, body, date FROM meeting"
                + " WHERE date IS NOT NULL)").getFirst().get("n")).longValue();
        long counted = ((Number) q.rows("SELECT COALESCE(SUM(articles), 0) AS n FROM timeline").getFirst().get("n")).longValue();
        assertEquals(told, counted, "the timeline counts each article once per meeting it tells");
        for (String t : List.of("meeting", "statement", "proposal", "document", "mention")) {
            assertEquals(0L, ((Number) q.rows("SELECT COUNT(*) AS n FROM " + t + " WHERE article_id NOT IN (SELECT id FROM article)")
                    .getFirst().get("n")).longValue(), t);
        }
    }

    private static long count(Queries q, String table, Object id) {
        return ((Number) q.rows("SELECT COUNT(*) AS n FROM " + table + " WHERE article_id = ?1", id).getFirst().get("n")).longValue();
    }

    @Test
    void readersSeeWholeBatchesWhileAnIngestRuns() throws Exception {
        Path input = TestStores.variants(tmp.resolve("in2"), 60);
        Path store = tmp.resolve("store2");
        Store.open(store, true).close();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> reads = pool.submit(() -> {
            int n = 0;
            long last = 0;
            try (Store s = Store.open(store, false)) {
                Queries q = new Queries(s, TestStores.pipeline().kb());
                while (!done.get()) {
                    long count = s.articleCount();
                    assertTrue(count >= last, "the count never goes back");
                    assertEquals(0, count % BATCH, "a reader never sees half a batch");
                    last = count;
                    q.search("منظمة شنغهاي", null, 0, 10);
                    q.timeline(null, null, 0, 20);
                    n++;
                }
            }
            return n;
        });
        Future<Ingest.Summary> write = pool.submit(() -> {
            try (Store s = Store.open(store, true)) {
                return TestStores.ingest(s, new Ingest.Options(BATCH, true)).run(List.of(input), new Ingest.Listener() {});
            } finally {
                done.set(true);
            }
        });
        assertEquals(60, write.get(5, TimeUnit.MINUTES).added());
        assertTrue(reads.get(1, TimeUnit.MINUTES) > 0);
        pool.shutdown();
    }
}
