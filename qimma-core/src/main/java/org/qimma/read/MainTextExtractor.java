package org.qimma.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-text extraction on jsoup, in four steps: the headline and the date from the whole page
 * ({@link PageHeadline}, {@link PageDate}); the page cleaned of its furniture
 * ({@link PageCleaner}); the article's container, the deepest element holding most of the text
 * of the page's paragraph-like blocks; and that container's blocks, less links lists, furniture
 * lines and stray labels, split into a date line, body paragraphs and credit lines. No maintained
 * Java library does this for Arabic pages (see LIBRARIES.md), hence this small one.
 */
public class MainTextExtractor {

    /** Blocks at least this long, and mostly not links, count as paragraph-like. */
    private static final int PARAGRAPH_CHARS = 40;
    /** The container holds at least this share of the paragraph-like text. */
    private static final double CONTAINER_SHARE = 0.6;
    /** A sibling of the container joins it when it holds at least this share. */
    private static final double SIBLING_SHARE = 0.08;

    private static final Pattern SIGN_OFF = Pattern.compile("^[-–—\\s]*[(\\[]\\s*([^()\\[\\]]{1,25}?)\\s*[)\\]]");

    public MainText extract(Document doc) {
        String title = PageHeadline.find(doc);
        String published = PageDate.fromMetadata(doc);
        Element work = doc.body() == null ? new Element("body") : doc.body().clone();
        PageCleaner.clean(work);
        List<PageBlocks.Block> all = PageBlocks.of(work);
        boolean arabicPage = "ar".equals(Language.detect(work.text()));
        List<PageBlocks.Block> blocks = new ArrayList<>();
        for (Element e : container(work, all)) blocks.addAll(PageBlocks.of(e));

        Furniture f = Furniture.standard();
        List<String> paragraphs = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        // short lines after the last paragraph: a reporter's name, an agency's sign-off "(وأج)"
        List<String> trailing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String dateLine = null;
        boolean skipNext = false;
        for (PageBlocks.Block b : blocks) {
            String t = b.text();
            if (skipNext && t.length() < 200) {
                skipNext = false;
                continue;
            }
            skipNext = false;
            if (t.equals(title) || !seen.add(t)) continue;
            if (f.isBoilerplate(t)) {
                // "تابعونا عبر واتساب:" takes the line that follows it
                skipNext = t.endsWith(":");
                continue;
            }
            if (paragraphs.isEmpty() && dateLine == null && PageDate.ofLine(t) != null) {
                dateLine = t;
                if (published == null) published = PageDate.ofLine(t);
                continue;
            }
            if (isCredit(t, f)) {
                credits.add(t);
                continue;
            }
            if (b.linkDensity() > 0.5 || (arabicPage && !hasArabic(t))) continue;
            if (isLabel(b) || isSignOff(t)) {
                if (!paragraphs.isEmpty()) trailing.add(t);
                continue;
            }
            if (!trailing.isEmpty()) {
                // not trailing after all: sign-offs are body text, labels are dropped
                for (String x : trailing) if (isSignOff(x)) paragraphs.add(x);
                trailing.clear();
            }
            paragraphs.add(t);
        }
        if (trailing.size() <= 3) credits.addAll(0, trailing);
        dropQuotedAgain(paragraphs);
        if (published == null) published = PageDate.visible(doc, title);
        if (published != null && dateLine == null) dateLine = published;
        return new MainText(title, published, dateLine, paragraphs, credits);
    }

    /**
     * The deepest element holding {@link #CONTAINER_SHARE} of the paragraph-like text, with those
     * of its siblings that hold a fair share too (an article split around an advert), in order.
     */
    private static List<Element> container(Element root, List<PageBlocks.Block> blocks) {
        Map<Element, Long> weight = new IdentityHashMap<>();
        long total = 0;
        for (PageBlocks.Block b : blocks) {
            if (b.text().length() < PARAGRAPH_CHARS || b.linkDensity() > 0.3) continue;
            long w = b.text().length();
            total += w;
            for (Element e = b.element(); e != null; e = e == root ? null : e.parent()) weight.merge(e, w, Long::sum);
        }
        if (total == 0) return List.of(root);
        Element best = root;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element c : best.children()) {
                if (weight.getOrDefault(c, 0L) >= CONTAINER_SHARE * total) {
                    best = c;
                    deeper = true;
                    break;
                }
            }
        }
        if (best == root || best.parent() == null) return List.of(best);
        List<Element> out = new ArrayList<>();
        for (Element s : best.parent().children()) {
            if (s == best || weight.getOrDefault(s, 0L) >= SIBLING_SHARE * total) out.add(s);
        }
        return out;
    }

    /**
     * A pull quote repeats a sentence of the text nearby: a short paragraph found inside one of
     * the few paragraphs around it.
     */
    private static void dropQuotedAgain(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean quoted = false;
            for (int j = Math.max(0, i - 5); j < Math.min(paragraphs.size(), i + 6) && p.length() < 300 && !quoted; j++) {
                String q = paragraphs.get(j);
                quoted = j != i && q.length() > p.length() && q.contains(p);
            }
            if (!quoted) kept.add(p);
        }
        paragraphs.clear();
        paragraphs.addAll(kept);
    }

    /** "(وأج)", "--(بترا) م ع/ ر ح": an agency's bracketed name closing a report, with its editors' initials. */
    private static boolean isSignOff(String t) {
        return SIGN_OFF.matcher(t).find() && t.split(" ").length <= 10
                && Furniture.standard().agency(SIGN_OFF.matcher(t).results().findFirst().orElseThrow().group(1)) != null;
    }

    private static boolean isCredit(String t, Furniture f) {
        int colon = Math.max(t.indexOf(':'), t.indexOf('：'));
        return colon > 0 && colon < 30 && t.length() < 120 && f.creditRole(t.substring(0, colon)) != null;
    }

    /** A few words without sentence punctuation: a label, a badge, a time. */
    private static boolean isLabel(PageBlocks.Block b) {
        if (b.words() >= 4) return false;
        char last = b.text().charAt(b.text().length() - 1);
        return ".:؟?!،\"»)".indexOf(last) < 0;
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0621 && c <= 0x064A) return true;
        }
        return false;
    }

    static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
