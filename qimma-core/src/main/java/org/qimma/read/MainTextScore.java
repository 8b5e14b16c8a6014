package org.qimma.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Scores main-text extraction against hand-made expectations: token precision, recall and F1 of
 * the body paragraphs (a token is a word between spaces; tokens are compared as bags, so order
 * and paragraph breaks do not count), summed over all pages, plus the share of pages whose
 * headline and whose date are exactly right.
 *
 * <p>An expectation file {@code NN-name.expected.txt} sits beside {@code NN-name.html}: line 1 the
 * headline, line 2 the date ({@code YYYY-MM-DD} or {@code null}), then one line per body
 * paragraph, then {@code credit: ...} lines.
 */
public final class MainTextScore {

    private MainTextScore() {}

    /** What a page should yield. */
    public record Expected(String title, String published, List<String> paragraphs, List<String> credits) {

        public static Expected parse(String text) {
            List<String> lines = new ArrayList<>();
            for (String l : text.split("\r?\n")) {
                if (!l.isBlank()) lines.add(MainTextExtractor.collapse(l));
            }
            if (lines.size() < 2) throw new IllegalArgumentException("needs a headline line and a date line");
            String date = lines.get(1).equals("null") ? null : lines.get(1);
            List<String> body = new ArrayList<>();
            List<String> credits = new ArrayList<>();
            for (String l : lines.subList(2, lines.size())) {
                if (l.startsWith("credit:")) credits.add(l.substring("credit:".length()).strip());
                else body.add(l);
            }
            return new Expected(lines.get(0), date, body, credits);
        }
    }

    /** One page: token counts of the body, and whether headline and date are right. */
    public record Page(String name, int extracted, int expected, int overlap, boolean titleRight, boolean dateRight) {
        public double precision() {
            return ratio(overlap, extracted);
        }

        public double recall() {
            return ratio(overlap, expected);
        }

        public double f1() {
            return MainTextScore.f1(precision(), recall());
        }
    }

    /** All pages, with micro-averaged totals. */
    public record Report(List<Page> pages) {
        public Report {
            pages = List.copyOf(pages);
        }

        public double precision() {
            return ratio(sum(Page::overlap), sum(Page::extracted));
        }

        public double recall() {
            return ratio(sum(Page::overlap), sum(Page::expected));
        }

        public double f1() {
            return MainTextScore.f1(precision(), recall());
        }

        public double titleAccuracy() {
            return ratio((int) pages.stream().filter(Page::titleRight).count(), pages.size());
        }

        public double dateAccuracy() {
            return ratio((int) pages.stream().filter(Page::dateRight).count(), pages.size());
        }

        private int sum(java.util.function.ToIntFunction<Page> f) {
            return pages.stream().mapToInt(f).sum();
        }

        /** A plain-text table: one row per page, then the totals. */
        public String table() {
            StringBuilder b = new StringBuilder();
            String row = "%-28s %6s %6s %6s %6s %6s%n";
            b.append(String.format(Locale.ROOT, row, "page", "P", "R", "F1", "title", "date"));
            for (Page p : pages) {
                b.append(String.format(Locale.ROOT, row, p.name(), num(p.precision()), num(p.recall()), num(p.f1()),
                        p.titleRight() ? "ok" : "WRONG", p.dateRight() ? "ok" : "WRONG"));
            }
            b.append(String.format(Locale.ROOT, row, "total (micro)", num(precision()), num(recall()), num(f1()),
                    num(titleAccuracy()), num(dateAccuracy())));
            return b.toString();
        }
    }

    /** Scores what was extracted from one page against what was expected. */
    public static Page score(String name, MainText got, Expected want) {
        Map<String, Integer> gotBag = bag(got.paragraphs());
        Map<String, Integer> wantBag = bag(want.paragraphs());
        int overlap = 0;
        for (var e : gotBag.entrySet()) overlap += Math.min(e.getValue(), wantBag.getOrDefault(e.getKey(), 0));
        boolean title = MainTextExtractor.collapse(got.title()).equals(want.title());
        boolean date = Objects.equals(got.published(), want.published());
        return new Page(name, count(gotBag), count(wantBag), overlap, title, date);
    }

    /** Runs {@code extractor} over every {@code *.html} in {@code folder} that has an expectation beside it. */
    public static Report run(Path folder, MainTextExtractor extractor) throws IOException, ReadException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(folder)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        List<Page> out = new ArrayList<>();
        for (Path html : pages) {
            String name = html.getFileName().toString().replaceFirst("\\.html$", "");
            Path expected = html.resolveSibling(name + ".expected.txt");
            if (!Files.exists(expected)) continue;
            String decoded = HtmlReader.decode(html.toString(), Files.readAllBytes(html));
            MainText got = extractor.extract(Jsoup.parse(decoded));
            out.add(score(name, got, Expected.parse(Files.readString(expected, StandardCharsets.UTF_8))));
        }
        return new Report(out);
    }

    /** The words of the paragraphs, counted: split on white space after collapsing it. */
    static Map<String, Integer> bag(List<String> paragraphs) {
        Map<String, Integer> bag = new HashMap<>();
        for (String p : paragraphs) {
            String c = MainTextExtractor.collapse(p);
            if (c.isEmpty()) continue;
            for (String w : c.split(" ")) bag.merge(w, 1, Integer::sum);
        }
        return bag;
    }

    private static int count(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
