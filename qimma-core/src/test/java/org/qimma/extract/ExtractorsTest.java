package org.qimma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qimma.Pipeline;
import org.qimma.read.ArticleLayout;
import org.qimma.record.ArticleRecord;
import org.qimma.record.Items;

/** One rule per test, on short articles written for it. */
class ExtractorsTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static ArticleRecord run(String body) {
        return PIPELINE.process(ArticleLayout.ofPlainText("t.txt", "عنوان\n04 يوليو 2023\n" + body));
    }

    @Test
    void statementWithQuotation() {
        var r = run("وقال توكاييف إن \"التعاون مهم جدا. ونحن مستعدون\".");
        Items.Statement s = r.statements().get(0);
        assertEquals("Kassym-Jomart Tokayev", s.speakerEn());
        assertEquals("التعاون مهم جدا", s.quoteOrGist()); // first sentence of the quote
        assertEquals("said", s.kind());
    }

    @Test
    void statementWithComplementAfterAnAdjunct() {
        var r = run("صرح الرئيس الكازاخستاني، في اجتماع عبر الفيديو، أن بلاده ستعزز دورها، وذلك اليوم.");
        assertEquals("أن بلاده ستعزز دورها", r.statements().get(0).quoteOrGist());
    }

    @Test
    void verbWithoutSubjectSpeaksForTheLastSpeaker() {
        var r = run("قال توكاييف إن التعاون مهم. وأضاف أن الأمن أولوية.");
        assertEquals(2, r.statements().size());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(1).speakerEn());
    }

    @Test
    void accordingTo() {
        var r = run("ووفقا للرئيس الكازاخستاني، فإن الأمن أولوية.");
        assertEquals("فإن الأمن أولوية", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aDeclarationSpeaks() {
        var r = run("اعتمد القادة إعلان أستانا. وشدد إعلان أستانا على أهمية التعاون. وأكد الإعلان أن الأمن أولوية.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Astana Declaration", r.statements().get(0).speakerEn());
        assertEquals("Astana Declaration", r.statements().get(1).speakerEn()); // "الإعلان" points back
    }

    @Test
    void noSpeakerNoStatement() {
        var r = run("وقال مصدر مطلع إن القمة ستبحث ملفات عدة.");
        assertTrue(r.statements().isEmpty());
    }

    @Test
    void coordinatedProposalsAreSeparate() {
        var r = run("اقترح رئيس كازاخستان تنسيق استراتيجية الطاقة في عام 2024 وإنشاء صندوق استثمار.");
        assertEquals(2, r.proposals().size());
        assertEquals("تنسيق استراتيجية الطاقة", r.proposals().get(0).what());
        assertEquals("2024", r.proposals().get(0).targetDate()); // cut from what, kept as target
        assertEquals("إنشاء صندوق استثمار", r.proposals().get(1).what());
    }

    @Test
    void aProposedClauseIsAProposal() {
        var r = run("واقترح توكاييف أن يكون عام 2025 عاما للتنمية المستدامة في المنظمة.");
        assertEquals("يكون عام 2025 عاما للتنمية المستدامة في المنظمة", r.proposals().get(0).what());
    }

    @Test
    void aCallAfterAnAdjunct() {
        var r = run("ودعا توكاييف، خلال الاجتماع المشترك، إلى إنشاء صندوق للتنمية.");
        assertEquals("إنشاء صندوق للتنمية", r.statements().get(0).quoteOrGist());
        assertEquals("إنشاء صندوق للتنمية", r.proposals().get(0).what());
    }

    @Test
    void readinessIsAProposal() {
        var r = run("وأعلن توكاييف استعداده لعقد منتدى للطاقة في كازاخستان، مع الأخذ في الاعتبار أهميته.");
        assertEquals("عقد منتدى للطاقة في كازاخستان", r.proposals().get(0).what());
    }

    @Test
    void adoptedDocumentsInAnEnumeration() {
        var r = run("تم توقيع 12 وثيقة، بما في ذلك إعلان أستانا، وبرنامج التعاون للفترة 2025-2027 واستراتيجية الطاقة حتى عام 2030.");
        assertEquals(3, r.adoptedDocuments().size());
        assertEquals("إعلان أستانا", r.adoptedDocuments().get(0).title());
        assertEquals("2025-2027", r.adoptedDocuments().get(1).period());
        assertEquals("until 2030", r.adoptedDocuments().get(2).period());
        assertEquals(12, r.counts().get(0).number());
    }

    @Test
    void plannedDocumentsAreNotAdopted() {
        var r = run("ومن المقرر توقيع اتفاقية التجارة الحرة خلال القمة المقبلة.");
        assertTrue(r.adoptedDocuments().isEmpty());
        var call = run("دعا توكاييف إلى اعتماد استراتيجية تنمية جديدة.");
        assertTrue(call.adoptedDocuments().isEmpty()); // a call is a proposal
        assertEquals(1, call.proposals().size());
    }

    @Test
    void meetingsHeldAndPlanned() {
        var r = run("شارك الرئيس توكاييف في اجتماع مجلس رؤساء دول منظمة شنغهاي للتعاون عبر الفيديو اليوم. "
                + "وستعقد القمة المقبلة للمنظمة في أستانا في عام 2024.");
        assertEquals(2, r.meetings().size(), r.meetings().toString());
        Items.Meeting held = r.meetings().get(0);
        assertEquals("2023-07-04", held.date());
        assertEquals("video", held.format());
        assertEquals("held", held.status());
        Items.Meeting planned = r.meetings().get(1);
        assertEquals("planned", planned.status());
        assertEquals("Astana", planned.place());
    }

    @Test
    void summitsNamedWithTheirOrdinalOrInTheOrganisationsName() {
        var r = run("اختتمت اليوم أعمال القمة السابعة والأربعين لرابطة دول جنوب شرق آسيا. "
                + "وعقد المجلس الوزاري لمجلس التعاون لدول الخليج العربية اليوم اجتماع دورته الـ162.");
        assertEquals(2, r.meetings().size(), r.meetings().toString());
        assertEquals("ASEAN", r.meetings().get(0).organisation());
        assertEquals("2023-07-04", r.meetings().get(0).date());
        assertEquals("GCC", r.meetings().get(1).organisation());
        assertEquals("Ministerial Council", r.meetings().get(1).body());
    }

    @Test
    void backgroundMeetingsAreNotNews() {
        var r = run("وكانت قمة منظمة شنغهاي للتعاون قد عقدت في عام 2019 في بيشكيك.");
        assertTrue(r.meetings().isEmpty());
    }

    @Test
    void membershipAndChairmanship() {
        var r = run("تم اختتام حفل قبول جمهورية بيلاروسيا لعضوية منظمة شنغهاي للتعاون. "
                + "وهنأ الرئيس الطاجيكي رئيس كازاخستان على الانتهاء من الرئاسة.");
        assertEquals("Belarus", r.memberships().get(0).stateEn());
        assertEquals("accession_completed", r.memberships().get(0).change());
        assertEquals("Kazakhstan", r.chairmanship().get(0).from());
        assertEquals("completed", r.chairmanship().get(0).phase());
    }

    @Test
    void aChairTakenOverFromTheHolderNamedBefore() {
        var r = run("وأشاد توكاييف بنتائج رئاسة كازاخستان للمنظمة. ثم تسلمت قيرغيزستان رئاسة منظمة معاهدة الأمن الجماعي.");
        assertEquals("Kazakhstan", r.chairmanship().get(0).from());
        assertEquals("Kyrgyzstan", r.chairmanship().get(0).to());
        assertEquals("begins", r.chairmanship().get(0).phase());
    }

    @Test
    void statusesForSeveralStates() {
        var r = run("ومنحت قمة منظمة شنغهاي للتعاون جمهورية بيلاروس صفة الدولة المراقبة، فيما حصلت أذربيجان وأرمينيا على صفة شريك في المنظمة.");
        assertEquals(3, r.memberships().size(), r.memberships().toString());
        assertEquals("Belarus", r.memberships().get(0).stateEn());
        assertEquals("observer", r.memberships().get(0).change());
        assertEquals("Armenia", r.memberships().get(2).stateEn());
        assertEquals("partner", r.memberships().get(2).change());
        assertEquals("أرمينيا", r.memberships().get(2).state()); // without the و before it
    }

    @Test
    void yearsAndPercentagesAreNotCounts() {
        var r = run("قبل 23 عاما تأسست المنظمة، ونما التبادل 40 في المئة.");
        assertTrue(r.counts().isEmpty());
    }
}
