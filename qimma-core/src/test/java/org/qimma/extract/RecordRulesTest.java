package org.qimma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qimma.Pipeline;
import org.qimma.read.ArticleLayout;
import org.qimma.record.ArticleRecord;

/** Memberships, chairmanships, meetings, documents and counts. One rule per test. */
class RecordRulesTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static ArticleRecord run(String body) {
        return onDate("04 يوليو 2024", body);
    }

    /** An article with a headline, the date line {@code date} and {@code body}. */
    private static ArticleRecord onDate(String date, String body) {
        return PIPELINE.process(ArticleLayout.ofPlainText("t.txt", "عنوان\n" + date + "\n" + body));
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
    void aBidACallANegationOrAnAgreementInPrincipleIsNotMembership() {
        for (String body : List.of(
                "واقترح الرئيس تشكيل لجنة، داعياً إلى منح فلسطين العضوية الكاملة في الأمم المتحدة.",
                "وأكد القادة دعم مسعى دولة فلسطين للحصول على العضوية الكاملة في الأمم المتحدة.",
                "ووافق القادة من حيث المبدأ على قبول تيمور الشرقية عضوا في رابطة دول جنوب شرق آسيا.",
                "وقال الوزير إن السعودية لم تنضم رسمياً بعد إلى مجموعة بريكس.",
                "بينما عدلت الأرجنتين عن الانضمام إلى مجموعة بريكس.")) {
            var r = run(body);
            assertTrue(r.memberships().isEmpty(), body + " " + r.memberships());
        }
    }

    @Test
    void aChairTakenYesterdayIsNewsThoughToldWithKanaQad() {
        var r = run("وكان الرئيس الجزائري عبد المجيد تبون قد تسلم، أمس الثلاثاء، رئاسة الدورة من الرئيس التونسي قيس سعيد في الجلسة الافتتاحية للقمة العربية.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Algeria", r.chairmanship().get(0).to());
    }

    @Test
    void aChairTakenWithNoSubjectWrittenIsTheSubjectOfTheSentenceBefore() {
        var r = run("ترأس خادم الحرمين الشريفين الملك سلمان بن عبد العزيز القمة العربية في الظهران. "
                + "وتسلم - أيده الله - رئاسة القمة من الملك عبد الله الثاني ملك الأردن.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Saudi Arabia", r.chairmanship().get(0).to());
        assertEquals("Jordan", r.chairmanship().get(0).from());
    }

    @Test
    void titlesListedOneALineAfterAColon() {
        var r = run("وأصدر المجلس في ختام اجتماعاته حزمة من القرارات، أبرزها:\n"
                + "- القرار الخاص بالقضية الفلسطينية والصراع العربي الإسرائيلي.\n"
                + "- القرار الخاص بالأمن المائي العربي.\n"
                + "وقال الأمين العام إن الاجتماع كان ناجحا.");
        assertEquals(List.of("القرار الخاص بالقضية الفلسطينية والصراع العربي الإسرائيلي", "القرار الخاص بالأمن المائي العربي"),
                r.adoptedDocuments().stream().map(d -> d.title()).toList());
    }

    @Test
    void signersAndPlaceBetweenTheVerbAndTheTitle() {
        var r = run("وقّع الملك سلمان بن عبد العزيز، والرئيس شي جين بينغ رئيس جمهورية الصين الشعبية، في قصر اليمامة بالرياض اليوم، "
                + "اتفاقية الشراكة الاستراتيجية الشاملة بين المملكة العربية السعودية وجمهورية الصين الشعبية.");
        assertEquals(List.of("اتفاقية الشراكة الاستراتيجية الشاملة بين المملكة العربية السعودية وجمهورية الصين الشعبية"),
                r.adoptedDocuments().stream().map(d -> d.title()).toList());
    }

    @Test
    void aDualNounIntroducesTheListAndCountsTwo() {
        var r = run("وتوجت أشغال الدورة باعتماد وثيقتين، هما البيان المشترك للدورة السادسة، وخطة عمل المنتدى للفترة 2024-2026.");
        assertEquals(2, r.adoptedDocuments().size(), r.adoptedDocuments().toString());
        assertEquals(2L, r.counts().get(0).number());
    }

    @Test
    void ideasListedOneALineAreOneProposalEach() {
        var r = run("وطرح لي كه تشيانغ ثلاثة مقترحات لتعزيز التعاون في إطار المنظمة:\n"
                + "أولاً، الحفاظ على أمن سلاسل الإمداد في المنطقة.\n"
                + "ثانياً، توسيع التسويات بالعملات المحلية بين الدول الأعضاء.\n"
                + "وقال إن المنظمة مهمة.");
        assertEquals(List.of("الحفاظ على أمن سلاسل الإمداد في المنطقة", "توسيع التسويات بالعملات المحلية بين الدول الأعضاء"),
                r.proposals().stream().map(p -> p.what()).toList());
        assertEquals("Li Keqiang", r.proposals().get(0).proposerEn());
    }

    @Test
    void aRangeOfDaysDatesTheMeetingByItsFirstDay() {
        var r = onDate("الجمعة 25 أغسطس 2023",
                "أعلن رئيس جنوب أفريقيا سيريل رامافوزا، أمس، في ختام القمة الخامسة عشرة لمجموعة بريكس التي استضافتها "
                + "جوهانسبرج في الفترة من 22 إلى 24 أغسطس، دعوة ست دول للانضمام.");
        assertEquals("2023-08-22", r.meetings().get(0).date(), r.meetings().toString());
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

    @Test
    void aVerbOpeningALongSentenceGovernsTheChair() {
        var r = run("تسلم الرئيس الكازاخستاني، السيد قاسم جومارت توكاييف، اليوم الخميس في أستانا بحضور القادة، الرئاسة الدورية لمنظمة شنغهاي للتعاون.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Kazakhstan", r.chairmanship().get(0).to());
    }

    @Test
    void aFarVerbStopsAtAnotherChairNoun() {
        var r = run("وسلّم وزير الخارجية الكازاخستاني رئاسة منظمة شنغهاي للتعاون إلى الصين، مؤكداً أن كازاخستان عملت خلال رئاستها على تعزيز التعاون.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("China", r.chairmanship().get(0).to());
    }

    @Test
    void aBackgroundClauseDoesNotMakeTheHandoverBackground() {
        var r = run("وسلّم الرئيس الكازاخستاني رئاسة منظمة شنغهاي للتعاون إلى الصين، بعد أن ترأستها روسيا عام 2019.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
    }

    @Test
    void theStateNamedAfterIlaIsTheNewHolder() {
        var r = run("وسلّم الرئيس الكازاخستاني رئاسة منظمة شنغهاي للتعاون إلى فخامة الرئيس جون دو رئيس جمهورية قرغيزستان.");
        assertEquals("Kyrgyzstan", r.chairmanship().get(0).to());
    }

    @Test
    void sinceTakingTheChairIsBackground() {
        var r = run("وقال وانغ يي إن الصين خططت منذ توليها الرئاسة الدورية لمنظمة شنغهاي للتعاون لأكثر من مئة فعالية.");
        assertTrue(r.chairmanship().isEmpty(), r.chairmanship().toString());
    }

    @Test
    void hisCountryTakesTheChair() {
        var r = run("وأشار الرئيس الكازاخستاني إلى أن بلاده، التي تتولى رئاسة منظمة شنغهاي للتعاون، ستعزز التعاون مع الصين.");
        assertEquals("Kazakhstan", r.chairmanship().get(0).to());
    }

    @Test
    void aChairPassingOnIsHandedOverByTheHolderNamedBefore() {
        var r = run("وأشاد القادة بنجاح رئاسة طاجيكستان لرابطة الدول المستقلة. وقرر رؤساء الدول أن تنتقل رئاسة الرابطة إلى تركمانستان.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Tajikistan", r.chairmanship().get(0).from());
        assertEquals("Turkmenistan", r.chairmanship().get(0).to());
    }

    @Test
    void theSizeOfAnOrganisationIsNotATotalOfTheEvent() {
        var r = run("وتضم منظمة التعاون الإسلامي 57 دولة، وتعد ثاني أكبر منظمة حكومية دولية.");
        assertTrue(r.counts().isEmpty(), r.counts().toString());
    }

    @Test
    void aTotalStatedTwiceIsOneTotal() {
        var r = run("ووقع القادة على 15 وثيقة في ختام القمة. وشملت الوثائق الـ15 إعلانا مشتركا، ووقع القادة 15 وثيقة.");
        assertEquals(1, r.counts().size(), r.counts().toString());
    }
    private static java.util.List<String> titles(ArticleRecord r) {
        return r.adoptedDocuments().stream().map(d -> d.title()).toList();
    }

    @Test
    void aLinkPhraseJoinsTheNextTitleToTheList() {
        var r = run("واختتمت القمة أعمالها باعتماد إعلان أوفا، إلى جانب استراتيجية الشراكة الاقتصادية.");
        assertEquals(java.util.List.of("إعلان أوفا", "استراتيجية الشراكة الاقتصادية"), titles(r));
    }

    @Test
    void aLinkPhraseWithoutACommaEndsTheTitleBeforeIt() {
        var r = run("وأقر القادة قرار إنشاء مركز مكافحة المخدرات في دوشنبه إضافة إلى بيان بمناسبة الذكرى الثمانين للنصر.");
        assertEquals(java.util.List.of("قرار إنشاء مركز مكافحة المخدرات في دوشنبه", "بيان بمناسبة الذكرى الثمانين للنصر"), titles(r));
    }

    @Test
    void aLinkPhraseBeforeWordsThatAreNoTitleEndsTheList() {
        var r = run("وصدر في ختام القمة إعلان بانجول، إضافة إلى ما أكده المشاركون من دعم.");
        assertEquals(java.util.List.of("إعلان بانجول"), titles(r));
    }

    @Test
    void decisionsNamedByWhatTheyDoAreTitlesAndTheListGoesOn() {
        var r = run("واعتمد القادة إعلان دوشنبه، وقرارات بمنح كل من قطر والكويت صفة شريك في الحوار، ومنح طشقند صفة العاصمة الثقافية للمنظمة.");
        assertEquals(java.util.List.of("إعلان دوشنبه", "قرارات بمنح كل من قطر والكويت صفة شريك في الحوار",
                "منح طشقند صفة العاصمة الثقافية للمنظمة"), titles(r));
        // a plural head alone still leads the titles it counts
        r = run("واعتمد القادة قرارات عدة، بينها قرار إنشاء مركز إقليمي.");
        assertEquals(java.util.List.of("قرار إنشاء مركز إقليمي"), titles(r));
    }

    @Test
    void documentsCountedAfterALinkPhraseThenSomeOfThemByTitle() {
        var r = run("واعتمد القادة إعلان سمرقند، إلى جانب حزمة من الوثائق، بينها قرار بدء إجراءات قبول بيلاروسيا عضواً في المنظمة.");
        assertEquals(java.util.List.of("إعلان سمرقند", "قرار بدء إجراءات قبول بيلاروسيا عضواً في المنظمة"), titles(r));
    }

    @Test
    void whatATitleIsHeadedDoesNotEndTheList() {
        var r = run("واعتمد القادة \"إعلان قمة ريو دي جانيرو\" تحت عنوان \"تعزيز تعاون الجنوب العالمي\"، إلى جانب إعلان إطاري بشأن تمويل المناخ.");
        assertEquals(java.util.List.of("إعلان قمة ريو دي جانيرو", "إعلان إطاري بشأن تمويل المناخ"), titles(r));
    }

    @Test
    void aSecondPeriodAndTheDocumentsQuotedNameBelongToItsTitle() {
        var r = run("واعتمد القادة إعلان التنمية حتى عام 2030 وللفترة حتى عام 2045 \"المسار الاقتصادي\"، إلى جانب الخطة الرئيسية للتعاون.");
        assertEquals(java.util.List.of("إعلان التنمية حتى عام 2030 وللفترة حتى عام 2045 \"المسار الاقتصادي\"", "الخطة الرئيسية للتعاون"), titles(r));
    }

    @Test
    void aSignedObjectAfterAlaFollowsALongSubject() {
        var r = run("ووقع قادة الدول العشر ورئيس وزراء تيمور الشرقية، صباح الأحد، على الإعلان الخاص بقبول تيمور الشرقية في آسيان.");
        assertEquals(java.util.List.of("الإعلان الخاص بقبول تيمور الشرقية في آسيان"), titles(r));
    }

    @Test
    void aMasdarJoinedByWawToAnAdoptedListIsAdoptedToo() {
        var r = run("وتم التوقيع على إعلان تيانجين، واعتماد استراتيجية تنمية المنظمة للفترة 2026-2035.");
        assertEquals(2, r.adoptedDocuments().size(), r.adoptedDocuments().toString());
    }

    @Test
    void aCallForAdoptionIsNoAdoptedDocument() {
        var r = run("وجدد الرئيس الدعوة إلى اعتماد استراتيجية جديدة لتنمية المنظمة.");
        assertTrue(r.adoptedDocuments().isEmpty(), r.adoptedDocuments().toString());
    }

    @Test
    void aDocumentInTheWritersBackgroundWasNotAdoptedAtThisMeeting() {
        var r = run("يذكر أن القادة اعتمدوا في القمة الماضية استراتيجية تنمية المنظمة للفترة 2026-2035.");
        assertTrue(r.adoptedDocuments().isEmpty(), r.adoptedDocuments().toString());
    }

    @Test
    void aPluralHeadCanNameOneDocument() {
        var r = run("وصادق القادة على التوجهات الرئيسية للنشاط الدولي للاتحاد لعام 2024.");
        assertEquals(1, r.adoptedDocuments().size(), r.adoptedDocuments().toString());
        assertTrue(r.adoptedDocuments().get(0).title().startsWith("التوجهات الرئيسية"), r.adoptedDocuments().toString());
    }
    @Test
    void aFutureHostOfANewEventProposesIt() {
        var r = run("وأعلن الرئيس الصيني شي جين بينغ أن الصين ستعقد هذا العام منتدى للتعاون في مجال الذكاء الاصطناعي.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("منتدى للتعاون"), r.proposals().toString());
    }

    @Test
    void hostingTheBodysNextSessionIsNoProposal() {
        var r = run("وأضاف الرئيس الصيني شي جين بينغ أن بلاده ستستضيف قمة المنظمة العام المقبل.");
        assertTrue(r.proposals().isEmpty(), r.proposals().toString());
    }

    @Test
    void readinessOfANamedStateToHostIsAProposal() {
        var r = run("وأعلن الرئيس الصيني شي جين بينغ استعداد الصين لاستضافة منتدى للتعاون في مجال الطاقة.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("استضافة منتدى"), r.proposals().toString());
    }
    @Test
    void aDateAfterSinceIsNotTheMeetingsDay() {
        var r = run("وصادقت قمة بريكس على إعلان ريو الذي أعرب عن القلق إزاء الضربات على إيران منذ 13 يونيو الماضي.");
        assertTrue(r.meetings().stream().noneMatch(m -> "2024-06-13".equals(m.date())), r.meetings().toString());
    }

    @Test
    void twoHeldDaysOfOneOrganAreOneSession() {
        var r = run("واختتمت قمة مجموعة العشرين أعمالها اليوم الخميس في نيودلهي. وافتتحت قمة مجموعة العشرين أعمالها أمس الأربعاء في نيودلهي.");
        assertEquals(1, r.meetings().stream().filter(m -> m.organisation().equals("G20")).count(), r.meetings().toString());
    }
    @Test
    void readinessToTakeOverTheChairIsNoChange() {
        var r = run("وأكد وزير الخارجية الصيني وانغ يي دعم بكين لجهود الرئاسة الكازاخستانية، معرباً عن استعداد الصين لتسلم رئاسة منظمة شنغهاي للتعاون بعد القمة.");
        assertTrue(r.chairmanship().stream().noneMatch(c -> "China".equals(c.to())), r.chairmanship().toString());
    }

    @Test
    void aTermBegunInAnEarlierYearIsBackground() {
        var r = onDate("01 سبتمبر 2025",
                "واختتمت قمة منظمة شنغهاي للتعاون في تيانجين. وفي ختام القمة سلم الرئيس الصيني شي جين بينغ رئاسة المنظمة إلى "
                + "قرغيزستان للفترة 2025 - 2026 على أن تستضيف العاصمة بيشكيك القمة المقبلة في عام 2026 وذلك بعد أن أتمت الصين "
                + "رئاستها التي تسلمتها من كازاخستان في قمة أستانا العام الماضي.");
        assertTrue(r.chairmanship().stream().noneMatch(c -> "China".equals(c.to()) && "begins".equals(c.phase())), r.chairmanship().toString());
    }

    @Test
    void aCallQuotingAnActionIsAProposal() {
        var r = run("ودعا الرئيس الصيني شي جين بينغ إلى \"تنسيق خطط الربط بين الدول الأعضاء\".");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertEquals("تنسيق خطط الربط بين الدول الأعضاء", r.proposals().get(0).what());
    }

    @Test
    void aQuotationOfTheSpeakersOwnWordsIsNoProposal() {
        var r = run("وقال الرئيس الصيني شي جين بينغ: \"تنسيق خطط الربط أمر ضروري\".");
        assertTrue(r.proposals().isEmpty(), r.proposals().toString());
    }

    @Test
    void aCapitalStandsForItsGovernmentInReadiness() {
        var r = run("وأعلن وزير الخارجية الروسي سيرغي لافروف استعداد موسكو لاستضافة اجتماع لوزراء الطاقة.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("استضافة اجتماع"), r.proposals().toString());
    }

    @Test
    void aNationalityAdjectiveAfterInitiativeNamesItsProposer() {
        var r = run("ورحب البيان الختامي بمبادرة مصرية لإنشاء مركز إقليمي لمكافحة التصحر.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("إنشاء مركز إقليمي"), r.proposals().toString());
        assertEquals("Egypt", r.proposals().get(0).proposerStateEn());
    }

    @Test
    void aPreparedInitiativeIsPresented() {
        var r = run("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده أعدت مبادرة \"الأمن المتكافئ في أوراسيا\".");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("مبادرة"), r.proposals().toString());
    }

    @Test
    void aProposalAboutAnActionIsAProposal() {
        var r = run("وأحال المجلس الوزاري مقترحاً بشأن إنشاء شبكة موحدة للإنذار المبكر إلى اللجان المختصة.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("إنشاء شبكة موحدة"), r.proposals().toString());
    }

    @Test
    void theInfinitivePatternInfialIsAVerbalNoun() {
        var r = run("واقترح الرئيس الكازاخستاني قاسم جومارت توكاييف انعقاد منتدى سنوي للشباب.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("انعقاد منتدى"), r.proposals().toString());
    }

    @Test
    void aCallNotToDoIsAProposal() {
        var r = run("ودعا الرئيس الكازاخستاني قاسم جومارت توكاييف إلى عدم تسييس قضايا المياه.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("عدم تسييس"), r.proposals().toString());
    }

    @Test
    void aProvisoAfterACommaIsNotWhatIsProposed() {
        var r = run("واقترح الرئيس الكازاخستاني قاسم جومارت توكاييف إعداد برنامج للتعاون الرقمي بين الدول الأعضاء، على أن يُقر في القمة.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("إعداد برنامج"), r.proposals().toString());
    }

    @Test
    void theChairmanOfTheStateCouncilIsChinasPremier() {
        var r = run("واقترح رئيس مجلس الدولة الصيني تعزيز التبادل التجاري بين الدول الأعضاء.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertEquals("Li Qiang", r.proposals().get(0).proposerEn());
    }

    @Test
    void aHopedForAccessionIsNotNews() {
        var r = run("وأعرب الوزير عن أمله في أن تستكمل أذربيجان إجراءات انضمامها إلى منظمة شنغهاي للتعاون.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aDraftDecisionOnAccessionIsNotDone() {
        var r = run("وأقر المجلس مشروع قرار استكمال انضمام أذربيجان إلى منظمة شنغهاي للتعاون.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aStandingHeldIsNoChange() {
        var r = run("وتتمتع قطر بصفة شريك حوار في منظمة شنغهاي للتعاون.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aCallAfterANamedInitiativeSaysWhatItIs() {
        var r = run("وطرح الرئيس الصيني شي جين بينغ مبادرة الأمن العالمي داعياً إلى \"بناء هيكل أمني متوازن\".");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("مبادرة الأمن العالمي"), r.proposals().toString());
    }

    @Test
    void aMeetingIsDatedByTheDayTheTextStatesNotADayWorkedOutFromItsLength() {
        // the closing day is stated; the first day would be worked out from "على مدى يومين": not a fact the text states
        var r = run("واختتمت اليوم الخميس في أستانا أعمال قمة منظمة شنغهاي للتعاون التي انعقدت على مدى يومين.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2024-07-04", r.meetings().get(0).date());
    }

    @Test
    void aMeetingSaidToHaveBeenHeldIsNotDatedByALaterYearOfItsSentence() {
        var r = onDate("13 أكتوبر 2023", "عرض الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، أولويات رئاسة روسيا للرابطة في عام 2024، "
                + "وذلك خلال اجتماع مجلس رؤساء دول رابطة الدول المستقلة الذي عقد في بيشكيك.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2023-10-13", r.meetings().get(0).date());
        assertEquals("held", r.meetings().get(0).status());
    }

    @Test
    void aMeetingHeldInAMonthWellBeforeTheArticleIsBackground() {
        var r = onDate("13 أكتوبر 2023", "وكانت قمة رابطة الدول المستقلة التي عقدت في أستانا في أكتوبر 2022 قد أقرت تولي قرغيزستان رئاسة الرابطة.");
        assertTrue(r.meetings().isEmpty(), r.meetings().toString());
        // the month before the article's is news still
        r = onDate("13 أكتوبر 2023", "وكانت قمة رابطة الدول المستقلة قد عقدت في بيشكيك في سبتمبر 2023.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
    }

    @Test
    void theChairOfTheGroupIsOfTheLastOrganisationNamedWithThatWord() {
        var r = run("اختتمت قمة مجموعة بريكس أعمالها في قازان. ومن المقرر أن تتسلم البرازيل رئاسة المجموعة من روسيا في يناير المقبل. "
                + "وتأتي القمة بعد قمة مجموعة العشرين في ريو دي جانيرو، وقبل قمة مجموعة العشرين في جوهانسبرغ، التي تستضيفها مجموعة العشرين.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("BRICS", r.chairmanship().get(0).organisation());
    }

    @Test
    void theDayAChairIsTakenFromDoesNotDateTheSummit() {
        var r = onDate("16 نوفمبر 2022", "اختتمت قمة مجموعة العشرين أعمالها في بالي.\n\nوفي ختام القمة، سلّم ويدودو مطرقة الرئاسة إلى "
                + "رئيس الوزراء الهندي ناريندرا مودي، إيذاناً بتولي الهند رئاسة المجموعة اعتباراً من الأول من ديسمبر المقبل، "
                + "على أن تستضيف نيودلهي القمة المقبلة العام المقبل.");
        assertEquals(java.util.List.of("2022-11-16", "2023"), r.meetings().stream().map(m -> m.date()).toList());
    }

    @Test
    void summitsHeldAreCounted() {
        var r = run("وأوضح الرئيس أن 16 قمة عقدت خلال الأيام الثلاثة الماضية.");
        assertEquals(1, r.counts().size(), r.counts().toString());
        assertEquals("summits", r.counts().get(0).what());
        assertEquals(16, r.counts().get(0).number());
    }

    @Test
    void aRecommendationToAdmitIsNoMembershipChange() {
        var r = run("ووافق المجلس على رفع مشروع الإعلان إلى القادة، إلى جانب التوصية بقبول أذربيجان عضواً جديداً في المنظمة.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void troopsWithdrawingAreNotTheStateLeaving() {
        var r = run("وبحث قادة منظمة شنغهاي للتعاون الأوضاع في أفغانستان بعد انسحاب القوات الأجنبية منها.");
        assertTrue(r.memberships().isEmpty(), r.memberships().toString());
    }

    @Test
    void aSummitOnAThemeIsNoOrganisationsSummit() {
        var r = onDate("08 يوليو 2017", "اختتمت قمة مجموعة العشرين أعمالها في هامبورغ. وأعلن الرئيس الفرنسي أن بلاده ستستضيف في 12 ديسمبر المقبل قمة حول تمويل العمل المناخي.");
        assertEquals(java.util.List.of("2017-07-08"), r.meetings().stream().map(m -> m.date()).toList());
    }

    @Test
    void ministersWhoHeldAMeetingTogetherNameTheirOrgan() {
        var r = onDate("30 مارس 2017", "وكان وزراء الخارجية العرب قد عقدوا الاثنين الماضي في المكان نفسه اجتماعاً تحضيرياً.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("LAS", r.meetings().get(0).organisation());
        assertEquals("2017-03-27", r.meetings().get(0).date());
    }

    @Test
    void theDaysOfAMeetingComeBeforeTheDayOfTheDispatch() {
        var r = run("وشارك الوزير اليوم في اجتماع وزراء خارجية منظمة شنغهاي للتعاون، الذي تستضيفه أستانا يومي 3 و4 يوليو.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2024-07-03", r.meetings().get(0).date());
    }

    @Test
    void theDayOfSayingIsNotThePlannedMeetingsDay() {
        var r = run("وأعلن المتحدث اليوم الخميس أن قمة منظمة شنغهاي للتعاون ستعقد في أستانا في سبتمبر المقبل.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2024-09", r.meetings().get(0).date());
        assertEquals("planned", r.meetings().get(0).status());
    }

    @Test
    void aMonthNamedAsNextIsTheComingOne() {
        var r = run("ومن المقرر أن تعقد قمة منظمة شنغهاي للتعاون في مارس المقبل.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2025-03", r.meetings().get(0).date());
    }

    @Test
    void atEqualDistanceTheDateAfterTheMeetingIsItsOwn() {
        var r = run("ورحب الرئيس بانضمام مصر اعتباراً من الأول من يناير المقبل، ودعا الوزير إلى المشاركة في قمة منظمة شنغهاي للتعاون التي تستضيفها أستانا في أكتوبر 2024.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2024-10", r.meetings().get(0).date());
    }

    @Test
    void aSecondProgrammeAfterACommaIsASecondProposal() {
        var r = run("واقترح الرئيس الكازاخستاني قاسم جومارت توكاييف إطلاق برنامج \"الشباب المبدع\" للتبادل الثقافي، وبرنامج \"المدن الذكية\" للتعاون الرقمي.");
        assertEquals(2, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(1).what().startsWith("برنامج \"المدن الذكية\""), r.proposals().toString());
    }

    @Test
    void aMeetingOfTheLeadersOfAnOrganisationIsItsSummit() {
        var r = run("ترأس الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا اليوم اجتماعاً افتراضياً لقادة الدول الأعضاء في مجموعة «بريكس» عبر تقنية الاتصال المرئي.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("BRICS", r.meetings().get(0).organisation());
        assertEquals("2024-07-04", r.meetings().get(0).date());
        assertEquals("video", r.meetings().get(0).format());
    }

    @Test
    void aSummitBetweenTwoOrganisationsIsASummitOfEach() {
        var r = run("اختتمت اليوم في الرياض أعمال القمة الأولى بين دول مجلس التعاون لدول الخليج العربية ودول رابطة جنوب شرق آسيا (آسيان).");
        assertEquals(java.util.Set.of("GCC", "ASEAN"), r.meetings().stream().map(m -> m.organisation()).collect(java.util.stream.Collectors.toSet()),
                r.meetings().toString());
    }

    @Test
    void theNextMeetingOfTheOrganIsPlannedOnTheDateItsClauseGives() {
        var r = run("وعقد المجلس الاقتصادي الأوراسي الأعلى اجتماعه اليوم في مينسك. ومن المقرر أن يعقد المجلس اجتماعه المقبل في نهاية العام الجاري.");
        assertTrue(r.meetings().stream().anyMatch(m -> m.organisation().equals("EAEU") && m.status().equals("planned") && m.date().equals("2024")),
                r.meetings().toString());
        // no date stated for it: no planned meeting
        var none = run("وعقد المجلس الاقتصادي الأوراسي الأعلى اجتماعه اليوم في مينسك. وسيعقد المجلس اجتماعه المقبل في موسكو.");
        assertTrue(none.meetings().stream().noneMatch(m -> m.status().equals("planned")), none.meetings().toString());
    }

    @Test
    void theNextSummitTakesTheYearOfTheChairStatedBeforeIt() {
        var r = run("وانتقلت رئاسة منظمة معاهدة الأمن الجماعي لعام 2025 من كازاخستان إلى روسيا، على أن تستضيف موسكو القمة المقبلة.");
        assertTrue(r.meetings().stream().anyMatch(m -> m.organisation().equals("CSTO") && m.status().equals("planned") && m.date().equals("2025")),
                r.meetings().toString());
    }

    @Test
    void anOrganThatAdoptsAResolutionMet() {
        var r = run("وكان مجلس الأمن الدولي قد اعتمد، مساء أمس الأربعاء، القرار رقم 2735 بتأييد 14 عضوا.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("UN", r.meetings().get(0).organisation());
        assertEquals("2024-07-03", r.meetings().get(0).date());
    }

    @Test
    void aChairHeldToldToSayWhoSomeoneIsIsNoChangeOfChair() {
        var r = run("وقال الرئيس الإندونيسي جوكو ويدودو، الذي تتولى بلاده رئاسة رابطة دول جنوب شرق آسيا للعام الحالي، إن الشراكة مهمة.");
        assertTrue(r.chairmanship().isEmpty(), r.chairmanship().toString());
        // a chair being taken, told in a relative clause with its term, is one
        var taken = run("وتمنى الرئيس النجاح لجمهورية قيرغيزستان التي تتولى رئاسة منظمة شنغهاي للتعاون للفترة 2024-2025.");
        assertEquals(1, taken.chairmanship().size(), taken.chairmanship().toString());
    }

    @Test
    void aChairHandedOverFromOneStateToAnotherWithNoSubject() {
        var r = run("ثم اجتماع مجلس الجامعة على مستوى وزراء الخارجية العرب، والذي سيتم خلاله تسليم رئاسة القمة من تونس إلى الجزائر.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Tunisia", r.chairmanship().get(0).from());
        assertEquals("Algeria", r.chairmanship().get(0).to());
    }

    @Test
    void aCallAddressedToStatesProposesWhatFollowsIlaOrBi() {
        var r = run("ودعا الرئيس الإيراني إبراهيم رئيسي الدول الإسلامية إلى قطع علاقاتها السياسية والاقتصادية مع الكيان.");
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        assertTrue(r.proposals().get(0).what().startsWith("قطع علاقاتها"), r.proposals().toString());
        // an invitation to take part is no proposal, nor a call told in passing by a participle
        assertTrue(run("ودعا الرئيس الإيراني إبراهيم رئيسي الدول الإسلامية إلى المشاركة في القمة المقبلة.").proposals().isEmpty());
        assertTrue(run("وقال الرئيس الإيراني إبراهيم رئيسي إن الوضع خطير، داعيا الدول الإسلامية إلى بناء بيت مشترك.").proposals().isEmpty());
    }

    @Test
    void takingPartInACapacityOrAProcedureBegunIsNoMembershipChange() {
        assertTrue(run("وذلك في أول قمة للمجموعة تحضرها دولة الإمارات بصفتها عضواً كامل العضوية في مجموعة بريكس.").memberships().isEmpty());
        assertTrue(run("واعتمد القادة قرار بدء إجراءات قبول بيلاروسيا عضواً في منظمة شنغهاي للتعاون.").memberships().isEmpty());
        assertTrue(run("وتظاهر مئات الأشخاص مطالبين بانسحاب أرمينيا من منظمة معاهدة الأمن الجماعي.").memberships().isEmpty());
        // joining in a capacity is joining
        assertEquals(1, run("وأعلن الرئيس انضمام مصر إلى مجموعة بريكس بصفة عضو كامل العضوية.").memberships().size());
    }

    @Test
    void anOrgansNameInQuotesIsAMeetingNotQuotedSpeech() {
        var r = run("وفي وقت لاحق من اليوم ذاته، عقد اجتماع بصيغة \"شانغهاي+\" بمشاركة الأمين العام للأمم المتحدة.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("SCO Plus", r.meetings().get(0).body());
    }

    @Test
    void theSessionNumberedAfterTheOneReportedIsItsOrgansNextPlanned() {
        var r = run("اختتمت اليوم في المنامة أعمال القمة العربية الثالثة والثلاثين. كما وافق المجلس على عقد الدورة العادية الرابعة والثلاثين في بغداد عام 2025.");
        assertTrue(r.meetings().stream().anyMatch(m -> m.organisation().equals("LAS") && m.status().equals("planned") && m.date().equals("2025")),
                r.meetings().toString());
        // a session with no number following the reported one is not taken for the next
        var none = run("اختتمت اليوم في المنامة أعمال القمة العربية الثالثة والثلاثين. وكانت الدورة العادية الثلاثون قد عقدت عام 2021.");
        assertEquals(1, none.meetings().size(), none.meetings().toString());
    }
    @Test
    void unvocalisedTaslamWithARecipientIsAHandover() {
        var r = run("وأعلنت وكالة الأنباء أن إندونيسيا تسلم رئاسة رابطة دول جنوب شرق آسيا إلى لاوس في حفل الختام.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        var c = r.chairmanship().get(0);
        assertEquals("handed_over", c.phase());
        assertEquals("Indonesia", c.from());
        assertEquals("Laos", c.to());
        var taken = run("وتسلم الرئيس القرغيزي صدر جباروف رئاسة منظمة شنغهاي للتعاون من الهند.");
        assertEquals("begins", taken.chairmanship().get(0).phase(), taken.chairmanship().toString());
        assertEquals("India", taken.chairmanship().get(0).from());
    }

    @Test
    void aStatePassedOverIsNotTheChairsGiver() {
        var r = run("وقرر القادة أن تتولى الفلبين رئاسة رابطة دول جنوب شرق آسيا في عام 2026 بدلاً من ميانمار.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Philippines", r.chairmanship().get(0).to());
        assertEquals(null, r.chairmanship().get(0).from());
    }

    @Test
    void kanaQadWithALongSubjectBetweenIsBackground() {
        var r = run("وكانت قمة رابطة الدول المستقلة التي عقدت في أستانا في أكتوبر 2022 قد أقرت تولي قرغيزستان رئاسة الرابطة.");
        assertTrue(r.chairmanship().isEmpty(), r.chairmanship().toString());
    }
    @Test
    void aDayTheTextStatesBeatsTheDateLineForOneSession() {
        var r = onDate("08 سبتمبر 2023",
                "اختتمت قمة رابطة دول جنوب شرق آسيا أعمالها في جاكرتا.\n\n"
                + "وعقدت قمة رابطة دول جنوب شرق آسيا أمس الخميس جلستها الختامية بحضور القادة.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2023-09-07", r.meetings().get(0).date());
    }
    @Test
    void aListOfTitlesGoesOnAfterARelativeClauseAboutOne() {
        var r = run("ووقع القادة حزمة من الوثائق، أبرزها اتفاقية إنشاء مركز إقليمي للأمن الغذائي، التي اقترحتها كازاخستان العام الماضي، "
                + "وبيان بشأن التعاون في مجال المياه.");
        assertEquals(List.of("اتفاقية إنشاء مركز إقليمي للأمن الغذائي", "بيان بشأن التعاون في مجال المياه"), titles(r));
    }

    @Test
    void anAnnouncedAdoptionWithItsSubjectBetweenIsAdopted() {
        var r = run("وأعلن الرئيس الكازاخستاني قاسم جومارت توكاييف اعتماد خطة العمل المشتركة للفترة 2025-2027.");
        assertEquals(List.of("خطة العمل المشتركة للفترة 2025-2027"), titles(r));
        var call = run("ودعا الرئيس الكازاخستاني قاسم جومارت توكاييف إلى اعتماد خطة العمل المشتركة للفترة 2025-2027.");
        assertTrue(titles(call).isEmpty(), titles(call).toString());
    }

    @Test
    void whatAnAdoptedTitleIsCalledIsNotPartOfIt() {
        var r = run("ووصف رئيس الجمعية العامة اعتماد الميثاق الرقمي العالمي بأنه \"لحظة تاريخية\".");
        assertEquals(List.of("الميثاق الرقمي العالمي"), titles(r));
    }

    @Test
    void aTitleWithAPossessiveIsTakenAsTheTextWritesItWithTheArticle() {
        var r = run("وفي ختام أعمالها، أصدرت القمة بيانها الختامي. وأكد البيان الختامي أهمية الأمن الإقليمي.");
        assertEquals(List.of("البيان الختامي"), titles(r));
    }
    @Test
    void anOrganisationJoinsAnother() {
        var r = run("وأعلن رئيس الوزراء الهندي انضمام الاتحاد الأفريقي إلى مجموعة العشرين عضواً دائماً.");
        assertEquals(1, r.memberships().size(), r.memberships().toString());
        assertEquals("African Union", r.memberships().get(0).stateEn());
        assertEquals("G20", r.memberships().get(0).organisation());
        var made = run("وأصبح الاتحاد الأفريقي اليوم عضواً دائماً في مجموعة العشرين.");
        assertEquals("African Union", made.memberships().get(0).stateEn(), made.memberships().toString());
        var proposed = run("وقال رئيس الوزراء الهندي إن بلاده اقترحت منح الاتحاد الأفريقي العضوية الدائمة في مجموعة العشرين.");
        assertTrue(proposed.memberships().isEmpty(), proposed.memberships().toString());
    }
    @Test
    void anOrganAfterASessionWordAndItsOrdinalMeets() {
        var r = run("انطلقت اليوم في إسطنبول أعمال الدورة الحادية والخمسين لمجلس وزراء خارجية منظمة التعاون الإسلامي.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("OIC", r.meetings().get(0).organisation());
        assertEquals("2024-07-04", r.meetings().get(0).date());
    }

    @Test
    void aSessionAsAPointInTimeIsNoMeeting() {
        var r = run("ويمنح القرار فلسطين حقوقاً إضافية اعتباراً من الدورة التاسعة والسبعين للجمعية العامة في سبتمبر المقبل.");
        assertTrue(r.meetings().isEmpty(), r.meetings().toString());
    }
    @Test
    void documentsToBeIssuedTomorrowAreNotAdopted() {
        var r = run("ومن المقرر أن تختتم القمة أعمالها غداً بإصدار \"إعلان بانجول\" والبيان الختامي.");
        assertTrue(titles(r).isEmpty(), titles(r).toString());
    }

    @Test
    void aTitleEndsBeforeAPastVerbOfSayingAndASessionButNotBeforeConcerning() {
        var said = run("وصدر عن القمة قرار ختامي دعا إلى حشد الدعم الدولي.");
        assertEquals(List.of("قرار ختامي"), titles(said));
        var session = run("وأوضح المتحدث أن الوزراء اتخذوا القرار رقم 8914 خلال جلسة مغلقة.");
        assertEquals(List.of("القرار رقم 8914"), titles(session));
        var concerning = run("وصادق القادة على التوجهات الرئيسية للنشاط الدولي لعام 2025، وعلى بروتوكول تعديل المعاهدة فيما يتعلق بآلية التحقيقات.");
        assertEquals(List.of("التوجهات الرئيسية للنشاط الدولي لعام 2025", "بروتوكول تعديل المعاهدة فيما يتعلق بآلية التحقيقات"), titles(concerning));
        var demanding = run("واعتمدت الجمعية العامة قراراً يطالب بإنهاء الاحتلال خلال عام.");
        assertTrue(titles(demanding).get(0).startsWith("قراراً يطالب بإنهاء الاحتلال"), titles(demanding).toString());
    }
    @Test
    void aChairTakenInARelativeClauseBegins() {
        var r = run("وأعلن وزير الخارجية القرغيزي أولويات رئاسة بلاده لمنظمة شنغهاي للتعاون، التي تسلمتها قرغيزستان رسمياً في الأول من يوليو الجاري.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("begins", r.chairmanship().get(0).phase());
        assertEquals("Kyrgyzstan", r.chairmanship().get(0).to());
    }

    @Test
    void aChairThatPassesIsGivenOnlyByTheOneJustBeforeOrAfterMin() {
        var r = run("وشارك رئيس الوزراء الأرميني نيكول باشينيان في اجتماع المجلس الاقتصادي الأوراسي الأعلى، والذي أعلن في ختامه انتقال رئاسة هيئات الاتحاد الاقتصادي الأوراسي إلى أرمينيا.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Armenia", r.chairmanship().get(0).to());
        assertEquals(null, r.chairmanship().get(0).from());
        var announced = run("وأعلن الرئيس الكازاخستاني قاسم جومارت توكاييف انتقال رئاسة منظمة شنغهاي للتعاون إلى الصين.");
        assertEquals("Kazakhstan", announced.chairmanship().get(0).from(), announced.chairmanship().toString());
    }

    @Test
    void aTermSaidToEndAndHandedOverIsOneChange() {
        var r = run("وقال الرئيس القرغيزي صادر جباروف إن القمة تختتم عام الرئاسة القرغيزية لمنظمة معاهدة الأمن الجماعي. "
                + "وسلم جباروف رئاسة المنظمة إلى الرئيس الروسي فلاديمير بوتين.");
        assertEquals(1, r.chairmanship().size(), r.chairmanship().toString());
        assertEquals("Russia", r.chairmanship().get(0).to());
    }

    @Test
    void hadratSahibAlSumuwIsCourtesyBeforeTheGiver() {
        var r = run("وتسلم أمير الكويت رئاسة الدورة الحالية للمجلس الأعلى لمجلس التعاون لدول الخليج العربية من حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر.");
        assertEquals("Qatar", r.chairmanship().get(0).from(), r.chairmanship().toString());
    }

    @Test
    void titlesAfterAnInclusionWordFollowingAClauseAboutTheDocumentsCounted() {
        var r = run("وأعلن ليبيديف أن القادة وقعوا الوثائق الثماني التي عرضت عليهم، وفي مقدمتها \"إعلان التعاون الاقتصادي\"، "
                + "و\"نداء إلى شعوب دول الرابطة والمجتمع الدولي\".");
        assertEquals(List.of("إعلان التعاون الاقتصادي", "نداء إلى شعوب دول الرابطة والمجتمع الدولي"),
                r.adoptedDocuments().stream().map(d -> d.title()).toList());
        assertEquals("statement", r.adoptedDocuments().get(1).kind()); // an appeal
        assertEquals(8L, r.counts().get(0).number()); // a definite cardinal after what it counts
        assertEquals("documents", r.counts().get(0).what());
    }

    @Test
    void aDefiniteCardinalAfterAGroupTheReaderKnowsIsNoCount() {
        var r = run("والتقى الرئيس قادة الدول الخمس على هامش القمة.");
        assertTrue(r.counts().isEmpty(), r.counts().toString());
    }

    @Test
    void aTitleEndsBeforeWhenItHoldsFrom() {
        var r = run("ووقع القادة كذلك قراراً بتولي أوزبكستان رئاسة الرابطة اعتباراً من الأول من يناير 2020.");
        assertEquals("قراراً بتولي أوزبكستان رئاسة الرابطة", r.adoptedDocuments().get(0).title());
    }

    @Test
    void membershipExpectedOrAspiredToOrOfADocumentIsNoChange() {
        assertTrue(run("وينتظر أن توقع على هامش الاجتماع مذكرات منح صفة شريك الحوار لكل من الكويت والإمارات في منظمة شنغهاي للتعاون.")
                .memberships().isEmpty());
        assertTrue(run("وأعرب السفير عن تطلع الكويت إلى العضوية الكاملة في منظمة شنغهاي للتعاون.").memberships().isEmpty());
        assertTrue(run("وأفرد إعلان مجموعة العشرين فقرة للولايات المتحدة التي أكدت قرارها الانسحاب منه.").memberships().isEmpty());
    }

    @Test
    void aMeetingToBeChairedOrHostedLaterIsPlannedOnItsOwnDay() {
        var r = onDate("الأربعاء 03 أيار 2023",
                "أعلنت وزارة الخارجية الهندية، في بيان اليوم، أن وزير الخارجية سيترأس اجتماع مجلس وزراء خارجية الدول الأعضاء "
                + "في منظمة شنغهاي للتعاون، الذي تستضيفه ولاية غوا يوم الجمعة 5 أيار/مايو الجاري.");
        assertEquals(1, r.meetings().size(), r.meetings().toString());
        assertEquals("2023-05-05", r.meetings().get(0).date());
        assertEquals("planned", r.meetings().get(0).status());
    }

    @Test
    void aFinalCommuniqueNamedAsWhereSomethingWasSaidWasIssued() {
        var r = run("وأدان المجلس الأعلى، في البيان الختامي الذي تلاه الأمين العام، العدوان على قطاع غزة.");
        assertEquals(List.of("البيان الختامي"), r.adoptedDocuments().stream().map(d -> d.title()).toList());
        assertTrue(run("وسيدين المجلس الأعلى في البيان الختامي المرتقب العدوان على قطاع غزة.").adoptedDocuments().isEmpty());
    }

    @Test
    void anAsideBeforeTheFirstTitleHoldsAnyClause() {
        var r = run("وتبنى قادة الدول الكبرى، في ختام قمتهم التي استمرت يومين برئاسة رئيس الوزراء الياباني، \"إعلان أوساكا لقادة مجموعة العشرين\".");
        assertEquals(List.of("إعلان أوساكا لقادة مجموعة العشرين"), r.adoptedDocuments().stream().map(d -> d.title()).toList());
    }
}
