package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import org.qimma.text.Span;

/** The main text of a page: headline, date, body paragraphs and credit lines, in reading order. */
public record MainText(String title, String published, String dateLine, List<String> paragraphs, List<String> credits) {

    /** Lays the parts out as text, one per line, and records where each is. */
    public Article toArticle(String source) {
        StringBuilder b = new StringBuilder();
        Span title = append(b, this.title);
        Span dateSpan = null;
        if (dateLine != null && !dateLine.isBlank()) dateSpan = append(b, dateLine);
        List<Span> body = new ArrayList<>();
        for (String p : paragraphs) body.add(append(b, p));
        List<Article.Credit> cs = new ArrayList<>();
        Furniture f = Furniture.standard();
        for (String c : credits) {
            Span s = append(b, c);
            int colon = Math.max(c.indexOf(':'), c.indexOf('：'));
            if (colon > 0) {
                String role = f.creditRole(c.substring(0, colon));
                String value = c.substring(colon + 1).strip();
                int vs = s.start() + c.indexOf(value, colon);
                cs.add(new Article.Credit(role == null ? "source" : role, new Span(vs, vs + value.length()), value, f.agency(value)));
            } else {
                cs.add(new Article.Credit("author", s, c, null));
            }
        }
        String text = b.toString();
        return new Article(source, text, Language.detect(text), title, published, published == null ? null : dateSpan,
                body, cs, List.of());
    }

    private static Span append(StringBuilder b, String s) {
        String t = s.strip();
        int start = b.length();
        b.append(t).append('\n');
        return new Span(start, start + t.length());
    }
}
