package org.qimma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qimma.Pipeline;
import org.qimma.link.Linker;
import org.qimma.record.Json;
import org.qimma.store.Ingest;
import org.qimma.store.Store;

/** The REST API over real HTTP on a loopback port, on a store of the project's corpus. */
class ApiTest {

    @TempDir
    static Path tmp;
    static Store store;
    static QimmaServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path CORPUS = Path.of(System.getProperty("qimma.root", "..")).resolve("corpus/articles");
    static long corpusSize;

    @BeforeAll
    static void serveTheCorpus() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        try (Stream<Path> s = Files.list(CORPUS)) {
            corpusSize = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        try (Store w = Store.open(tmp.resolve("store"), true)) {
            new Ingest(w, pipeline, new Linker(pipeline.kb()), Ingest.Options.DEFAULT).run(List.of(CORPUS), new Ingest.Listener() {});
        }
        store = Store.open(tmp.resolve("store"), false);
        server = QimmaServer.start(store, pipeline.kb(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    record Answer(int status, JsonNode json, String body, HttpResponse<String> response) {}

    static Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = null;
        if (r.headers().firstValue("content-type").orElse("").startsWith("application/json")) json = Json.MAPPER.readTree(r.body());
        return new Answer(r.statusCode(), json, r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackOnly() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    void statsCountTheCorpus() throws Exception {
        Answer a = get("/api/stats");
        assertEquals(200, a.status());
        assertEquals(corpusSize, a.json().get("articles").asLong());
        assertEquals(corpusSize, a.json().get("indexed").asLong());
    }

    @Test
    void articlesArePagedAndEachCarriesTextRecordAndSpansIntoTheText() throws Exception {
        Answer page = get("/api/articles?limit=5&offset=2");
        assertEquals(200, page.status());
        assertEquals(corpusSize, page.json().get("total").asLong());
        assertEquals(5, page.json().get("items").size());
        long id = page.json().get("items").get(0).get("id").asLong();
        Answer a = get("/api/articles/" + id);
        assertEquals(200, a.status());
        String text = a.json().get("text").asText();
        JsonNode record = a.json().get("record");
        int checked = 0;
        for (String list : List.of("meetings", "statements", "proposals", "adopted_documents", "entities")) {
            for (JsonNode item : record.get(list)) {
                JsonNode span = item.get("span");
                int s = span.get(0).asInt();
                int e = span.get(1).asInt();
                assertTrue(0 <= s && s <= e && e <= text.length(), list + " span inside the text");
                checked++;
            }
        }
        assertTrue(checked > 0);
        for (JsonNode entity : record.get("entities")) {
            assertEquals(entity.get("text").asText(), text.substring(entity.get("span").get(0).asInt(), entity.get("span").get(1).asInt()));
        }
    }

    @Test
    void badParametersAreRefusedWithTheirName() throws Exception {
        for (String[] c : new String[][] {
                {"/api/articles/abc", "id"}, {"/api/articles/-3", "id"}, {"/api/articles?limit=0", "limit"},
                {"/api/articles?limit=5000", "limit"}, {"/api/articles?offset=x", "offset"}, {"/api/meetings?year=20x4", "year"},
                {"/api/search", "q"}, {"/api/search?q=" + "ق".repeat(300), "q"}, {"/api/proposals?outcome=maybe", "outcome"},
                {"/api/links?kind=friends", "kind"}, {"/api/entities?type=planet", "type"}, {"/api/meetings/1/x", "idx"}}) {
            Answer a = get(c[0]);
            assertEquals(400, a.status(), c[0]);
            assertEquals(c[1], a.json().get("parameter").asText(), c[0]);
            assertFalse(a.json().get("error").asText().isBlank());
        }
    }

    @Test
    void missingThingsAre404InJson() throws Exception {
        for (String u : List.of("/api/articles/999999", "/api/entities/NO-SUCH", "/api/meetings/999999/0", "/api/no-such-endpoint")) {
            Answer a = get(u);
            assertEquals(404, a.status(), u);
            assertNotNull(a.json(), u + " answers JSON");
            assertFalse(a.json().get("error").asText().isBlank(), u);
        }
    }

    @Test
    void searchIsNormalisationAwareInBothScripts() throws Exception {
        Answer a = get("/api/search?q=" + enc("شنغهاي"));
        Answer b = get("/api/search?q=" + enc("شانغهاي"));
        assertEquals(200, a.status());
        assertTrue(a.json().get("total").asLong() > 0);
        assertEquals(a.json().get("total").asLong(), b.json().get("total").asLong());
        Answer latin = get("/api/search?q=Kazakhstan");
        assertTrue(latin.json().get("total").asLong() > 0, "a Latin name finds Arabic articles");
        JsonNode first = b.json().get("items").get(0);
        JsonNode snippet = first.get("snippet");
        assertTrue(snippet.get("matches").size() > 0);
        Answer paged = get("/api/search?q=" + enc("القمة") + "&limit=2&offset=2");
        assertEquals(2, paged.json().get("items").size());
    }

    @Test
    void timelineAndMeetingPagesAgree() throws Exception {
        Answer orgs = get("/api/organisations");
        assertEquals(200, orgs.status());
        assertTrue(orgs.json().size() >= 5);
        Answer t = get("/api/meetings?organisation=SCO&limit=50");
        assertTrue(t.json().get("total").asLong() > 0);
        for (JsonNode m : t.json().get("items")) {
            assertEquals("SCO", m.get("organisation").asText());
            Answer one = get("/api/meetings/" + m.get("article_id").asLong() + "/" + m.get("idx").asInt());
            assertEquals(200, one.status());
            assertEquals(m.get("date").asText(), one.json().get("date").asText());
            assertTrue(one.json().has("participants") && one.json().has("statements") && one.json().has("adopted_documents"));
        }
        Answer year = get("/api/meetings?organisation=SCO&year=2024");
        for (JsonNode m : year.json().get("items")) assertTrue(m.get("date").asText().startsWith("2024"));
    }

    @Test
    void proposalsEntitiesAndLinks() throws Exception {
        Answer p = get("/api/proposals?limit=100");
        assertEquals(200, p.status());
        for (JsonNode x : p.json().get("items")) assertTrue(List.of("adopted", "open").contains(x.get("outcome").asText()));
        Answer e = get("/api/entities/KZ");
        assertEquals(200, e.status());
        assertEquals("Kazakhstan", e.json().get("label_en").asText());
        assertTrue(e.json().get("articles").size() > 0);
        Answer list = get("/api/entities?q=" + enc("كازاخستان"));
        assertTrue(list.json().get("items").size() > 0);
        Answer links = get("/api/links?kind=same_meeting");
        assertEquals(200, links.status());
        for (JsonNode l : links.json().get("items")) assertEquals("same_meeting", l.get("kind").asText());
    }

    @Test
    void pagesComeWithAPolicyThatRunsOnlyTheirOwnScript() throws Exception {
        Answer a = get("/api/stats");
        String csp = a.response().headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", a.response().headers().firstValue("x-content-type-options").orElse(""));
    }

    @Test
    void manyClientsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> f = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String u = i % 2 == 0 ? "/api/search?q=" + enc(List.of("شنغهاي", "بريكس", "القمة", "Tokayev").get(i % 4)) : "/api/meetings?limit=10";
            f.add(pool.submit(() -> get(u).status()));
        }
        for (Future<Integer> x : f) assertEquals(200, x.get());
        pool.shutdown();
    }

    @Test
    void aFailingStoreAnswers500WithoutAStackTrace() throws Exception {
        Store broken = Store.open(tmp.resolve("broken"), false);
        try (QimmaServer s = QimmaServer.start(broken, org.qimma.kb.KnowledgeBase.standard(), "127.0.0.1", 0)) {
            broken.close(); // the index is gone under the server
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/search?q=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("org.qimma"), r.body());
            assertTrue(Json.MAPPER.readTree(r.body()).get("error").asText().startsWith("internal error"));
        }
    }
}
