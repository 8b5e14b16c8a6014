package org.qimma.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.qimma.resources.Tsv;

/**
 * Dates in Arabic news text: "4 يوليو/تموز 2023", "الثلاثاء ٤ يوليو ٢٠٢٣", "17 ذو الحجة 1444هـ"
 * (converted with java.time's Umm al-Qura chronology), "يوليو 2024", "عام 2024", "2024/07/04",
 * and relative dates (اليوم، أمس، العام المقبل، الثلاثاء الماضي) resolved against a reference date.
 * Month names, weekdays and relative phrases are data in {@code qimma/lexicon}.
 */
public final class DateRecognizer {

    private record Month(String calendar, int number) {}

    private record Relative(String unit, int offset) {}

    private final PhraseMatcher<Month> months = new PhraseMatcher<>();
    private final PhraseMatcher<Integer> weekdays = new PhraseMatcher<>();
    private final PhraseMatcher<Relative> relatives = new PhraseMatcher<>();
    /** Verbs whose tense dates a bare weekday after them: true for past. */
    private final java.util.Map<String, Boolean> weekdayVerbs = new java.util.HashMap<>();
    /** Words after اليوم that make it a day of the event ("اليوم الختامي", "اليوم الأول"), not today. */
    private final java.util.Map<String, String> dayQualifiers = new java.util.HashMap<>();

    private static final DateRecognizer DEFAULT = new DateRecognizer();

    public static DateRecognizer standard() {
        return DEFAULT;
    }

    private DateRecognizer() {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/months.tsv")) {
            months.add(r.get("name"), new Month(r.get("calendar"), Integer.parseInt(r.get("month"))));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/weekdays.tsv")) {
            weekdays.add(r.get("name"), Integer.parseInt(r.get("iso")));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/weekday-verbs.tsv")) {
            weekdayVerbs.put(ArabicNormalizer.normalizeString(r.get("phrase")), r.get("tense").equals("past"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/day-qualifiers.tsv")) {
            dayQualifiers.put(ArabicNormalizer.normalizeString(r.get("word")).strip(), r.get("kind"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/relative-dates.tsv")) {
            relatives.add(r.get("phrase"), new Relative(r.get("unit"), Integer.parseInt(r.get("offset"))));
        }
    }

    /** All dates in the text; relative ones only when {@code reference} is known. */
    public List<DateMention> find(Text text, LocalDate reference) {
        List<Token> tk = text.tokens();
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < tk.size()) {
            Token.Kind kind = tk.get(i).kind();
            if (kind == Token.Kind.PUNCT || kind == Token.Kind.QUOTE || kind == Token.Kind.NEWLINE) {
                i++;
                continue;
            }
            if (kind == Token.Kind.WORD && !mayStartDate(tk, i)) {
                i++;
                continue;
            }
            DateMention d = absoluteAt(tk, i, reference);
            if (d == null && reference != null) d = relativeAt(tk, i, reference);
            if (d == null && reference != null) d = sameDayAt(tk, i, out);
            if (d != null) {
                out.add(d);
                i = d.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * False when no date can start at word {@code i}: a word opens one only as a weekday, a month
     * or a relative phrase, or before a number ("عام 2024") or a month ("أواخر نوفمبر"). Bit tests
     * of the lexicons' first words, so that most words are passed by without any look-up.
     */
    private boolean mayStartDate(List<Token> tk, int i) {
        if (weekdays.mayStartAt(tk, i) || months.mayStartAt(tk, i) || relatives.mayStartAt(tk, i)) return true;
        return i + 1 < tk.size() && (tk.get(i + 1).kind() == Token.Kind.NUMBER || months.mayStartAt(tk, i + 1));
    }

    /** "في اليوم ذاته", "اليوم نفسه": the last full date named before, or null. */
    private DateMention sameDayAt(List<Token> tk, int i, List<DateMention> before) {
        if (!tk.get(i).hasKey("اليوم") || i + 1 >= tk.size() || !"same".equals(dayQualifiers.get(tk.get(i + 1).text()))) return null;
        for (int k = before.size() - 1; k >= 0; k--) {
            DateMention b = before.get(k);
            if (b.value().length() == 10) return new DateMention(i, i + 1, b.value(), false, true);
        }
        return null;
    }

    /** Dates in a short string such as a date line; offsets are into its tokens. */
    public List<DateMention> find(String s) {
        return find(Text.of(s), null);
    }

    private DateMention absoluteAt(List<Token> tk, int i, LocalDate ref) {
        Token t = tk.get(i);
        int first = i;
        // optional weekday before a day number: "الثلاثاء 4 يوليو", "الثلاثاء، 4 يوليو"
        PhraseMatcher.Match<Integer> wd = weekdays.longestAt(tk, i);
        int j = i;
        if (wd != null) {
            j = wd.last() + 1;
            if (j < tk.size() && isComma(tk.get(j))) j++;
            if (j >= tk.size() || tk.get(j).kind() != Token.Kind.NUMBER) return null;
            t = tk.get(j);
        }
        if (t.kind() == Token.Kind.NUMBER) {
            String digits = t.text();
            // numeric forms: 2024/07/04, 04/07/2024, 2024-07-04, 04.07.2024
            DateMention numeric = numericAt(tk, j, first);
            if (numeric != null) return numeric;
            int day = parse(digits);
            if (day < 1 || day > 31 || digits.length() > 2) return null;
            if (j > 0 && tk.get(j - 1).is(":")) return null; // the minutes of "16:10"
            int k = j + 1;
            // "من 22 إلى 24 أغسطس": a range of days names its first day
            if (k + 1 < tk.size() && (tk.get(k).is("الي") || tk.get(k).is("-") || tk.get(k).is("و"))
                    && tk.get(k + 1).kind() == Token.Kind.NUMBER && tk.get(k + 1).text().length() <= 2) {
                k += 2;
            }
            // "13 من نوفمبر 2022": the day, من, the month (Egyptian papers' style)
            if (k + 1 < tk.size() && tk.get(k).is("من") && months.longestAt(tk, k + 1) != null) k++;
            PhraseMatcher.Match<Month> m = k < tk.size() ? months.longestAt(tk, k) : null;
            if (m == null) return null;
            k = m.last() + 1;
            // "يوليو/تموز" or "نوفمبر (تشرين الثاني)": the same month named in the other family
            k = otherFamily(tk, k);
            Month month = m.value();
            // "28 أكتوبر ,2025"
            if (k + 1 < tk.size() && isComma(tk.get(k)) && tk.get(k + 1).kind() == Token.Kind.NUMBER) k++;
            if (k < tk.size() && tk.get(k).kind() == Token.Kind.NUMBER && tk.get(k).text().length() == 4) {
                int year = parse(tk.get(k).text());
                int last = k;
                boolean hijri = month.calendar().equals("hijri") || isHijriMark(tk, k + 1);
                if (isHijriMark(tk, k + 1) || isGregorianMark(tk, k + 1)) last = k + 1;
                if (hijri) {
                    String g = fromHijri(year, month.number(), day);
                    return g == null ? null : new DateMention(first, last, g, true, false);
                }
                if (!valid(year, month.number(), day)) return null;
                return new DateMention(first, last, LocalDate.of(year, month.number(), day).toString(), false, false);
            }
            // a day and month without a year: the article's year ("24 أغسطس الجاري", "4 مارس المقبل")
            if (ref == null || month.calendar().equals("hijri")) return null;
            int year = ref.getYear();
            int last = k - 1;
            if (k < tk.size()) {
                Token w = tk.get(k);
                if (w.is("المقبل") || w.is("القادم")) {
                    if (month.number() < ref.getMonthValue()) year++;
                    last = k;
                } else if (w.is("الماضي") || w.is("المنصرم")) {
                    if (month.number() > ref.getMonthValue()) year--;
                    last = k;
                } else if (w.is("الجاري") || w.is("الحالي")) {
                    last = k;
                }
            }
            if (!valid(year, month.number(), day)) return null;
            return new DateMention(first, last, LocalDate.of(year, month.number(), day).toString(), false, true);
        }
        // "يوليو 2024", "تموز/يوليو 2024"; "نوفمبر المقبل", "أواخر نوفمبر" in the article's year
        PhraseMatcher.Match<Month> m = months.longestAt(tk, i);
        // the month first: it is rarely there, and then the word before it is worth reading
        PhraseMatcher.Match<Month> after = m == null && ref != null && i + 1 < tk.size() ? months.longestAt(tk, i + 1) : null;
        if (after != null && (t.hasKey("اواخر") || t.hasKey("اوائل") || t.hasKey("منتصف")
                || t.hasKey("مطلع") || t.hasKey("نهايه") || t.hasKey("بدايه"))) {
            if (after.value().calendar().equals("gregorian")
                    && !(after.last() + 1 < tk.size() && tk.get(after.last() + 1).kind() == Token.Kind.NUMBER)) {
                int year = ref.getYear() + (after.value().number() < ref.getMonthValue() ? 1 : 0);
                return new DateMention(i, after.last(), String.format(java.util.Locale.ROOT, "%04d-%02d", year, after.value().number()), false, true);
            }
        }
        if (m != null && m.value().calendar().equals("gregorian")) {
            int k = otherFamily(tk, m.last() + 1);
            if (k < tk.size() && tk.get(k).kind() == Token.Kind.NUMBER && tk.get(k).text().length() == 4) {
                int year = parse(tk.get(k).text());
                if (year >= 1900 && year <= 2100) {
                    return new DateMention(i, k, String.format(java.util.Locale.ROOT, "%04d-%02d", year, m.value().number()), false, false);
                }
            }
            // "أكتوبر المقبل", "أكتوبر/تشرين الأول القادم": the next such month from the article's date
            if (ref != null && k < tk.size() && (tk.get(k).hasKey("المقبل") || tk.get(k).hasKey("القادم"))) {
                int year = ref.getYear() + (m.value().number() <= ref.getMonthValue() ? 1 : 0);
                return new DateMention(i, k, String.format(java.util.Locale.ROOT, "%04d-%02d", year, m.value().number()), false, true);
            }
            return null;
        }
        // "عام 2024", "العام 2024", "سنة 2024"
        if (t.kind() == Token.Kind.WORD && i + 1 < tk.size() && tk.get(i + 1).kind() == Token.Kind.NUMBER
                && tk.get(i + 1).text().length() == 4 && (t.hasKey("عام") || t.hasKey("سنه") || t.hasKey("العام"))) {
            int year = parse(tk.get(i + 1).text());
            if (year >= 1900 && year <= 2100 && !(i + 2 < tk.size() && isDash(tk.get(i + 2)))) {
                return new DateMention(i, i + 1, String.valueOf(year), false, false);
            }
        }
        return null;
    }

    /** Past a second name of the month after a slash or in brackets, if there is one. */
    private int otherFamily(List<Token> tk, int k) {
        if (k + 1 < tk.size() && isSlash(tk.get(k))) {
            PhraseMatcher.Match<Month> m2 = months.longestAt(tk, k + 1);
            if (m2 != null) return m2.last() + 1;
        }
        if (k + 2 < tk.size() && tk.get(k).is("(")) {
            PhraseMatcher.Match<Month> m2 = months.longestAt(tk, k + 1);
            if (m2 != null && m2.last() + 1 < tk.size() && tk.get(m2.last() + 1).is(")")) return m2.last() + 2;
        }
        return k;
    }

    private DateMention numericAt(List<Token> tk, int j, int first) {
        if (j + 4 >= tk.size()) return null;
        Token a = tk.get(j), s1 = tk.get(j + 1), b = tk.get(j + 2), s2 = tk.get(j + 3), c = tk.get(j + 4);
        if (b.kind() != Token.Kind.NUMBER || c.kind() != Token.Kind.NUMBER) return null;
        if (!isDateSeparator(s1) || !s1.text().equals(s2.text())) return null;
        if (a.end() != s1.start() || s1.end() != b.start() || b.end() != s2.start() || s2.end() != c.start()) return null;
        int x = parse(a.text()), y = parse(b.text()), z = parse(c.text());
        int year, month, day;
        if (a.text().length() == 4) { year = x; month = y; day = z; }
        else if (c.text().length() == 4) { year = z; month = y; day = x; }
        else return null;
        if (!valid(year, month, day)) return null;
        return new DateMention(first, j + 4, LocalDate.of(year, month, day).toString(), false, false);
    }

    private DateMention relativeAt(List<Token> tk, int i, LocalDate ref) {
        PhraseMatcher.Match<Integer> wd = weekdays.longestAt(tk, i);
        if (wd != null) {
            int k = wd.last() + 1;
            PhraseMatcher.Match<Relative> dir = k < tk.size() ? relatives.longestAt(tk, k) : null;
            DayOfWeek day = DayOfWeek.of(wd.value());
            if (dir != null && dir.value().unit().equals("weekday_past")) {
                return new DateMention(i, dir.last(), ref.with(TemporalAdjusters.previous(day)).toString(), false, true);
            }
            if (dir != null && dir.value().unit().equals("weekday_next")) {
                return new DateMention(i, dir.last(), ref.with(TemporalAdjusters.next(day)).toString(), false, true);
            }
            // "اليوم الثلاثاء" is handled by اليوم. A bare weekday ("انطلقت، السبت، أعمال القمة") is a day
            // of the article's week; only when it is the article's own weekday is it known which one.
            if (ref.getDayOfWeek() == day) return new DateMention(i, wd.last(), ref.toString(), false, true);
            Boolean past = verbBefore(tk, i);
            if (past == null) return null;
            LocalDate d = ref.with(past ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day));
            return new DateMention(i, wd.last(), d.toString(), false, true);
        }
        PhraseMatcher.Match<Relative> m = relatives.longestAt(tk, i);
        if (m == null) return null;
        Relative r = m.value();
        int last = m.last();
        switch (r.unit()) {
            case "day" -> {
                // "اليوم الختامي", "اليوم الأول من القمة": a day of the event, not a day counted from today;
                // "اليوم ذاته": the day last named ({@link #find} resolves it)
                if (r.offset() == 0 && last + 1 < tk.size() && dayQualifiers.containsKey(tk.get(last + 1).text())) return null;
                // "اليوم الثلاثاء": swallow the weekday that restates it
                PhraseMatcher.Match<Integer> w = last + 1 < tk.size() ? weekdays.longestAt(tk, last + 1) : null;
                if (w != null) last = w.last();
                return new DateMention(i, last, ref.plusDays(r.offset()).toString(), false, true);
            }
            case "year" -> {
                return new DateMention(i, last, String.valueOf(ref.getYear() + r.offset()), false, true);
            }
            case "month" -> {
                LocalDate d = ref.plusMonths(r.offset());
                return new DateMention(i, last, String.format(java.util.Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()), false, true);
            }
            default -> {
                return null; // weeks are not precise enough for a date; weekday modifiers need a weekday
            }
        }
    }

    /** The tense of the verb right before token {@code i}, past a comma ("انطلقت، السبت،"): true past, false not, null unknown. */
    private Boolean verbBefore(List<Token> tk, int i) {
        int k = i - 1;
        if (k >= 0 && tk.get(k).kind() == Token.Kind.PUNCT && tk.get(k).text().equals("،") || k >= 0 && tk.get(k).is(",")) k--;
        if (k < 0 || tk.get(k).kind() != Token.Kind.WORD) return null;
        Token t = tk.get(k);
        for (String key : t.keys()) {
            Boolean past = weekdayVerbs.get(key);
            if (past != null) return past;
        }
        return null;
    }

    private static String fromHijri(int year, int month, int day) {
        try {
            HijrahDate h = HijrahChronology.INSTANCE.date(year, month, day);
            return LocalDate.ofEpochDay(h.getLong(ChronoField.EPOCH_DAY)).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isHijriMark(List<Token> tk, int k) {
        return k < tk.size() && tk.get(k).kind() == Token.Kind.WORD && tk.get(k).text().equals("ه");
    }

    private static boolean isGregorianMark(List<Token> tk, int k) {
        return k < tk.size() && tk.get(k).kind() == Token.Kind.WORD && tk.get(k).text().equals("م");
    }

    private static boolean valid(int y, int m, int d) {
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    private static boolean isComma(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.text().equals("،") || t.text().equals(","));
    }

    private static boolean isSlash(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.text().equals("/") || t.text().equals("-"));
    }

    private static boolean isDash(Token t) {
        return t.kind() == Token.Kind.PUNCT && t.text().equals("-");
    }

    private static boolean isDateSeparator(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.text().equals("/") || t.text().equals("-") || t.text().equals("."));
    }

    static int parse(String digits) {
        try {
            return Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
