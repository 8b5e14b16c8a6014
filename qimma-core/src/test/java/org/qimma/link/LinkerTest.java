package org.qimma.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qimma.kb.KnowledgeBase;

class LinkerTest {

    private final Linker linker = new Linker(KnowledgeBase.standard());

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
}
