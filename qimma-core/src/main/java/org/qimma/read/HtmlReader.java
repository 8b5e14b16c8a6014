package org.qimma.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTML page: decoded by its declared charset (or detected), then reduced to its main text by
 * {@link MainTextExtractor}, and laid out as a plain-text article (headline, date line, body
 * paragraphs, credit lines) so every span points into that text.
 */
public final class HtmlReader implements ArticleReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-zA-Z0-9_\\-]+)");

    private final MainTextExtractor extractor;

    public HtmlReader() {
        this(new MainTextExtractor());
    }

    public HtmlReader(MainTextExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public List<Article> read(String source, byte[] bytes) throws ReadException {
        String html = decode(source, bytes);
        return List.of(readHtml(source, html));
    }

    public Article readHtml(String source, String html) throws ReadException {
        Document doc = Jsoup.parse(html, source.startsWith("http") ? source : "");
        MainText main = extractor.extract(doc);
        if (main.paragraphs().isEmpty() && main.title().isBlank()) {
            throw new ReadException(source, "HTML page without article text");
        }
        return main.toArticle(source);
    }

    /** Reads a page whose charset a protocol header declared (HTTP in a WARC record), or null. */
    List<Article> read(String source, byte[] bytes, String declaredCharset) throws ReadException {
        return List.of(readHtml(source, decode(source, bytes, declaredCharset)));
    }

    static String decode(String source, byte[] bytes) throws ReadException {
        return decode(source, bytes, null);
    }

    /** By the declared charset, else the one a {@code <meta>} names, else as {@link TextDecoder} finds. */
    static String decode(String source, byte[] bytes, String declaredCharset) throws ReadException {
        if (bytes.length == 0) throw new ReadException(source, "empty file");
        String named = declaredCharset;
        // servers send ISO-8859-1 by default, whatever the page is in: then the page's own word counts
        if (named != null && named.toLowerCase(java.util.Locale.ROOT).matches("iso-?8859-1|latin-?1|us-ascii|ascii")) named = null;
        if (named == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) named = m.group(1);
        }
        if (named != null) {
            try {
                Charset cs = Charset.forName(named);
                if (!cs.equals(StandardCharsets.UTF_8)) {
                    return new String(bytes, cs);
                }
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to detection
            }
        }
        return TextDecoder.decode(source, bytes).text();
    }
}
