package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleLayoutTest {

    @Test
    void titleDateLineBoilerplateAndCredits() {
        String text = "Ru En\n\nعنوان الخبر هنا\n\n٠٤ يوليو ٢٠٢٣\n\nقال الرئيس إن الأمر مهم.\n\nمواضيع ذات صلة\nمجموعة الرؤية\nالصورة: الموقع الرسمي\nالمصدر: تاس";
        Article a = ArticleLayout.ofPlainText("x.txt", text);
        assertEquals("عنوان الخبر هنا", a.titleText()); // first line that is not boilerplate
        assertEquals("2023-07-04", a.published()); // date line
        assertEquals(2, a.boilerplate().size()); // language switcher and related-topics line
        assertEquals(1, a.body().size());
        assertEquals("publisher", a.credits().get(0).role()); // name line beside credits
        assertEquals("photo", a.credits().get(1).role());
        assertEquals("TASS", a.credits().get(2).textEn()); // agency lexicon
        assertEquals("تاس", a.credits().get(2).span().of(text)); // spans point into the text
    }

    @Test
    void agencyDateline() {
        String text = "عنوان\nالرياض 15 جمادى الآخرة 1445 هـ الموافق 27 ديسمبر 2023 م واس - أكد ولي العهد أن القمة ناجحة.";
        Article a = ArticleLayout.ofPlainText("x.txt", text);
        assertEquals("2023-12-27", a.published()); // the gregorian date of the dateline
        assertEquals("SPA", a.credits().get(0).textEn()); // agency credit
    }

    @Test
    void bracketDateline() {
        String text = "عنوان\nأستانا 4 يوليو 2024 (كونا) -- اختتمت القمة أعمالها.";
        Article a = ArticleLayout.ofPlainText("x.txt", text);
        assertEquals("2024-07-04", a.published());
        assertEquals("كونا", a.credits().get(0).text());
    }

    @Test
    void eventDateIsNotAPublicationDate() {
        Article a = ArticleLayout.ofPlainText("x.txt", "عنوان\nفي 4 يوليو 2024، شارك الرئيس في الاجتماع.");
        assertNull(a.published());
    }

    @Test
    void decodesArabicCodePages() throws Exception {
        String s = "قال الرئيس إن التعاون مهم";
        for (String cs : new String[] {"windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-16BE"}) {
            assertEquals(s, TextDecoder.decode("x", s.getBytes(Charset.forName(cs))).text(), cs);
        }
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals("a", TextDecoder.decode("x", bom).text()); // utf-8 bom
    }

    @Test
    void rejectsWhatIsNotText() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        ReadException e = assertThrows(ReadException.class, () -> TextDecoder.decode("img.png", png));
        assertTrue(e.getMessage().contains("img.png") && e.getMessage().contains("PNG"), e.getMessage());
        ReadException empty = assertThrows(ReadException.class, () -> TextDecoder.decode("e.txt", new byte[0]));
        assertTrue(empty.getMessage().startsWith("e.txt: empty"));
        byte[] truncated = "قال".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);
        // a truncated UTF-8 file falls back to the Arabic code pages only if it reads as Arabic
        assertThrows(ReadException.class, () -> TextDecoder.decode("t.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, cut[0], cut[1], cut[2], cut[3], cut[4]}));
    }
    @Test
    void aDateLineWithALabelColonAndACommaBeforeTheYear() {
        Article a = ArticleLayout.ofPlainText("x.txt", "العنوان\nكوالالمبور - العربية.نت\nنشر في: 28 أكتوبر ,2025: 04:35 م GST\nالنص.\n");
        assertEquals("2025-10-28", a.published());
    }
}
