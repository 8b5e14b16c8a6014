package org.qimma.cli;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.qimma.kb.KnowledgeBase;
import org.qimma.record.Json;
import org.qimma.server.QimmaServer;
import org.qimma.store.Ingest;
import org.qimma.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A load test on loopback: builds (or reuses) a store of many articles made by varying the example
 * corpus, serves it, and sends search and timeline requests from a pool of client threads,
 * printing p50 / p90 / p99 latency per kind of request.
 */
@Command(name = "loadtest", description = "Measures search and timeline latency over HTTP on a large generated store.")
final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", defaultValue = "2000", description = "Requests of each kind (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--threads", defaultValue = "4", description = "Client threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "qimma-loadtest-data",
            description = "The generated store, reused when it already holds enough articles (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus to vary (default: corpus/articles of the checkout).")
    Path corpus;

    /** Queries as users type them: Arabic in both spellings, Latin names, a phrase. */
    static final List<String> QUERIES = List.of("شنغهاي", "شانغهاي", "توكاييف", "توكايف", "القمة", "بريكس", "Tokayev", "SCO",
            "الجامعة العربية", "مجلس التعاون الخليجي", "وزراء الخارجية", "الاتحاد الأفريقي", "أستانا", "مكافحة الإرهاب", "Putin");

    @Override
    public Integer call() throws Exception {
        Path source = corpus != null ? corpus : DemoCommand.home().resolve("corpus/articles");
        long have = 0;
        if (Files.exists(data.resolve("qimma.db"))) {
            try (Store s = Store.open(data, false)) {
                have = s.articleCount();
            }
        }
        if (have < articles) {
            Path jsonl = generate(source, articles, Files.createTempFile("qimma-load-", ".jsonl"));
            System.err.println("qimma: building a store of " + articles + " articles in " + data + " (links off: copies would all link)");
            long t0 = System.nanoTime();
            int rc = IngestCommand.run(data, List.of(jsonl), new Ingest.Options(256, false));
            Files.deleteIfExists(jsonl);
            if (rc != 0) return rc;
            System.err.printf("qimma: ingested in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Store s = Store.open(data, false);
             QimmaServer server = QimmaServer.start(s, KnowledgeBase.standard(), "127.0.0.1", 0)) {
            String base = server.url() + "api/";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> organisations = new ArrayList<>();
            for (var o : Json.MAPPER.readTree(get(http, base + "organisations"))) organisations.add(o.get("id").asText());
            List<String> search = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                search.add(base + "search?q=" + URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8)
                        + "&offset=" + (i % 3) * 10);
            }
            List<String> timeline = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String org = organisations.isEmpty() ? "" : organisations.get(i % organisations.size());
                timeline.add(base + "meetings?organisation=" + org + (i % 2 == 0 ? "" : "&year=" + (2023 + i % 3)));
            }
            System.out.println("store: " + s.articleCount() + " articles; " + threads + " client threads on loopback");
            run(http, search.subList(0, Math.min(200, requests)), threads); // warm-up: JIT, caches
            run(http, timeline.subList(0, Math.min(200, requests)), threads);
            Map<String, long[]> results = new LinkedHashMap<>();
            results.put("search", run(http, search, threads));
            results.put("timeline", run(http, timeline, threads));
            System.out.println("request    n      p50 ms   p90 ms   p99 ms   max ms");
            for (var e : results.entrySet()) {
                long[] l = e.getValue();
                System.out.printf("%-9s %5d  %7.2f  %7.2f  %7.2f  %7.2f%n", e.getKey(), l.length, ms(pct(l, 50)), ms(pct(l, 90)),
                        ms(pct(l, 99)), ms(l[l.length - 1]));
            }
        }
        return 0;
    }

    /** A JSON Lines file of {@code n} articles, each a corpus article with a line of its own so that no two are the same. */
    static Path generate(Path corpus, int n, Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException(corpus + ": no .txt articles to vary");
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "generated-" + i + "-" + files.get(i % files.size()).getFileName());
                line.put("text", texts.get(i % texts.size()) + "\n\n(نسخة مولدة رقم " + i + ")\n");
                w.write(Json.MAPPER.writeValueAsString(line));
                w.newLine();
            }
        }
        return out;
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    /** Sends every request once from a pool of threads; returns the latencies in nanoseconds, sorted. */
    private static long[] run(HttpClient http, List<String> urls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> f = new ArrayList<>();
            for (String u : urls) {
                f.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    get(http, u);
                    return System.nanoTime() - t0;
                }));
            }
            long[] out = new long[f.size()];
            for (int i = 0; i < out.length; i++) out[i] = f.get(i).get();
            Arrays.sort(out);
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
