package org.qimma.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qimma.kb.KnowledgeBase;

class LinkerTest {

    private final Linker linker = new Linker(KnowledgeBase.standard());

    /** The record of a one-line article named {@code name}, dated {@code date} (as its date line writes it). */
    private static org.qimma.record.ArticleRecord article(String name, String date, String body) {
        return org.qimma.Pipeline.standard().process(org.qimma.read.ArticleLayout.ofPlainText(name + ".txt", "عنوان\n" + date + "\n" + body));
    }

    @Test
    void ideaWordsLeaveOutTheActionTheOrganisationAndSmallWords() {
        assertEquals(List.of("استراتيجيه", "طاقه"), linker.ideaWords("تنسيق استراتيجية الطاقة لمنظمة \"شنغهاي\" للتعاون"));
        assertEquals("مبادره", linker.ideaWords("مبادرة \"حول الوحدة العالمية من أجل السلام\"").get(0)); // head noun first
    }

    @Test
    void datesAgreeToTheLessPreciseOne() {
        assertEquals(true, Linker.datesAgree("2024", "2024-07-04"));
        assertEquals(false, Linker.datesAgree("2024-06", "2024-07-04"));
    }
    @Test
    void aDecisionToActNamesTheThingActedOn() {
        assertEquals(linker.ideaWords("إنشاء مركز مكافحة المخدرات في دوشنبه"),
                linker.ideaWords("قرار إنشاء مركز مكافحة المخدرات في دوشنبه"));
        assertEquals("قرار", linker.ideaWords("القرار الخاص بقضية فلسطين").get(0)); // no action after it: the decision itself
    }
    @Test
    void twoDaysOfOneSessionAreOneMeeting() {
        assertTrue(Linker.sessionDays("2025-08-31", "2025-09-01"));
        assertTrue(!Linker.sessionDays("2025-08-31", "2025-09-05")); // a week apart: two meetings
        assertTrue(!Linker.sessionDays("2025-08", "2025-08-31")); // months agree by datesAgree, not by days
    }

    @Test
    void twoOrgansMeetingOnOneDayGiveOneLinkBetweenTwoArticles() {
        var pipeline = org.qimma.Pipeline.standard();
        String body = "اختتمت اليوم في تيانجين أعمال قمة منظمة شنغهاي للتعاون. وفي اليوم ذاته، عقد اجتماع بصيغة \"شنغهاي+\" بمشاركة الأمين العام للأمم المتحدة.";
        var a = pipeline.process(org.qimma.read.ArticleLayout.ofPlainText("a.txt", "عنوان\n01 سبتمبر 2025\n" + body));
        var b = pipeline.process(org.qimma.read.ArticleLayout.ofPlainText("b.txt", "عنوان آخر\n01 سبتمبر 2025\n" + body));
        assertEquals(2, a.meetings().size(), a.meetings().toString());
        var links = linker.link(List.of(new Linker.Dated(a, "2025-09-01"), new Linker.Dated(b, "2025-09-01"))).links();
        assertEquals(1, links.stream().filter(l -> l.get("kind").equals("same_meeting")).count(), links.toString());
    }

    @Test
    void sessionsOfDifferentNumbersAreNotOneMeeting() {
        var a = article("a", "16 مايو 2024",
                "اختتمت اليوم في المنامة أعمال القمة العربية الثالثة والثلاثين. ووافق المجلس على عقد الدورة العادية الرابعة والثلاثين في بغداد عام 2025.");
        var b = article("b", "04 مارس 2025", "اختتمت اليوم في القاهرة أعمال القمة العربية غير العادية الخامسة عشرة.");
        var c = article("c", "17 مايو 2025", "اختتمت اليوم في بغداد أعمال القمة العربية العادية الرابعة والثلاثون.");
        var links = linker.link(List.of(new Linker.Dated(a, "2024-05-16"), new Linker.Dated(b, "2025-03-04"), new Linker.Dated(c, "2025-05-17"))).links();
        var pairs = links.stream().filter(l -> l.get("kind").equals("same_meeting"))
                .map(l -> ((java.util.Map<?, ?>) l.get("a")).get("article") + "-" + ((java.util.Map<?, ?>) l.get("b")).get("article")).toList();
        assertEquals(List.of("a-c"), pairs, links.toString());
    }

    @Test
    void aProposalAboutOneOrganisationIsNotAdoptedByAnother() {
        var a = article("a", "10 مايو 2024", "عقدت قمة الاتحاد الاقتصادي الأوراسي اليوم في موسكو. "
                + "ودعا الرئيس الأوزبكي شوكت ميرضيائيف إلى إعداد برنامج مشترك لتعزيز الحدود.");
        var b = article("b", "23 نوفمبر 2024", "عقدت قمة منظمة معاهدة الأمن الجماعي اليوم في أستانا. وتم اعتماد البرنامج المشترك لتعزيز الحدود.");
        var c = article("c", "20 ديسمبر 2024", "عقدت قمة الاتحاد الاقتصادي الأوراسي اليوم في سانت بطرسبرغ. وتم اعتماد البرنامج المشترك لتعزيز الحدود.");
        var links = linker.link(List.of(new Linker.Dated(a, "2024-05-10"), new Linker.Dated(b, "2024-11-23"), new Linker.Dated(c, "2024-12-20"))).links();
        var outcomes = links.stream().filter(l -> l.get("kind").equals("proposal_adopted"))
                .map(l -> ((java.util.Map<?, ?>) l.get("outcome")).get("article")).toList();
        assertEquals(List.of("c"), outcomes, links.toString());
    }
}
