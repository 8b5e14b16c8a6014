package org.qimma.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page: its {@code h1}, else its {@code og:title}, else a visible element named
 * like a title whose text the page's {@code <title>} contains, else the longest part of the
 * {@code <title>} between separators (which drops the site's name).
 */
final class PageHeadline {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " : ", " « ", " » "};

    private PageHeadline() {}

    static String find(Document doc) {
        String h1 = h1(doc);
        if (h1 != null) return h1;
        for (String q : new String[] {"meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]",
                "meta[property=twitter:title]"}) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) return MainTextExtractor.collapse(m.attr("content"));
        }
        String title = MainTextExtractor.collapse(doc.title());
        String named = titleElement(doc, title);
        if (named != null) return named;
        return longestPart(title);
    }

    private static String h1(Document doc) {
        String site = "";
        Element siteName = doc.selectFirst("meta[property=og:site_name]");
        if (siteName != null) site = MainTextExtractor.collapse(siteName.attr("content"));
        for (Element h : doc.select("article h1, main h1, h1")) {
            String t = MainTextExtractor.collapse(h.text());
            if (t.isEmpty() || t.equals(site) || t.split(" ").length < 3) continue;
            if (h.closest("nav, a") != null) continue;
            return t;
        }
        return null;
    }

    /** The longest element named like a title ({@code newsTitle}, {@code headline}) that the title holds. */
    private static String titleElement(Document doc, String title) {
        if (title.isEmpty()) return null;
        String best = null;
        for (Element e : doc.select("[class], [id], [itemprop=headline], [itemprop=name]")) {
            boolean named = e.attr("itemprop").equalsIgnoreCase("headline");
            for (String p : PageCleaner.parts(e.className() + " " + e.id())) {
                if (p.equals("title") || p.equals("headline") || p.equals("newstitle")) named = true;
            }
            if (!named) continue;
            String t = MainTextExtractor.collapse(e.text());
            if (t.split(" ").length >= 3 && title.contains(t) && (best == null || t.length() > best.length())) best = t;
        }
        return best;
    }

    static String longestPart(String title) {
        String best = title;
        for (String sep : SEPARATORS) {
            if (!best.contains(sep)) continue;
            String longest = "";
            for (String part : best.split(java.util.regex.Pattern.quote(sep))) {
                if (part.strip().length() > longest.length()) longest = part.strip();
            }
            best = longest;
        }
        return best;
    }
}
