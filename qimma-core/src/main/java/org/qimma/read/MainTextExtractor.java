package org.qimma.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.qimma.text.DateMention;

/**
 * Main-text extraction on jsoup: drops navigation, menus, related/read-also blocks, share
 * buttons, captions and footers; picks the element whose own paragraphs hold the most text; reads
 * the headline and the date from the page's metadata or its visible date line. No maintained Java
 * library does this for Arabic pages (see README), hence this small one.
 */
public class MainTextExtractor {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|header|footer|sidebar|side-bar|aside|widget|share|sharing|social|"
                    + "related|read-?more|read-?also|more-?news|most-?read|popular|trending|comments?|comment-form|"
                    + "breadcrumbs?|tags?|tag-list|keywords|ticker|breaking|urgent|newsletter|subscribe|cookie|"
                    + "consent|banner|ads?|advert|advertisement|promo|sponsor|caption|figcaption|author-box|"
                    + "pagination|pager|print|toolbar|copyright|modal|popup|login|search)($|[\\s_-])");
    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    public MainText extract(Document doc) {
        String title = title(doc);
        String published = metaDate(doc);
        Element work = doc.body() == null ? doc : doc.body().clone();
        work.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                + "select, input, textarea, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
                + "[aria-hidden=true], [hidden]").remove();
        for (Element e : new ArrayList<>(work.getAllElements())) {
            if (e == work || e.parent() == null) continue;
            String cls = e.className() + " " + e.id();
            if (!cls.isBlank() && NOISE.matcher(cls).find() && !isArticleish(cls)) {
                e.remove();
            }
        }
        Element best = bestContainer(work);
        List<String> blocks = blocks(best == null ? work : best);
        String dateLine = null;
        Furniture f = Furniture.standard();
        List<String> paragraphs = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        String normTitle = collapse(title);
        for (String b : blocks) {
            if (b.isEmpty() || b.equals(normTitle) || f.isBoilerplate(b)) continue;
            if (dateLine == null && paragraphs.isEmpty() && ArticleLayout.dateLine(b) != null) {
                dateLine = b;
                if (published == null) {
                    DateMention d = ArticleLayout.dateLine(b);
                    if (d.value().length() == 10) published = d.value();
                }
                continue;
            }
            int colon = Math.max(b.indexOf(':'), b.indexOf('：'));
            if (colon > 0 && colon < 30 && b.length() < 120 && f.creditRole(b.substring(0, colon)) != null) {
                credits.add(b);
                continue;
            }
            paragraphs.add(b);
        }
        if (dateLine == null && published == null) {
            // a visible date line outside the chosen container, near the headline
            for (Element e : doc.select("time, .date, .time, .post-date, .article-date, .published, [class*=date]")) {
                String t = collapse(e.text());
                if (!t.isEmpty() && ArticleLayout.dateLine(t) != null) {
                    DateMention d = ArticleLayout.dateLine(t);
                    if (d.value().length() == 10) {
                        published = d.value();
                        dateLine = t;
                        break;
                    }
                }
            }
        }
        if (published != null && dateLine == null) dateLine = published;
        return new MainText(title, published, dateLine, paragraphs, credits);
    }

    private static boolean isArticleish(String cls) {
        String c = cls.toLowerCase(java.util.Locale.ROOT);
        return c.contains("article-body") || c.contains("articlebody") || c.contains("entry-content")
                || c.contains("post-content") || c.contains("story-body") || c.contains("main-content");
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) return collapse(h1.text());
        if (og != null && !og.attr("content").isBlank()) return collapse(og.attr("content"));
        String t = doc.title();
        for (String sep : new String[] {" | ", " - ", " – ", " :: "}) {
            int i = t.indexOf(sep);
            if (i > 0) t = t.substring(0, i);
        }
        return collapse(t);
    }

    private static String metaDate(Document doc) {
        for (Element m : doc.select("meta[property=article:published_time], meta[name=article:published_time], "
                + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date], "
                + "meta[name=DC.date.issued], meta[property=og:published_time]")) {
            Matcher x = ISO_DATE.matcher(m.attr("content"));
            if (x.find()) return x.group(1);
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher x = JSON_DATE.matcher(s.data());
            if (x.find()) return x.group(1);
        }
        Element time = doc.selectFirst("article time[datetime], time[itemprop=datePublished], time[pubdate]");
        if (time != null) {
            Matcher x = ISO_DATE.matcher(time.attr("datetime"));
            if (x.find()) return x.group(1);
        }
        return null;
    }

    /** The element whose direct text blocks hold the most text, with a bonus for article markup. */
    private static Element bestContainer(Element root) {
        Map<Element, Double> score = new HashMap<>();
        for (Element p : root.select("p, div, td, section, article, li")) {
            String own = ownBlockText(p);
            if (own.length() < 25) continue;
            Element parent = p.tagName().equals("p") || p.tagName().equals("li") ? p.parent() : p;
            if (parent == null) continue;
            double s = own.length() + 10.0 * countCommas(own);
            score.merge(parent, s, Double::sum);
            if (parent.parent() != null && p.tagName().equals("p")) score.merge(parent.parent(), s * 0.3, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (var e : score.entrySet()) {
            double s = e.getValue();
            String tag = e.getKey().tagName();
            String cls = (e.getKey().className() + " " + e.getKey().id()).toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("article") || isArticleish(cls) || cls.contains("content") || cls.contains("article")) s *= 1.3;
            double linkDensity = linkDensity(e.getKey());
            s *= (1 - linkDensity);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    private static int countCommas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '،' || s.charAt(i) == ',') n++;
        return n;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 1;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, (double) links / all);
    }

    private static String ownBlockText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) b.append(t.text());
            else if (n instanceof Element c && isInline(c)) b.append(c.text());
        }
        return collapse(b.toString());
    }

    private static boolean isInline(Element e) {
        return switch (e.tagName()) {
            case "a", "b", "strong", "i", "em", "span", "u", "sup", "sub", "font", "q", "mark", "small", "abbr", "time", "bdi", "bdo" -> true;
            default -> false;
        };
    }

    /** Text blocks in reading order: paragraphs, list items, and runs of text split by {@code <br>}. */
    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        walk(root, out, cur);
        flush(out, cur);
        List<String> dedup = new ArrayList<>();
        for (String s : out) if (!s.isEmpty()) dedup.add(s);
        return dedup;
    }

    private static void walk(Node node, List<String> out, StringBuilder cur) {
        for (Node n : node.childNodes()) {
            if (n instanceof TextNode t) {
                cur.append(t.getWholeText());
            } else if (n instanceof Element e) {
                if (e.tagName().equals("br")) {
                    flush(out, cur);
                } else if (isInline(e)) {
                    walk(e, out, cur);
                } else {
                    flush(out, cur);
                    if (e.tagName().matches("h[1-6]|p|li|blockquote|dd|dt|td|th|pre|address") && !hasBlockChild(e)) {
                        StringBuilder inner = new StringBuilder();
                        walk(e, out, inner);
                        flush(out, inner);
                    } else {
                        walk(e, out, cur);
                        flush(out, cur);
                    }
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (!isInline(c) && !c.tagName().equals("br")) return true;
        }
        return false;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        String s = collapse(cur.toString());
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
