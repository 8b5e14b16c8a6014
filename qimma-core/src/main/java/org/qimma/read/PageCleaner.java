package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is not the article from a copy of a page's body: code and media, navigation, page
 * header and footer, forms, and blocks whose class or id names site furniture (menus, share bars,
 * related links, comments, captions, ads, meta lines). A block that holds most of the page's text
 * is never removed on its name alone: some sites wrap the whole page in a form or tag the article
 * element with classes such as {@code tag-brics}.
 */
final class PageCleaner {

    private static final String ALWAYS = "script, style, noscript, template, iframe, svg, canvas, object, embed, video, "
            + "audio, picture, img, button, select, input, textarea, label, figure, figcaption, [hidden], "
            + "[aria-hidden=true], [style~=display:\\s*none]";
    private static final Set<String> STRUCTURAL = Set.of("nav", "header", "footer", "aside", "form", "menu", "dialog");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "menu", "menubar", "dialog", "alert", "marquee");

    /** Class-name parts that mark furniture, compared whole ({@code ad} is not {@code lead}). */
    private static final Set<String> NOISE_PARTS = Set.of(
            "nav", "navbar", "menu", "header", "footer", "sidebar", "aside", "widget", "widgets", "share", "sharing",
            "social", "related", "more", "most", "popular", "trending", "comment", "comments", "respond", "breadcrumb",
            "breadcrumbs", "tag", "tags", "keywords", "ticker", "breaking", "urgent", "newsletter", "subscribe", "cookie",
            "consent", "banner", "ad", "ads", "advert", "advertisement", "dfp", "promo", "sponsor", "sponsored",
            "caption", "credit", "img", "image", "photo", "gallery", "media", "video", "thumb", "thumbnail", "figure",
            "pagination", "pager", "print", "toolbar", "tools", "copyright", "modal", "popup", "login", "search",
            "meta", "byline", "date", "time", "category", "categories", "badge", "logo", "skip", "lang", "weather",
            "tweet", "twitter", "facebook", "whatsapp", "telegram", "instagram", "embed", "nocontent", "hidden",
            "prev", "next", "previous", "author", "bio", "avatar", "likes", "rating", "views", "font", "size");
    /** Roots that mark furniture wherever they appear in a class name ({@code jp-relatedposts}). */
    private static final List<String> NOISE_ROOTS = List.of(
            "related", "sharedaddy", "share-", "social", "comment", "sidebar", "breadcrumb", "newsletter", "advert",
            "sponsor", "subscribe", "cookie", "caption", "navbar", "navigation", "widget", "popup", "ticker",
            "trending", "screen-reader", "sr-only", "mostread", "most-read", "readmore", "read-more", "readalso", "read-also", "more-on");
    /** Class names of article bodies, kept even inside a block named like furniture. */
    private static final List<String> ARTICLE = List.of(
            "article-body", "articlebody", "article__body", "entry-content", "post-content", "story-body",
            "main-content", "news-body", "news__body", "newsbody", "article-content", "post-body", "story-content");

    private PageCleaner() {}

    /** Cleans {@code root} in place. */
    static void clean(Element root) {
        root.select(ALWAYS).remove();
        int total = Math.max(1, root.text().length());
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) return FilterResult.CONTINUE;
                if (isCaption(e)) return FilterResult.REMOVE;
                // a block with most of the page's text is the page, whatever its name
                if (isFurniture(e) && e.text().length() <= total / 2) return FilterResult.REMOVE;
                return FilterResult.CONTINUE;
            }
        });
    }

    static boolean isFurniture(Element e) {
        if (STRUCTURAL.contains(e.tagName())) return true;
        if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
        String names = (e.className() + " " + e.id()).strip();
        if (names.isEmpty()) return false;
        String lower = names.toLowerCase(Locale.ROOT);
        for (String a : ARTICLE) if (lower.contains(a)) return false;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) return false;
        for (String root : NOISE_ROOTS) if (lower.contains(root)) return true;
        for (String part : parts(names)) if (NOISE_PARTS.contains(part)) return true;
        return false;
    }

    /** "mofa-article__share newsTitle" → mofa, article, share, news, title. */
    static List<String> parts(String names) {
        String split = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String p : split.split("[^a-z0-9]+")) if (!p.isEmpty()) out.add(p);
        return out;
    }

    /** A short centred line under a picture, as news sites set their photo captions. */
    private static boolean isCaption(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (!style.contains("text-align:center")) return false;
        String t = e.text();
        return t.length() < 300;
    }
}
