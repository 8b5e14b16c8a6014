package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String P1 = "عقد وزراء الخارجية العرب اجتماعهم الدوري في مقر الجامعة العربية بالقاهرة اليوم.";
    private static final String P2 = "وبحث الوزراء تطورات الأوضاع في المنطقة وسبل تعزيز العمل العربي المشترك.";

    private static MainText extract(String html) {
        return new MainTextExtractor().extract(Jsoup.parse(html));
    }

    @Test
    void keepsAnArticleWhoseClassesLookLikeFurniture() {
        MainText m = extract("<html><body><nav><a href=/>الرئيسية</a></nav><article class='post tag-brics category-news'>"
                + "<h1>الوزراء العرب يجتمعون في القاهرة</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>");
        assertEquals(List.of(P1, P2), m.paragraphs()); // tag-brics
        assertEquals("الوزراء العرب يجتمعون في القاهرة", m.title());
    }

    @Test
    void dropsReadAlsoListsAndPullQuotes() {
        MainText m = extract("<body><h1>الوزراء العرب يجتمعون في القاهرة</h1><div class='body'><p>" + P1 + "</p>"
                + "<ul><li><a href=/x>رابط إلى خبر آخر عن اجتماع سابق لوزراء الخارجية العرب في القاهرة</a></li></ul>"
                + "<blockquote><p>اجتماعهم الدوري في مقر الجامعة العربية</p></blockquote><p>" + P2 + "</p></div></body>");
        assertEquals(List.of(P1, P2), m.paragraphs());
    }

    @Test
    void aBreakJoinsInsideAParagraphAndSplitsElsewhere() {
        MainText inP = extract("<body><h1>عنوان الخبر هنا اليوم</h1><p>القاهرة-سانا<br>\n" + P1 + "</p><p>" + P2 + "</p></body>");
        assertEquals(List.of("القاهرة-سانا " + P1, P2), inP.paragraphs());
        MainText inDiv = extract("<body><h1>عنوان الخبر هنا اليوم</h1><div>" + P1 + "<br><br>" + P2 + "</div></body>");
        assertEquals(List.of(P1, P2), inDiv.paragraphs());
    }

    @Test
    void headlineAndDateWithoutMetadata() {
        MainText m = extract("<html><head><title>كونا : الوزراء العرب يجتمعون في القاهرة - سياسة</title></head><body>"
                + "<div class=today>الخميس ٧ صفر ١٤٤٥ هـ</div><div class=box><div class=newsTitle>الوزراء العرب يجتمعون في القاهرة</div>"
                + "<div>الخميس ٢٤ أغسطس ٢٠٢٣</div><div class=text><p>" + P1 + "</p><p>" + P2 + "</p></div></div></body></html>");
        assertEquals("الوزراء العرب يجتمعون في القاهرة", m.title()); // title element
        assertEquals("2023-08-24", m.published()); // eastern digits, nearest the headline
    }

    @Test
    void agencySignOffBecomesACredit() {
        MainText m = extract("<body><h1>الوزراء العرب يجتمعون في القاهرة</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>(واس)</p></body>");
        assertEquals(List.of(P1, P2), m.paragraphs());
        assertEquals(List.of("(واس)"), m.credits());
    }
}
