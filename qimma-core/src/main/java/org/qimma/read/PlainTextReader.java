package org.qimma.read;

import java.util.List;

/** A plain-text article: encoding detected by {@link TextDecoder}, parts by {@link ArticleLayout}. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public List<Article> read(String source, byte[] bytes) throws ReadException {
        String text = TextDecoder.decode(source, bytes).text();
        if (text.isBlank()) {
            throw new ReadException(source, "no text (only white space)");
        }
        if (text.charAt(0) == '\uFEFF') text = text.substring(1);
        return List.of(ArticleLayout.ofPlainText(source, text));
    }
}
