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

    static String decode(String source, byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw new ReadException(source, "empty file");
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset cs = Charset.forName(m.group(1));
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
