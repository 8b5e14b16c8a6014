package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodAndNumberTest {

    private static List<String> periods(String s) {
        return PeriodRecognizer.find(Text.of(s)).stream().map(PeriodMention::value).toList();
    }

    private static List<Long> numbers(String s) {
        return NumberRecognizer.standard().find(Text.of(s)).stream().map(NumberMention::value).toList();
    }

    @Test
    void periods() {
        assertEquals(List.of("2024-2029"), periods("للفترة 2024-2029")); // for the period
        assertEquals(List.of("2025-2027"), periods("للأعوام 2025 – 2027")); // years with a dash
        assertEquals(List.of("until 2030"), periods("حتى عام 2030")); // until
        assertEquals(List.of("2023-2024"), periods("في ٢٠٢٣-٢٠٢٤")); // eastern digits
        assertEquals(List.of("2025-2027"), periods("من 2025 إلى 2027")); // from ... to
        assertTrue(periods("2024-2020").isEmpty()); // backwards is not a period
        assertTrue(periods("ارتفع النمو بنسبة 1.25 في المئة حتى 2.50 في المئة").isEmpty()); // four characters, no year (it threw)
    }

    @Test
    void numbers() {
        assertEquals(List.of(24L), numbers("24 وثيقة")); // digits
        assertEquals(List.of(24L), numbers("٢٤ وثيقة")); // eastern digits
        assertEquals(List.of(24L), numbers("أربع وعشرين وثيقة")); // words
        assertEquals(List.of(14L), numbers("أربع عشرة دولة")); // teens
        assertEquals(List.of(34L), numbers("القمة العربية العادية الرابعة والثلاثون")); // an ordinal's tens in the nominative
        assertEquals(List.of(15L), numbers("خمس عشرة وثيقة")); // teens
        var ord = NumberRecognizer.standard().find(Text.of("القمة الـ 24"));
        assertEquals(24L, ord.get(0).value()); // ordinal with الـ
        assertTrue(ord.get(0).ordinal());
        var ord2 = NumberRecognizer.standard().find(Text.of("الدورة الرابعة والعشرين"));
        assertEquals(24L, ord2.get(0).value()); // ordinal words
    }

    @Test
    void numberTokensAreReadAsLongParseLongReadTheirDigits() {
        assertEquals(1200L, NumberRecognizer.parse("1,200")); // thousands separators left out
        assertEquals(1200000L, NumberRecognizer.parse("1,200,000"));
        assertEquals(2L, NumberRecognizer.parse("2.5")); // the whole part of a decimal
        assertEquals(12L, NumberRecognizer.parse("۱۲")); // digits of another script, as Long.parseLong reads them
        assertEquals(Long.MAX_VALUE, NumberRecognizer.parse(Long.toString(Long.MAX_VALUE)));
        assertEquals(-1L, NumberRecognizer.parse("9223372036854775808")); // one more than a long holds
        assertEquals(-1L, NumberRecognizer.parse("99999999999999999999999"));
        assertEquals(List.of(1200L, 3L), numbers("1,200 مشارك من 3 دول"));
        // the same number word in a second text: the word's kept reading says the same
        assertEquals(List.of(24L), numbers("أربع وعشرين وثيقة"));
        assertEquals(List.of(24L), numbers("وقعت أربع وعشرين اتفاقية"));
    }

    @Test
    void overlapAsTheSpecScoresIt() {
        assertEquals(1.0, Overlap.of("منظمة \"شنغهاي\" للتعاون", "منظمة شنغهاي للتعاون"), 1e-9); // quotes
        assertEquals(1.0, Overlap.of("الطاقة", "طاقة"), 1e-9); // article
        assertEquals(0.5, Overlap.of("إنشاء صندوق", "إنشاء مركز"), 1e-9); // half
    }
}
