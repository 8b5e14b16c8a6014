package org.qimma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qimma.read.ReadException;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Json;

class StoreTest {

    @TempDir
    static Path tmp;
    static Path folder;
    static Ingest.Summary first;

    @BeforeAll
    static void ingestCorpus() {
        folder = tmp.resolve("store");
        try (Store s = Store.open(folder, true)) {
            first = TestStores.ingest(s, new Ingest.Options(8, true)).run(List.of(TestStores.CORPUS), new Ingest.Listener() {});
        }
    }

    @Test
    void everyCorpusArticleIsStoredWithItsRecord() throws Exception {
        int files = TestStores.corpusFiles().size();
        assertEquals(files, first.added());
        assertEquals(0, first.failed());
        try (Store s = Store.open(folder, false)) {
            assertEquals(files, s.articleCount());
            assertEquals(files, s.index().size());
            Queries q = new Queries(s, TestStores.pipeline().kb());
            // round trip: the stored record is the record the pipeline makes of the same file
            Path one = TestStores.corpusFiles().getFirst();
            long id = ((Number) q.rows("SELECT id FROM article WHERE source = ?1", one.toString()).getFirst().get("id")).longValue();
            Map<String, Object> a = q.article(id);
            ArticleRecord stored = Json.MAPPER.treeToValue((com.fasterxml.jackson.databind.JsonNode) a.get("record"), ArticleRecord.class);
            ArticleRecord fresh = TestStores.pipeline().process(org.qimma.read.Readers.read(one).articles().getFirst());
            assertEquals(Json.MAPPER.writeValueAsString(fresh), Json.MAPPER.writeValueAsString(stored));
            assertEquals(Files.readString(one).length() > 0, ((String) a.get("text")).length() > 0);
        }
    }

    @Test
    void reIngestingTheSameArticlesChangesNothing() throws Exception {
        try (Store s = Store.open(folder, true)) {
            Map<String, Object> before = new Queries(s, TestStores.pipeline().kb()).stats();
            Ingest.Summary again = TestStores.ingest(s, Ingest.Options.DEFAULT).run(List.of(TestStores.CORPUS), new Ingest.Listener() {});
            assertEquals(0, again.added());
            assertEquals(first.added(), again.unchanged());
            assertEquals(0, again.links());
            assertEquals(before, new Queries(s, TestStores.pipeline().kb()).stats());
        }
    }

    @Test
    void theSameTextInAnotherEncodingIsTheSameArticle() throws Exception {
        Path dir = tmp.resolve("cp1256");
        Files.createDirectories(dir);
        Path src = TestStores.corpusFiles().get(3);
        String text = Files.readString(src, StandardCharsets.UTF_8);
        Files.write(dir.resolve("same.txt"), text.getBytes(Charset.forName("windows-1256")));
        try (Store s = Store.open(folder, true)) {
            Ingest.Summary r = TestStores.ingest(s, Ingest.Options.DEFAULT).run(List.of(dir), new Ingest.Listener() {});
            assertEquals(0, r.added());
            assertEquals(1, r.unchanged());
        }
    }

    @Test
    void badFilesAreReportedAndTheRestIngested() throws Exception {
        Path dir = tmp.resolve("bad");
        Files.createDirectories(dir);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("good.txt"), "موسكو - 1 مارس (وكالات) -- قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم المبادرة.\n");
        Path store = tmp.resolve("bad-store");
        List<ReadException> problems = new ArrayList<>();
        try (Store s = Store.open(store, true)) {
            Ingest.Summary r = TestStores.ingest(s, Ingest.Options.DEFAULT).run(List.of(dir, tmp.resolve("missing")), new Ingest.Listener() {
                @Override
                public void problem(ReadException e) {
                    problems.add(e);
                }
            });
            assertEquals(1, r.added());
            assertEquals(3, r.failed(), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("binary.txt")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("missing")), problems.toString());
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsRefusedByName() throws Exception {
        Path f = tmp.resolve("not-a-store");
        Files.createDirectories(f);
        Files.writeString(f.resolve(Store.DATABASE), "this is not a database");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f, false));
        assertTrue(e.getMessage().contains(f.resolve(Store.DATABASE).toString()), e.getMessage());
        Path file = tmp.resolve("plain-file");
        Files.writeString(file, "x");
        assertTrue(assertThrows(StoreException.class, () -> Store.open(file, true)).getMessage().contains("plain-file"));
    }

    @Test
    void aStoreOfAnotherSchemaVersionIsRefusedByName() throws Exception {
        Path f = tmp.resolve("old-schema");
        Store.open(f, true).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.resolve(Store.DATABASE));
             var st = c.createStatement()) {
            st.execute("UPDATE store_info SET value = '1' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f, false));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("schema version 1"), e.getMessage());
    }

    @Test
    void aSecondWriterIsToldThatAnotherIsWriting() {
        Path f = tmp.resolve("two-writers");
        try (Store first = Store.open(f, true)) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(f, true));
            assertTrue(e.getMessage().contains("another writer has this store open"), e.getMessage());
            try (Store reader = Store.open(f, false)) {
                assertEquals(0, reader.articleCount(), "readers are welcome while one writes");
            }
        }
    }

    @Test
    void searchFindsSpellingVariantsAndLatinNames() {
        try (Store s = Store.open(folder, false)) {
            Queries q = new Queries(s, TestStores.pipeline().kb());
            long withShanghai = (long) q.search("شنغهاي", null, 0, 10).get("total");
            long withVariant = (long) q.search("شانغهاي", null, 0, 10).get("total");
            assertTrue(withShanghai > 0);
            assertEquals(withShanghai, withVariant, "the two spellings find the same articles");
            assertEquals(true, q.search("شنغهاي", null, 0, 10).get("total_exact"), "a small store is counted exactly");
            assertTrue((long) q.search("Shanghai Cooperation Organisation", null, 0, 10).get("total") >= 0);
            Map<String, Object> r = q.search("SCO", null, 0, 5);
            assertTrue((long) r.get("total") > 0, "a Latin acronym finds articles through their entities");
            assertTrue((long) q.search("زززززز", null, 0, 5).get("total") == 0);
            assertEquals(0L, q.search("   ", null, 0, 5).get("total"));
        }
    }

    @Test
    void searchHighlightsPointIntoTheText() {
        try (Store s = Store.open(folder, false)) {
            Queries q = new Queries(s, TestStores.pipeline().kb());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) q.search("القمة", null, 0, 5).get("items");
            assertFalse(items.isEmpty());
            for (Map<String, Object> it : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> snip = (Map<String, Object>) it.get("snippet");
                String text = (String) snip.get("text");
                @SuppressWarnings("unchecked")
                List<int[]> marks = (List<int[]>) snip.get("matches");
                assertFalse(marks.isEmpty());
                for (int[] m : marks) assertTrue(text.substring(m[0], m[1]).contains("قم"), text.substring(m[0], m[1]));
            }
        }
    }

    @Test
    void timelineGroupsOneMeetingToldByManyArticles() {
        try (Store s = Store.open(folder, false)) {
            Queries q = new Queries(s, TestStores.pipeline().kb());
            List<Map<String, Object>> orgs = q.organisations();
            assertFalse(orgs.isEmpty());
            assertTrue(orgs.stream().anyMatch(o -> "SCO".equals(o.get("id"))));
            Queries.Page t = q.timeline("SCO", null, 0, 100);
            assertTrue(t.total() > 0);
            for (Map<String, Object> m : t.items()) {
                assertEquals("SCO", m.get("organisation"));
                assertNotNull(m.get("article_id"));
                Map<String, Object> meeting = q.meeting(((Number) m.get("article_id")).longValue(), ((Number) m.get("idx")).intValue());
                assertNotNull(meeting);
                assertEquals(m.get("date"), meeting.get("date"));
            }
            assertNull(q.meeting(999999, 0));
            Queries.Page first = q.timeline(null, null, 0, 3);
            Queries.Page beyond = q.timeline(null, null, 100000, 3);
            assertEquals(first.total(), beyond.total(), "the total is the same on every page, even past the last");
            assertTrue(beyond.items().isEmpty());
            assertEquals(3, first.items().size());
        }
    }

    @Test
    void proposalsCarryTheirOutcome() {
        try (Store s = Store.open(folder, false)) {
            Queries q = new Queries(s, TestStores.pipeline().kb());
            Queries.Page all = q.proposals(null, null, null, 0, 500);
            Queries.Page adopted = q.proposals(null, null, "adopted", 0, 500);
            Queries.Page open = q.proposals(null, null, "open", 0, 500);
            assertTrue(all.total() > 0);
            assertEquals(all.total(), adopted.total() + open.total());
            for (Map<String, Object> p : adopted.items()) {
                assertEquals("adopted", p.get("outcome"));
                assertFalse(((List<?>) p.get("adopted_in")).isEmpty());
            }
            for (Map<String, Object> p : open.items()) assertEquals("open", p.get("outcome"));
        }
    }

    @Test
    void theSeedsProposalsOf2023AreFollowedToTheir2024Adoption() {
        Path seeds = Path.of(System.getProperty("qimma.shared", "../../shared")).resolve("corpus/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "shared/corpus/seeds is not beside the project");
        Path store = tmp.resolve("seeds-store");
        try (Store s = Store.open(store, true)) {
            Ingest.Summary r = TestStores.ingest(s, new Ingest.Options(1, true)).run(List.of(seeds), new Ingest.Listener() {});
            assertEquals(2, r.added());
            Queries q = new Queries(s, TestStores.pipeline().kb());
            Queries.Page adopted = q.proposals("SCO", "Kazakhstan", "adopted", 0, 50);
            Queries.Page open = q.proposals("SCO", "Kazakhstan", "open", 0, 50);
            assertEquals(2, adopted.total(), "two of the proposals are adopted in 2024 (the seeds' gold links)");
            assertTrue(open.total() > 0);
            for (Map<String, Object> p : adopted.items()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> docs = (List<Map<String, Object>>) p.get("adopted_in");
                assertTrue(((String) docs.getFirst().get("date")).startsWith("2024"), docs.toString());
            }
            assertEquals(r.links(), q.links(null, 0, 100).total());
        }
    }

    @Test
    void anEntityBringsWhatIsLinkedToIt() {
        try (Store s = Store.open(folder, false)) {
            Queries q = new Queries(s, TestStores.pipeline().kb());
            Map<String, Object> kz = q.entity("KZ");
            assertNotNull(kz);
            assertEquals("Kazakhstan", kz.get("label_en"));
            assertFalse(((List<?>) kz.get("articles")).isEmpty());
            assertNull(q.entity("no-such-entity"));
            Queries.Page found = q.entities("Kazakh", null, 0, 10);
            assertTrue(found.items().stream().anyMatch(e -> "KZ".equals(e.get("id"))));
        }
    }

    @Test
    void exportsEveryRecordInEachFormat() throws Exception {
        try (Store s = Store.open(folder, false)) {
            StringWriter jsonl = new StringWriter();
            long n = Export.write(s, Export.Format.JSONL, jsonl);
            assertEquals(s.articleCount(), n);
            String[] lines = jsonl.toString().split("\n");
            assertEquals(n, lines.length);
            for (String l : lines) assertNotNull(Json.MAPPER.readValue(l, ArticleRecord.class).source());
            StringWriter csv = new StringWriter();
            Export.write(s, Export.Format.CSV, csv);
            assertTrue(csv.toString().startsWith(String.join(",", Export.CSV_HEADER)));
            assertTrue(csv.toString().contains(",meetings,"));
            StringWriter plover = new StringWriter();
            Export.write(s, Export.Format.PLOVER, plover);
            List<Map<?, ?>> events = new ArrayList<>();
            for (String l : plover.toString().split("\n")) events.add(Json.MAPPER.readValue(l, Map.class));
            assertTrue(events.stream().anyMatch(e -> "CONSULT".equals(e.get("event_type")) && "multilateral".equals(e.get("mode"))));
            assertTrue(events.stream().anyMatch(e -> "AGREE".equals(e.get("event_type"))));
            assertTrue(events.stream().anyMatch(e -> "SUPPORT".equals(e.get("event_type"))));
        }
        assertThrows(IllegalArgumentException.class, () -> Export.Format.of("xml"));
    }
}
