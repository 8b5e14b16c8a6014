package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every reader on awkward input: it reads it right, or fails with a ReadException whose message
 * names the input and the reason. Nothing else may escape.
 */
class RobustnessTest {

    static final String HEADLINE = "القادة العرب يجتمعون في جدة";
    static final String PARAGRAPH = "اختتمت القمة العربية الثانية والثلاثون أعمالها في جدة اليوم بإصدار إعلان جدة، "
            + "وأكد القادة رفضهم التدخلات الخارجية في الشؤون الداخلية للدول العربية.";
    static final String TEXT = HEADLINE + "\n" + PARAGRAPH + "\n" + PARAGRAPH.replace("جدة", "الرياض") + "\n";

    static final Map<String, ArticleReader> READERS = new LinkedHashMap<>();

    static {
        READERS.put("plain", new PlainTextReader());
        READERS.put("html", new HtmlReader());
        READERS.put("warc", new WarcReader());
        READERS.put("jsonl", new JsonLinesReader());
    }

    /** Inputs in the reader's own format that must be read, and read right. */
    static Map<String, byte[]> inputs() throws Exception {
        Map<String, byte[]> in = new LinkedHashMap<>();
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        in.put("truncated-utf8", java.util.Arrays.copyOf(utf8, utf8.length - 2)); // cuts the last letter in two
        in.put("windows-1256", encode(TEXT, "windows-1256"));
        in.put("iso-8859-6", encode(TEXT, "ISO-8859-6"));
        in.put("utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        in.put("utf16be-bom", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        in.put("utf16le", TEXT.getBytes(StandardCharsets.UTF_16LE));
        in.put("utf16be", TEXT.getBytes(StandardCharsets.UTF_16BE));
        in.put("empty", new byte[0]);
        in.put("png", png());
        in.put("html-soup", soup().getBytes(StandardCharsets.UTF_8));
        in.put("huge", huge().getBytes(StandardCharsets.UTF_8));
        return in;
    }

    @TestFactory
    Stream<DynamicTest> everyReaderOnEveryInput() throws Exception {
        Map<String, byte[]> inputs = inputs();
        List<DynamicTest> tests = new ArrayList<>();
        for (var r : READERS.entrySet()) {
            for (var i : inputs.entrySet()) {
                tests.add(DynamicTest.dynamicTest(r.getKey() + " / " + i.getKey(), () -> readsOrSaysWhy(r.getValue(), i.getKey(), i.getValue())));
                byte[] wrapped = wrap(r.getKey(), i.getKey(), i.getValue());
                if (wrapped != null) {
                    tests.add(DynamicTest.dynamicTest(r.getKey() + " / " + i.getKey() + " in its format",
                            () -> readsOrSaysWhy(r.getValue(), i.getKey() + "-wrapped", wrapped)));
                }
            }
        }
        return tests.stream();
    }

    static List<Article> readsOrSaysWhy(ArticleReader reader, String name, byte[] bytes) {
        String source = "input-" + name;
        long t0 = System.nanoTime();
        try {
            List<Article> got = reader.read(source, bytes);
            assertFalse(got.isEmpty(), source + ": read, but no articles");
            return got;
        } catch (ReadException e) {
            assertTrue(e.getMessage().startsWith(source + ": "), e.getMessage());
            assertFalse(e.reason() == null || e.reason().isBlank(), "no reason: " + e.getMessage());
            return List.of();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(source + ": " + e, e);
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 30_000, source + " took " + ms + " ms");
        }
    }

    /** The text inputs read right where they must: by the text readers, and in the WARC and JSONL wrappings. */
    @Test
    void textInAnyArabicEncodingReadsRight() throws Exception {
        Set<String> encodings = Set.of("truncated-utf8", "windows-1256", "iso-8859-6", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be");
        Map<String, byte[]> inputs = inputs();
        for (String e : encodings) {
            for (var r : READERS.entrySet()) {
                byte[] bytes = r.getKey().equals("plain") || r.getKey().equals("html") ? inputs.get(e) : wrap(r.getKey(), e, inputs.get(e));
                List<Article> got = readsOrSaysWhy(r.getValue(), e, bytes);
                assertEquals(1, got.size(), r.getKey() + " / " + e);
                String text = got.get(0).text();
                assertTrue(text.contains(PARAGRAPH), r.getKey() + " / " + e + ": " + text);
                assertTrue(text.contains(PARAGRAPH.replace("جدة", "الرياض").substring(0, 60)), r.getKey() + " / " + e);
            }
        }
    }

    @Test
    void failuresSayWhy() throws Exception {
        Map<String, byte[]> in = inputs();
        assertEquals("input-empty: empty file", reason(new PlainTextReader(), "empty", in.get("empty")));
        assertEquals("input-png: binary data, not text (a PNG image)", reason(new PlainTextReader(), "png", in.get("png")));
        assertEquals("input-png: binary data, not text (a PNG image)", reason(new HtmlReader(), "png", in.get("png")));
        assertTrue(reason(new WarcReader(), "png", in.get("png")).startsWith("input-png: not a WARC file"));
        assertEquals("input-png: binary data, not text (a PNG image)", reason(new JsonLinesReader(), "png", in.get("png")));
        byte[] broken = TEXT.getBytes(StandardCharsets.UTF_8);
        broken[40] = (byte) 0xFF;
        String bad = reason(new PlainTextReader(), "bad", broken);
        assertTrue(bad.matches("input-bad: UTF-8 text with invalid bytes at offset (39|40) .*"), bad); // where the broken character starts
    }

    @Test
    void soupAndHugeInputRead() throws Exception {
        List<Article> soup = readsOrSaysWhy(new HtmlReader(), "soup", soup().getBytes(StandardCharsets.UTF_8));
        assertEquals(HEADLINE, soup.get(0).titleText());
        assertTrue(soup.get(0).text().contains(PARAGRAPH));
        for (var r : READERS.entrySet()) {
            byte[] bytes = switch (r.getKey()) {
                case "plain" -> huge().getBytes(StandardCharsets.UTF_8);
                case "html" -> page(huge()).getBytes(StandardCharsets.UTF_8);
                default -> wrap(r.getKey(), "huge", huge().getBytes(StandardCharsets.UTF_8));
            };
            List<Article> got = readsOrSaysWhy(r.getValue(), "huge", bytes);
            assertEquals(1, got.size(), r.getKey());
            assertTrue(got.get(0).body().size() > 10_000, r.getKey() + ": " + got.get(0).body().size());
        }
    }

    private static String reason(ArticleReader r, String name, byte[] b) {
        try {
            r.read("input-" + name, b);
        } catch (ReadException e) {
            return e.getMessage();
        }
        return fail("read " + name);
    }

    /** The input as the reader's format carries it: an HTML page in a WARC response, text in a JSON line. */
    static byte[] wrap(String reader, String name, byte[] bytes) throws Exception {
        if (name.equals("empty") || name.equals("png")) return null;
        Charset cs = switch (name) {
            case "windows-1256" -> Charset.forName("windows-1256");
            case "iso-8859-6" -> Charset.forName("ISO-8859-6");
            case "utf16le-bom", "utf16le" -> StandardCharsets.UTF_16LE;
            case "utf16be-bom", "utf16be" -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
        String text = name.equals("truncated-utf8") ? TEXT : new String(bytes, cs).replace("\uFEFF", "");
        if (reader.equals("warc")) {
            String html = name.equals("html-soup") ? text : page(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
                w.write(WarcReaderTest.response("https://example.org/" + name, 200, "text/html; charset=" + cs.name(),
                        name.equals("truncated-utf8") ? bytes : html.getBytes(cs)));
            }
            return out.toByteArray();
        }
        if (reader.equals("jsonl")) {
            String field = name.equals("html-soup") ? "html" : "text";
            String line = "{\"id\": \"" + name + "\", \"" + field + "\": " + com.fasterxml.jackson.databind.json.JsonMapper
                    .builder().build().writeValueAsString(text) + "}\n";
            return name.equals("truncated-utf8") || name.equals("huge") ? line.getBytes(StandardCharsets.UTF_8) : line.getBytes(cs);
        }
        return null;
    }

    static String page(String text) {
        StringBuilder b = new StringBuilder("<html><head><title>" + HEADLINE + "</title></head><body><article>");
        String[] lines = text.split("\n");
        b.append("<h1>").append(lines[0]).append("</h1>");
        for (int i = 1; i < lines.length; i++) b.append("<p>").append(lines[i]).append("</p>\n");
        return b.append("</article></body></html>").toString();
    }

    static String soup() {
        return "<html><head><title>" + HEADLINE + "</title><body><table><tr><td><table><tr><td><div class=x><h1>" + HEADLINE
                + "</h2><p>" + PARAGRAPH + "<p><b><i>" + PARAGRAPH.replace("جدة", "الرياض") + "</b></i><td><table><tr>"
                + "<td><a href=/>الرئيسية<li>غير مغلق<div><span>" + "<div>".repeat(300) + "نص عميق" + "</tr></table>"
                + "<script>var x = '<p>';</script><p>" + PARAGRAPH.replace("جدة", "القاهرة") + "<!-- unclosed comment";
    }

    static String huge() {
        StringBuilder b = new StringBuilder(HEADLINE).append('\n');
        Random r = new Random(7);
        while (b.length() * 2 < 5_000_000) {
            b.append(PARAGRAPH, 0, 40 + r.nextInt(PARAGRAPH.length() - 40)).append(" ").append(b.length()).append(".\n");
        }
        return b.toString();
    }

    static byte[] png() {
        byte[] b = new byte[600];
        new Random(1).nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] encode(String s, String charset) throws Exception {
        CharsetEncoder e = Charset.forName(charset).newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = e.encode(CharBuffer.wrap(s));
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
