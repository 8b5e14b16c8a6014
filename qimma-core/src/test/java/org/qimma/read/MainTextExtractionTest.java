package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTextExtractionTest {

    static Path fixtures() throws Exception {
        return Path.of(MainTextExtractionTest.class.getResource("/html-extraction").toURI());
    }

    @Test
    void meetsTheTargetsOnTheFixtures() throws Exception {
        MainTextScore.Report r = MainTextScore.run(fixtures(), new MainTextExtractor());
        System.out.print(r.table());
        assertTrue(r.pages().size() >= 24, "fixtures found: " + r.pages().size());
        assertTrue(r.f1() >= 0.90, "micro F1 " + r.f1());
        assertTrue(r.titleAccuracy() >= 0.9, "headline accuracy " + r.titleAccuracy());
        assertTrue(r.dateAccuracy() >= 0.9, "date accuracy " + r.dateAccuracy());
    }

    @Test
    void scoresTokensAsBags() {
        MainTextScore.Expected want = MainTextScore.Expected.parse("عنوان\n2024-01-02\nأ ب ج\nد\ncredit: المصدر: واس\n");
        assertEquals(List.of("أ ب ج", "د"), want.paragraphs());
        assertEquals(List.of("المصدر: واس"), want.credits());
        MainText got = new MainText("عنوان", null, null, List.of("ب  أ", "هـ"), List.of());
        MainTextScore.Page p = MainTextScore.score("x", got, want);
        assertEquals(2, p.overlap());
        assertEquals(3, p.extracted());
        assertEquals(4, p.expected());
        assertTrue(p.titleRight());
        assertTrue(!p.dateRight());
    }
}
