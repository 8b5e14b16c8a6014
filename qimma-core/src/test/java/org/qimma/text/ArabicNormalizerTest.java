package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private static String n(String s) {
        return ArabicNormalizer.normalizeString(s);
    }

    @Test
    void rules() {
        assertEquals("2023", n("٢٠٢٣")); // eastern digits
        assertEquals("2023", n("۲۰۲۳")); // persian digits
        assertEquals("احمد", n("أحمد")); // hamza on alef
        assertEquals("اسلام", n("إسلام")); // hamza under alef
        assertEquals("اسيا", n("آسيا")); // madda
        assertEquals("مستشفي", n("مستشفى")); // alef maqsura
        assertEquals("منظمه", n("منظمة")); // teh marbuta
        assertEquals("موتمر", n("مؤتمر")); // waw hamza
        assertEquals("رييس", n("رئيس")); // yeh hamza
        assertEquals("صرح", n("صرّح")); // shadda
        assertEquals("تعاون", n("تعـــاون")); // tatweel
        assertEquals("لا", n("\uFEFB")); // presentation form
        assertEquals("ab", n("a\u200Fb")); // bidi control
        assertEquals("\"x\"", n("«x»")); // guillemets
        assertEquals("\"x\"", n("“x”")); // curly quotes
        assertEquals("2023-2024", n("2023–2024")); // en dash
        assertEquals("a b", n("a \u00A0  b")); // spaces collapse
        assertEquals("ru en", n("Ru En")); // latin lower case
        assertEquals("a\nb", n("a\r\nb")); // line breaks
        assertEquals("a", n("Ａ")); // fullwidth capital: NFKC, then lower case (found by the property test)
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String original = "صرّح الرئيس الكازاخستاني - قاسم جومارت توكاييف";
        NormalizedText t = ArabicNormalizer.normalize(original);
        int i = t.text().indexOf("صرح");
        assertEquals("صرّح", t.originalSpan(i, i + 3).of(original));
        int j = t.text().indexOf("توكاييف");
        assertEquals("توكاييف", t.originalSpan(j, j + 7).of(original));
    }

    @Provide
    Arbitrary<String> arabicish() {
        Arbitrary<Character> arabic = Arbitraries.chars().range('\u0600', '\u06FF');
        Arbitrary<Character> forms = Arbitraries.chars().range('\uFB50', '\uFEFF');
        Arbitrary<Character> punct = Arbitraries.of(' ', '\n', '\r', '"', '«', '»', '“', '”', '-', '–', '.', '،', '\u200F', '\u00A0', 'A', 'z', '5');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, arabic), net.jqwik.api.Tuple.of(1, forms),
                net.jqwik.api.Tuple.of(3, punct), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(200).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 500)
    void normalisingTwiceChangesNothing(@ForAll("arabicish") String s) {
        String once = n(s);
        assertEquals(once, n(once));
    }

    @Property(tries = 500)
    void everySpanMapsInsideTheOriginal(@ForAll("arabicish") String s) {
        NormalizedText t = ArabicNormalizer.normalize(s);
        int prev = 0;
        for (int i = 0; i <= t.length(); i++) {
            int o = t.originalOffset(i);
            assertTrue(o >= prev && o <= s.length(), "offsets go forward and stay inside");
            prev = o;
        }
        for (Token tok : Tokenizer.tokenize(t.text())) {
            Span sp = t.originalSpan(tok.start(), tok.end());
            assertTrue(sp.start() >= 0 && sp.end() <= s.length() && sp.start() <= sp.end());
        }
    }
}
