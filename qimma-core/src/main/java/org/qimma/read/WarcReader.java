package org.qimma.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}, read with jwarc): every successful HTML
 * {@code response} record becomes an article through {@link HtmlReader}, its source the record's
 * target URI. Other records are skipped and counted by kind; a record that fails is a problem
 * naming the file and the record's offset, and the reading goes on.
 */
public final class WarcReader implements ArticleReader {

    /** What a WARC file gave: articles, skipped records counted by kind, and problems. */
    public record Contents(List<Article> articles, Map<String, Integer> skipped, List<ReadException> problems) {
        public Contents {
            articles = List.copyOf(articles);
            skipped = Map.copyOf(skipped);
            problems = List.copyOf(problems);
        }
    }

    private final HtmlReader html = new HtmlReader();

    @Override
    public List<Article> read(String source, byte[] bytes) throws ReadException {
        return ArticleReader.strictly(this, source, bytes);
    }

    @Override
    public List<Article> read(String source, byte[] bytes, Consumer<ReadException> problems) throws ReadException {
        Contents c = contents(source, new ByteArrayInputStream(bytes));
        c.problems().forEach(problems);
        return c.articles();
    }

    /** Reads a WARC file from a stream, record by record; throws when it is not a WARC file at all. */
    public Contents contents(String source, InputStream in) throws ReadException {
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<ReadException> problems = new ArrayList<>();
        int records = 0;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
            WarcRecord record = null;
            while (true) {
                long offset = record == null ? 0 : record.position();
                try {
                    var next = reader.next();
                    if (next.isEmpty()) break;
                    record = next.get();
                    offset = record.position();
                } catch (IOException | RuntimeException e) {
                    // the framing is broken: nothing after it can be found reliably
                    String where = record == null ? "record at offset 0"
                            : "record after the one at offset " + offset + " (" + target(record) + ")";
                    ReadException p = new ReadException(source, where + ": not a valid WARC record (" + message(e) + ")", e);
                    if (records == 0) throw new ReadException(source, "not a WARC file: " + p.reason(), e);
                    problems.add(p);
                    break;
                }
                records++;
                try {
                    String skip = article(source, record, articles);
                    if (skip != null) skipped.merge(skip, 1, Integer::sum);
                } catch (ReadException e) {
                    problems.add(new ReadException(source, "record at offset " + offset + " (" + target(record) + "): "
                            + e.reason(), e));
                } catch (IOException | RuntimeException e) {
                    problems.add(new ReadException(source, "record at offset " + offset + " (" + target(record) + "): "
                            + message(e), e));
                }
            }
        } catch (IOException e) {
            throw new ReadException(source, "not a WARC file: " + message(e), e);
        } catch (RuntimeException e) {
            throw new ReadException(source, "not a WARC file: " + message(e), e);
        }
        if (records == 0) throw new ReadException(source, "no WARC records");
        return new Contents(articles, skipped, problems);
    }

    /** Adds the record's article, or returns why it is skipped. */
    private String article(String source, WarcRecord record, List<Article> out) throws IOException, ReadException {
        if (!(record instanceof WarcResponse response)) return record.type();
        MediaType type = response.contentType();
        if (!type.base().equals(MediaType.HTTP_RESPONSE.base())) return "response (not HTTP)";
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) return "response (HTTP " + http.status() + ")";
        byte[] body;
        try (InputStream s = http.bodyDecoded().stream()) {
            body = s.readAllBytes();
        }
        MediaType payload = http.contentType();
        if (!isHtml(payload, body)) return "response (" + describe(payload) + ")";
        if (body.length == 0) return "response (empty)";
        String charset = payload == null ? null : payload.parameters().get("charset");
        out.addAll(html.read(target(record), body, charset));
        return null;
    }

    private static boolean isHtml(MediaType type, byte[] body) {
        String t = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) return true;
        if (!t.isEmpty() && !t.equals("application/octet-stream")) return false;
        // no type given: look at the start of the body
        String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    private static String describe(MediaType type) {
        String t = type == null ? "" : type.base().toString();
        return t.isEmpty() ? "no content type" : t;
    }

    private static String target(WarcRecord r) {
        return r.headers().first("WARC-Target-URI").orElse("no target URI");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
