package org.qimma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, export and demo as a user runs them. */
class StoreCommandsTest {

    private static final String ARTICLE = "الرياض - 2 مارس (واس) -- أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة تدعم العمل العربي المشترك.\n";

    @Test
    void ingestSummarisesReportsBadFilesAndIsIdempotent(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "خبر\n" + ARTICLE);
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        String data = dir.resolve("store").toString();
        CliRun first = CliRun.of("ingest", "--data", data, in.toString());
        assertEquals(1, first.code(), "a bad file makes the run fail, after the rest is in");
        assertTrue(first.err().contains("bad.txt: binary data"), first.err());
        assertTrue(first.err().contains("1 added, 0 unchanged, 1 failed"), first.err());
        Files.delete(in.resolve("bad.txt"));
        CliRun again = CliRun.of("ingest", "--data", data, in.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 added, 1 unchanged, 0 failed"), again.err());

        Path csv = dir.resolve("out.csv");
        assertEquals(0, CliRun.of("export", "--data", data, "--format", "csv", csv.toString()).code());
        assertTrue(Files.readString(csv).startsWith("article_id,source,published,list"));
        CliRun jsonl = CliRun.of("export", "--data", data, "--format", "jsonl", "-");
        assertEquals(1, jsonl.out().lines().count());
        CliRun bad = CliRun.of("export", "--data", data, "--format", "xml", "-");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown export format 'xml'"), bad.err());
        CliRun none = CliRun.of("export", "--data", dir.resolve("nothing").toString(), "--format", "csv", "-");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no store here"), none.err());
    }

    @Test
    void ingestWithoutPathsIsAUsageError() {
        assertEquals(2, CliRun.of("ingest").code());
    }

    /** The README's first command, as a separate process: it ingests the corpus and serves it. */
    @Test
    void demoIngestsTheCorpusAndServesIt(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("qimma.root", ".."));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dqimma.home=" + root,
                Main.class.getName(), "demo", "--port", "0", "--data", dir.resolve("demo").toString())
                .redirectErrorStream(true).start();
        try {
            String url = null;
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            for (String l; System.nanoTime() < deadline && (l = lines.readLine()) != null; ) {
                seen.append(l).append('\n');
                int at = l.indexOf(" at http://");
                if (l.startsWith("qimma: serving") && at > 0) {
                    url = l.substring(at + 4).strip();
                    break;
                }
            }
            assertTrue(url != null, "the demo printed its address:\n" + seen);
            assertTrue(seen.toString().contains("0 failed"), seen.toString());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"articles\""), r.body());
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }
}
