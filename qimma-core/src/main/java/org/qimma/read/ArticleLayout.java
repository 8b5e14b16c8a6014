package org.qimma.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.DateMention;
import org.qimma.text.DateRecognizer;
import org.qimma.text.NormalizedText;
import org.qimma.text.Span;
import org.qimma.text.Text;
import org.qimma.text.Token;

/**
 * Finds the parts of an article written as plain text, line by line: boilerplate lines
 * (dropped), the headline (first remaining line), a date line, an agency dateline opening the
 * first paragraph ("الرياض 4 يوليو (واس) --"), credit lines at the end ("المصدر: تاس") and a
 * publisher's name beside them, and the body paragraphs.
 */
public final class ArticleLayout {

    private static final Pattern CREDIT = Pattern.compile("^\\s*([^:：]{1,30})[:：]\\s*(.+?)\\s*$");
    private static final Pattern AGENCY_IN_BRACKETS = Pattern.compile("[(\\[]\\s*([^()\\[\\]]{2,30}?)\\s*[)\\]]");
    private static final Pattern AGENCY_AFTER_PLACE = Pattern.compile("^[^.،,:]{2,120}?[\\s\\-–—]+([\\p{IsArabic}]{2,8})\\s*[-–—:]+\\s");
    private static final Pattern AGENCY_IN_SLASHES = Pattern.compile("/\\s*([^/]{2,20}?)\\s*/");

    private ArticleLayout() {}

    private record Line(int start, int end, String text) {}

    public static Article ofPlainText(String source, String text) {
        Furniture furniture = Furniture.standard();
        List<Line> lines = lines(text);
        List<Span> boilerplate = new ArrayList<>();
        List<Line> kept = new ArrayList<>();
        // the whole text normalised once, here for the furniture lines and later for the article's Text
        NormalizedText normalized = ArabicNormalizer.normalizeAndKeep(text);
        for (Line l : lines) {
            boolean furnitureLine = l.text.length() <= 200 && furniture.isNormalizedBoilerplate(normalized.text()
                    .substring(normalized.normalizedOffset(l.start), normalized.normalizedOffset(l.end)));
            if (furnitureLine) {
                boilerplate.add(new Span(l.start, l.end));
            } else {
                kept.add(l);
            }
        }
        // credits: label lines at the end, and a short name line among them (the publisher)
        List<Article.Credit> credits = new ArrayList<>();
        int tail = kept.size();
        boolean sawCredit = false;
        while (tail > 1) {
            Line l = kept.get(tail - 1);
            Article.Credit c = creditLine(l, furniture);
            if (c != null) {
                credits.add(0, c);
                sawCredit = true;
                tail--;
                continue;
            }
            if (sawCredit && isNameLine(l.text)) {
                String en = furniture.agency(l.text);
                credits.add(0, new Article.Credit("publisher", new Span(l.start, l.end), l.text, en));
                tail--;
                continue;
            }
            break;
        }
        List<Line> rest = new ArrayList<>(kept.subList(0, tail));
        // headline, and a date line just before or after it
        Span title = null;
        String published = null;
        Span publishedSpan = null;
        for (int i = 0; i < rest.size() && i < 4; i++) {
            Line l = rest.get(i);
            DateMention d = dateLine(l.text);
            if (d != null) {
                if (d.value().length() == 10) {
                    published = d.value();
                    publishedSpan = new Span(l.start, l.end);
                }
                rest.remove(i);
                break;
            }
        }
        if (!rest.isEmpty()) {
            Line l = rest.remove(0);
            title = new Span(l.start, l.end);
        }
        // an agency dateline at the head of the first paragraph
        if (!rest.isEmpty()) {
            Line first = rest.get(0);
            Dateline dl = dateline(first, furniture);
            if (dl != null) {
                if (dl.agency != null) credits.add(0, dl.agency);
                if (published == null && dl.date != null) {
                    published = dl.date;
                    publishedSpan = dl.dateSpan;
                }
            }
        }
        List<Span> body = new ArrayList<>();
        for (Line l : rest) body.add(new Span(l.start, l.end));
        return new Article(source, text, Language.detect(text), title, published, publishedSpan, body, credits, boilerplate);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        // line ends found by indexOf, which scans many characters at a time, not by charAt at each
        int nextNewline = text.indexOf('\n');
        int nextReturn = text.indexOf('\r');
        int s = 0;
        while (true) {
            if (nextNewline >= 0 && nextNewline < s) nextNewline = text.indexOf('\n', s);
            if (nextReturn >= 0 && nextReturn < s) nextReturn = text.indexOf('\r', s);
            int i = lineEnd(nextNewline, nextReturn, text.length());
            int a = s, b = i;
            while (a < b && isBlank(text.charAt(a))) a++;
            while (b > a && isBlank(text.charAt(b - 1))) b--;
            if (b > a) out.add(new Line(a, b, text.substring(a, b)));
            if (i == text.length()) return out;
            s = i + 1;
        }
    }

    /** The first of two line-break offsets (-1: none left), or {@code length} when there is neither. */
    private static int lineEnd(int newline, int carriageReturn, int length) {
        if (newline < 0) return carriageReturn < 0 ? length : carriageReturn;
        return carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }

    private static Article.Credit creditLine(Line l, Furniture f) {
        Matcher m = CREDIT.matcher(l.text);
        if (!m.matches()) return null;
        String role = f.creditRole(m.group(1));
        if (role == null) return null;
        int valueStart = l.start + m.start(2);
        int valueEnd = l.start + m.end(2);
        String value = m.group(2);
        return new Article.Credit(role, new Span(valueStart, valueEnd), value, f.agency(value));
    }

    /** A short line with no sentence punctuation: a name such as a publisher's. */
    private static boolean isNameLine(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 90) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '؟' || last == '!' || last == '،' || last == ':') return false;
        return t.split("\\s+").length <= 10;
    }

    /**
     * A line that is a date and little else: "٠٤ يوليو ٢٠٢٣", "الثلاثاء 4 يوليو 2023 - 10:35",
     * "نيودلهي 25 صفر 1445 هـ الموافق 10 سبتمبر 2023 م واس". The Gregorian date is preferred.
     */
    static DateMention dateLine(String line) {
        if (line.length() > 90 || !hasDigit(line)) return null; // with no article date to read against, every date has digits
        // "نشر في: 28 أكتوبر ,2025": a label's colon (not a time's) and a comma typed between the month and
        // the year, English style, are read as spaces; the line's own span is kept whole, so nothing moves
        String read = line.indexOf(':') < 0 ? line : LABEL_COLON.matcher(line).replaceAll(" ");
        if (read.indexOf(',') >= 0 || read.indexOf('،') >= 0) read = MONTH_YEAR_COMMA.matcher(read).replaceAll(" ");
        Text t = Text.of(read);
        List<DateMention> ds = DateRecognizer.standard().find(t, null);
        if (ds.isEmpty()) return null;
        DateMention d = ds.get(0);
        for (DateMention x : ds) if (!x.hijri() && x.value().length() >= d.value().length()) d = x;
        int words = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean inDate = false;
            for (DateMention x : ds) if (i >= x.first() && i <= x.last()) inDate = true;
            if (inDate) continue;
            Token tok = t.token(i);
            if (tok.kind() == Token.Kind.WORD && !isTimeWord(tok.text())) words++;
        }
        String end = line.strip();
        boolean sentence = end.endsWith(".") || end.endsWith("؟") || end.endsWith("!");
        return words <= 1 || words <= 4 && !sentence ? d : null;
    }

    /** True when {@code s} holds one of {@code chars}. */
    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) if (s.indexOf(chars.charAt(i)) >= 0) return true;
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static final java.util.regex.Pattern LABEL_COLON = java.util.regex.Pattern.compile("(?<=\\p{L}):(?=\\s)");
    private static final java.util.regex.Pattern MONTH_YEAR_COMMA =
            java.util.regex.Pattern.compile("(?<=\\p{L})\\s*[,،]\\s*(?=[0-9٠-٩]{4}(?![0-9٠-٩]))");

    private static boolean isTimeWord(String w) {
        return w.equals("ص") || w.equals("م") || w.equals("صباحا") || w.equals("مساء") || w.equals("gmt")
                || w.equals("بتوقيت") || w.equals("نشر") || w.equals("في") || w.equals("تاريخ") || w.equals("النشر")
                || w.equals("اخر") || w.equals("تحديث") || w.equals("ه") || w.equals("gst") || w.equals("utc")
                || w.equals("الموافق") || w.equals("pm") || w.equals("am");
    }

    private record Dateline(Article.Credit agency, String date, Span dateSpan) {}

    /**
     * "الرياض 15 جمادى الآخرة 1445 هـ الموافق 27 ديسمبر 2023 م واس -", "أستانا - 4 يوليو (كونا) --",
     * "أبوظبي في 4 ديسمبر / وام /": a place, maybe a date, and an agency, before the first sentence.
     */
    private static Dateline dateline(Line first, Furniture f) {
        String head = first.text.length() > 160 ? first.text.substring(0, 160) : first.text;
        Article.Credit agency = null;
        int headEnd = -1;
        // each pattern only where the character it needs occurs: most first paragraphs have no agency
        boolean brackets = hasAny(head, "([");
        Matcher m = AGENCY_IN_BRACKETS.matcher(head);
        while (brackets && m.find()) {
            String en = f.agency(m.group(1));
            if (en != null) {
                agency = new Article.Credit("source", new Span(first.start + m.start(1), first.start + m.end(1)), m.group(1), en);
                headEnd = m.end();
                break;
            }
        }
        if (agency == null && head.indexOf('/') >= 0) {
            m = AGENCY_IN_SLASHES.matcher(head);
            if (m.find() && f.agency(m.group(1)) != null) {
                agency = new Article.Credit("source", new Span(first.start + m.start(1), first.start + m.end(1)), m.group(1), f.agency(m.group(1)));
                headEnd = m.end();
            }
        }
        if (agency == null && hasAny(head, "-–—:")) {
            // "الرياض - واس" / "الرياض 27 ديسمبر 2023 م واس"
            Matcher d = AGENCY_AFTER_PLACE.matcher(head);
            if (d.find() && f.agency(d.group(1)) != null) {
                agency = new Article.Credit("source", new Span(first.start + d.start(1), first.start + d.end(1)), d.group(1), f.agency(d.group(1)));
                headEnd = d.end(1);
            }
        }
        if (agency == null) return null;
        String prefix = head.substring(0, headEnd);
        Text t = Text.of(prefix);
        List<DateMention> ds = DateRecognizer.standard().find(t, null);
        String date = null;
        Span span = null;
        for (DateMention d : ds) {
            if (d.value().length() == 10) {
                // a Hijri date and its Gregorian equivalent name the same day: take the later-written one
                date = d.value();
                Span s = t.span(d.first(), d.last());
                span = new Span(first.start + s.start(), first.start + s.end());
            }
        }
        return new Dateline(agency, date, span);
    }
}
