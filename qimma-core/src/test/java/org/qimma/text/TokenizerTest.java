package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String s) {
        return Tokenizer.tokenize(ArabicNormalizer.normalizeString(s)).stream().map(Token::text).toList();
    }

    @Test
    void splitsWordsNumbersAndPunctuation() {
        assertEquals(List.of("قال", "توكاييف", ":", "\"", "نعم", "\""), words("قال توكاييف: «نعم»"));
        assertEquals(List.of("2023", "-", "2024"), words("2023-2024")); // a period is three tokens
        assertEquals(List.of("2.5"), words("2.5")); // a decimal is one number
    }

    @Test
    void cliticReadings() {
        assertTrue(Clitics.keys("وللمنظمه").contains("منظمه")); // و + لل
        assertTrue(Clitics.keys("للمنظمه").contains("المنظمه")); // لل = ل + ال
        assertTrue(Clitics.keys("بالتعاون").contains("تعاون")); // ب + ال
        assertTrue(Clitics.keys("لتوكايف").contains("توكايف")); // ل before a name
        assertTrue(Clitics.keys("لبنان").contains("لبنان")); // the whole word stays a reading
        assertEquals(List.of("كما"), Clitics.keys("كما")); // too short to strip
    }

    @Test
    void sentencesAndQuotes() {
        Text t = Text.of("قال الرئيس \"هذا مهم. جدا\". وأضاف أن الأمر انتهى.");
        assertEquals(3, t.sentences().size());
        int open = 2;
        assertEquals(Text.QuoteRole.OPEN, t.quoteRole(open));
    }
}
