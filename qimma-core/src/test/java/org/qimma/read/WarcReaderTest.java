package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {

    static final String PAGE = "<html><head><title>القمة العربية</title></head><body><article><h1>القادة العرب يجتمعون في جدة</h1>"
            + "<p>اختتمت القمة العربية الثانية والثلاثون أعمالها في جدة اليوم بإصدار إعلان جدة.</p></article></body></html>";

    /** A WARC of a warcinfo, a request, an HTML page, a PNG, a 404 page and a page without text. */
    static byte[] archive(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            w.write(new Warcinfo.Builder().fields(Map.of("software", List.of("qimma-test"))).build());
            w.write(new WarcRequest.Builder(URI.create("https://example.org/a"))
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(response("https://example.org/a", 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://example.org/missing", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/blank", 200, "text/html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/b", 200, "text/html; charset=windows-1256",
                    PAGE.replace("جدة", "الرياض").getBytes(Charset.forName("windows-1256"))));
        }
        return out.toByteArray();
    }

    static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }

    @Test
    void readsHtmlResponsesAndCountsTheRest() throws Exception {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            WarcReader.Contents got = new WarcReader().contents("x.warc", new ByteArrayInputStream(archive(c)));
            assertEquals(List.of("https://example.org/a", "https://example.org/b"),
                    got.articles().stream().map(Article::source).toList(), c.toString());
            assertEquals("القادة العرب يجتمعون في جدة", got.articles().get(0).titleText());
            assertTrue(got.articles().get(1).text().contains("الرياض"), "windows-1256 from the HTTP header");
            assertEquals(Map.of("warcinfo", 1, "request", 1, "response (image/png)", 1, "response (HTTP 404)", 1), got.skipped());
            assertEquals(1, got.problems().size());
            String problem = got.problems().get(0).getMessage();
            assertTrue(problem.startsWith("x.warc: record at offset "), problem);
            assertTrue(problem.contains("https://example.org/blank"), problem);
        }
    }

    @Test
    void strictReadingFailsOnTheBadRecord() throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> new WarcReader().read("x.warc", archive(WarcCompression.NONE)));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void aBrokenTailKeepsTheRecordsBeforeIt() throws Exception {
        byte[] good = archive(WarcCompression.NONE);
        byte[] tail = "WARC/1.0\r\nContent-Length: zz\r\n\r\ngarbage".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[good.length + tail.length];
        System.arraycopy(good, 0, bad, 0, good.length);
        System.arraycopy(tail, 0, bad, good.length, tail.length);
        List<ReadException> problems = new ArrayList<>();
        List<Article> articles = new WarcReader().read("y.warc", bad, problems::add);
        assertEquals(2, articles.size());
        assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("record after the one at offset 2106 (https://example.org/b)")), problems.toString());
    }

    @Test
    void notAWarcFile() {
        ReadException e = assertThrows(ReadException.class,
                () -> new WarcReader().read("z.warc", "just some text\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("z.warc: not a WARC file"), e.getMessage());
    }

    @Test
    void readersPickItByNameAndStreamIt(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("crawl.warc.gz");
        Files.write(gz, archive(WarcCompression.GZIP));
        assertTrue(Readers.readerFor(gz) instanceof WarcReader);
        Readers.Result r = Readers.read(gz);
        assertEquals(null, r.error());
        assertEquals(2, r.articles().size());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).getMessage().startsWith(gz.toString()));
    }
}
