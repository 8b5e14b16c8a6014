package org.qimma.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * JSON Lines ({@code .jsonl}), one article a line:
 * {@code {"id"|"url", "title"?, "published"?, "text"|"html"}}. The article's source is the url,
 * else the id. {@code text} is laid out like a plain-text file (its first line is the headline
 * unless {@code title} is given); {@code html} goes through {@link HtmlReader}. A line that
 * cannot be read is a problem naming the file and the line number; the other lines are read.
 */
public final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final HtmlReader html = new HtmlReader();

    @Override
    public List<Article> read(String source, byte[] bytes) throws ReadException {
        return ArticleReader.strictly(this, source, bytes);
    }

    @Override
    public List<Article> read(String source, byte[] bytes, Consumer<ReadException> problems) throws ReadException {
        String text = TextDecoder.decode(source, bytes).text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Article> out = new ArrayList<>();
        int lineNo = 0;
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            lines++;
            try {
                out.add(article(line));
            } catch (ReadException e) {
                problems.accept(new ReadException(source, "line " + lineNo + ": " + e.reason(), e));
            }
        }
        if (lines == 0) throw new ReadException(source, "no JSON lines (only white space)");
        return out;
    }

    private Article article(String line) throws ReadException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new ReadException("", "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new ReadException("", "not a JSON object");
        String source = string(n, "url");
        if (source == null) source = string(n, "id");
        if (source == null) throw new ReadException("", "no \"url\" or \"id\"");
        String title = string(n, "title");
        String published = string(n, "published");
        if (published != null) {
            if (published.length() < 10 || !DATE.matcher(published.substring(0, 10)).matches()) {
                throw new ReadException(source, "\"published\" is not a date YYYY-MM-DD: " + shorten(published));
            }
            published = published.substring(0, 10);
        }
        String body = string(n, "text");
        String page = string(n, "html");
        Article a;
        if (body != null && !body.isBlank()) {
            String all = title == null || title.isBlank() ? body : title.strip() + "\n" + body;
            a = ArticleLayout.ofPlainText(source, all);
        } else if (page != null && !page.isBlank()) {
            a = html.readHtml(source, page);
        } else {
            throw new ReadException(source, "no \"text\" or \"html\"");
        }
        if (published == null) return a;
        return new Article(a.source(), a.text(), a.language(), a.title(), published,
                published.equals(a.published()) ? a.publishedSpan() : null, a.body(), a.credits(), a.boilerplate());
    }

    /** A field's text: a string, or a number written as text (ids); null when absent or empty. */
    private static String string(JsonNode n, String field) throws ReadException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText().isEmpty() ? null : v.asText();
        if (v.isNumber() && field.equals("id")) return v.asText();
        throw new ReadException("", "\"" + field + "\" is not a string");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
