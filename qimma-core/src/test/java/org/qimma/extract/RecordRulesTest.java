package org.qimma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qimma.Pipeline;
import org.qimma.read.ArticleLayout;
import org.qimma.record.ArticleRecord;

/** Memberships, chairmanships, meetings, documents and counts. One rule per test. */
class RecordRulesTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static ArticleRecord run(String body) {
        return PIPELINE.process(ArticleLayout.ofPlainText("t.txt", "عنوان\n04 يوليو 2024\n" + body));
    }

    @Test
    void admittedAsAMemberIsJoining() {
        var r = run("وتم قبول دولة الكويت عضوا في منظمة شنغهاي للتعاون.");
        assertEquals(1, r.memberships().size(), r.memberships().toString());
        assertEquals("joined", r.memberships().get(0).change());
    }

    @Test
    void aHedgeEarlierInTheClauseMeansNotDone() {
        var r = run("وأكد الرئيس دعم بلاده للاعتراف الكامل بدولة فلسطين وقبول عضويتها في الأمم المتحدة.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aPlannedAccessionIsNotNews() {
        var r = run("ومن المقرر أن يتم خلال القمة استكمال إجراءات انضمام جمهورية بيلاروس إلى منظمة شنغهاي للتعاون.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aChangeDatedLastYearIsBackground() {
        var r = run("ويشارك الوزراء بعد أن أصبحت بيلاروس عضوا كامل العضوية في منظمة شنغهاي للتعاون العام الماضي.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void completedProceduresOfAccession() {
        var r = run("وشهد الاجتماع اكتمال إجراءات انضمام جمهورية بيلاروس إلى منظمة شنغهاي للتعاون.");
        assertEquals("accession_completed", r.memberships().get(0).change());
    }

    @Test
    void hisCountryIsTheStateOfThePersonNamedBefore() {
        var r = run("وأشار الرئيس الأذربيجاني إلهام علييف إلى أن بلاده تقدمت بطلب للحصول على صفة الدولة المراقب في منظمة شنغهاي للتعاون.");
        assertEquals(1, r.memberships().size(), r.memberships().toString());
        assertEquals("Azerbaijan", r.memberships().get(0).stateEn());
        assertEquals("applied", r.memberships().get(0).change());
    }
}
