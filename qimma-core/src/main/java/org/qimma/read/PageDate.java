package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.qimma.text.DateMention;
import org.qimma.text.DateRecognizer;
import org.qimma.text.Text;

/**
 * The publication date of a page, {@code YYYY-MM-DD}: from its metadata (Open Graph, schema.org
 * JSON-LD, {@code <time datetime>}), else from the first visible date line after the headline
 * (Western or Eastern Arabic digits, Gregorian preferred over Hijri when a line gives both).
 */
final class PageDate {

    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final String META = "meta[property=article:published_time], meta[name=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date], "
            + "meta[name=DC.date.issued], meta[name=dcterms.date], meta[property=og:published_time], "
            + "meta[name=sailthru.date], meta[name=parsely-pub-date]";

    // elements looked at for a visible date: a date line sits near the top of a page
    private static final int SCAN_LIMIT = 5000;

    private PageDate() {}

    /** The date the metadata gives, or null. */
    static String fromMetadata(Document doc) {
        for (Element m : doc.select(META)) {
            Matcher x = ISO_DATE.matcher(m.attr("content"));
            if (x.find()) return x.group(1);
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher x = JSON_DATE.matcher(s.data());
            if (x.find()) return x.group(1);
        }
        for (Element t : doc.select("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]")) {
            if (t.closest("aside, nav, footer, [class*=comment], [class*=related]") != null) continue;
            Matcher x = ISO_DATE.matcher(t.attr("datetime"));
            if (x.find()) return x.group(1);
        }
        return null;
    }

    /**
     * The short line that is a date nearest the element holding {@code headline} (a page's "today"
     * line sits far above it, related links far below), or the first one if the headline is not found.
     */
    static String visible(Document doc, String headline) {
        if (doc.body() == null) return null;
        Element head = headlineElement(doc, headline);
        int headAt = 0;
        List<Integer> at = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        int i = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++i > SCAN_LIMIT) break;
            if (e == head) headAt = i;
            if (!hasOwnText(e) || e.closest("nav, footer, aside, li a, [class*=related], [class*=comment]") != null) continue;
            String d = ofLine(MainTextExtractor.collapse(e.text()));
            if (d == null) continue;
            at.add(i);
            dates.add(d);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < at.size(); k++) {
            // a date line just after the headline wins a tie with one just before it
            int distance = 2 * Math.abs(at.get(k) - headAt) + (at.get(k) < headAt ? 1 : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = dates.get(k);
            }
        }
        return best;
    }

    /** The full date a short line names, Gregorian first; null when the line is not a date line. */
    static String ofLine(String line) {
        if (line.isEmpty() || line.length() > 80 || ArticleLayout.dateLine(line) == null) return null;
        List<DateMention> ds = DateRecognizer.standard().find(Text.of(line), null);
        String hijri = null;
        for (DateMention d : ds) {
            if (d.value().length() != 10 || d.relative()) continue;
            if (!d.hijri()) return d.value();
            if (hijri == null) hijri = d.value();
        }
        return hijri;
    }

    private static Element headlineElement(Document doc, String headline) {
        if (headline == null || headline.isEmpty() || doc.body() == null) return null;
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > SCAN_LIMIT) break;
            if (hasOwnText(e) && MainTextExtractor.collapse(e.text()).equals(headline)) return e;
        }
        return null;
    }

    private static boolean hasOwnText(Element e) {
        return !e.ownText().isBlank();
    }
}
