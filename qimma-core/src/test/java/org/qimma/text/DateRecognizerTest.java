package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRecognizerTest {

    private static List<String> dates(String s, LocalDate ref) {
        return DateRecognizer.standard().find(Text.of(s), ref).stream().map(DateMention::value).toList();
    }

    private static String first(String s) {
        List<String> d = dates(s, null);
        return d.isEmpty() ? null : d.get(0);
    }

    @Test
    void gregorian() {
        assertEquals("2023-07-04", first("٠٤ يوليو ٢٠٢٣")); // eastern digits
        assertEquals("2023-07-04", first("الثلاثاء 4 يوليو/تموز 2023")); // two month families
        assertEquals("2023-07-04", first("4 تموز 2023")); // levantine
        assertEquals("2022-11-13", first("الأحد ١٣ من نوفمبر ٢٠٢٢")); // "من" between the day and the month
        assertEquals("2024-12-01", first("1 كانون الأول 2024")); // two-word month
        assertEquals("2026-11-11", first("في 11 نوفمبر (تشرين الثاني) 2026")); // the other family in brackets
        assertEquals("2024-10", first("في أكتوبر 2024")); // month and year
        assertEquals("2024", first("في عام 2024")); // year
        assertEquals("2024-07-04", first("2024/07/04")); // numeric
        assertEquals("2024-12-01", first("01/12/2024")); // numeric day first
        assertEquals("2025-09-01", first("تاريخ النشر: 01.09.2025 | 14:05 GMT")); // dotted
    }

    @Test
    void hijri() {
        assertEquals("2023-07-05", first("17 ذو الحجة 1444هـ")); // umm al-qura
        assertEquals("2023-12-28", first("15 جمادى الآخرة 1445 هـ")); // two-word month
    }

    @Test
    void relative() {
        LocalDate ref = LocalDate.of(2023, 7, 4);
        assertEquals(List.of("2023-07-04"), dates("اليوم الثلاثاء", ref)); // today
        assertEquals(List.of("2023-07-03"), dates("أمس", ref)); // yesterday
        assertEquals(List.of("2024"), dates("العام المقبل", ref)); // next year
        assertEquals(List.of("2023-06-27"), dates("الثلاثاء الماضي", ref)); // last tuesday
        assertTrue(dates("اليوم", null).isEmpty()); // no reference, no guess
        assertEquals(List.of("2023-08-22"), dates("من 22 إلى 24 أغسطس الجاري", LocalDate.of(2023, 8, 24))); // range, this month
        assertEquals(List.of("2024-03-04"), dates("في 4 مارس المقبل", LocalDate.of(2023, 12, 1))); // next march
        assertTrue(dates("4 مارس", null).isEmpty()); // no year, no reference: no guess
        assertEquals(List.of("2023-11"), dates("في أواخر نوفمبر", LocalDate.of(2023, 9, 10))); // late in a month
    }

    @Test
    void aDayOfTheEventIsNotTodayAndTheSameDayIsTheDayLastNamed() {
        LocalDate ref = LocalDate.of(2023, 9, 8);
        assertTrue(dates("وفي اليوم الختامي، عقدت قمة شرق آسيا", ref).isEmpty());
        assertTrue(dates("في اليوم الأول من القمة", ref).isEmpty());
        assertEquals(List.of("2023-09-06", "2023-09-06"), dates("اجتمع القادة في 6 سبتمبر 2023. وفي اليوم ذاته، عقد اجتماع آخر", ref));
        assertTrue(dates("وفي اليوم نفسه، عقد اجتماع", ref).isEmpty()); // no day named before: no guess
    }

    @Test
    void notDates() {
        assertTrue(dates("31 فبراير 2024", null).stream().noneMatch(d -> d.length() == 10)); // impossible day
        assertTrue(dates("قبل 23 عاما", null).isEmpty()); // a duration
    }

    @Test
    void aBareWeekdayIsDatedByTheVerbBeforeItOrWhenItIsTheArticlesOwn() {
        LocalDate tuesday = LocalDate.of(2024, 11, 19);
        assertEquals(List.of("2024-11-19"), dates("وافتتح الرئيس، الثلاثاء، أعمال القمة", tuesday)); // the article's own weekday
        assertEquals(List.of("2024-11-18"), dates("وكانت القمة قد انطلقت الإثنين في ريو", tuesday)); // a past verb: the last Monday
        assertEquals(List.of("2024-11-21"), dates("وتنطلق، الخميس، أعمال المنتدى", tuesday)); // a present verb: the next Thursday
        assertEquals(List.of(), dates("ويلتقي الوزراء في القاهرة الخميس", tuesday)); // no verb right before: not known
    }
}
