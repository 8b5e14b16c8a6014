package org.qimma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qimma.Pipeline;
import org.qimma.read.ArticleLayout;
import org.qimma.record.ArticleRecord;

/** Who speaks: documents, institutions, relative clauses and pronouns. One rule per test. */
class SpeakerRulesTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static ArticleRecord run(String date, String body) {
        return PIPELINE.process(ArticleLayout.ofPlainText("t.txt", "عنوان\n" + date + "\n" + body));
    }

    private static ArticleRecord run(String body) {
        return run("04 يوليو 2023", body);
    }

    @Test
    void aRelativeClauseSpeaksForTheDocumentBeforeIt() {
        var r = run("وقال توكاييف إن التعاون مهم. واعتمد القادة «إعلان أستانا» الذي شدد على أهمية الأمن الإقليمي.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Astana Declaration", r.statements().get(1).speakerEn());
        assertEquals("أهمية الأمن الإقليمي", r.statements().get(1).quoteOrGist());
    }

    @Test
    void aRelativeClauseWithAnUnknownAntecedentIsNotTheLastSpeaker() {
        var r = run("وقال توكاييف إن التعاون مهم. ونشرت اللجنة تقريرها الذي أكد أن الأمن أولوية.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void theFinalCommuniqueSpeaks() {
        var r = run("وأكد البيان الختامي للقمة أن أمن المنطقة كل لا يتجزأ.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(0).speakerEn().startsWith("final communiqué"), r.statements().get(0).speakerEn());
    }

    @Test
    void anIndefiniteDocumentJustBeforeTheVerbSpeaks() {
        var r = run("وصدر عن القمة قرار ختامي دعا إلى حشد الدعم الدولي.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(0).speakerEn().startsWith("final resolution"), r.statements().get(0).speakerEn());
        assertEquals("حشد الدعم الدولي", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aMinistryWithItsStateSpeaks() {
        var r = run("وقالت وزارة الخارجية الروسية في بيان إن الاجتماع كان ناجحا.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Russia Ministry of Foreign Affairs", r.statements().get(0).speakerEn());
        assertTrue(r.statements().get(0).quoteOrGist().endsWith("الاجتماع كان ناجحا"));
    }

    @Test
    void aDelegationOfAStateSpeaks() {
        var r = run("وأكد وفد باكستان في كلمته أن الأمن أولوية.");
        assertEquals("Pakistan delegation", r.statements().get(0).speakerEn());
    }

    @Test
    void describingGivesTheThingDescribedAndWhatItIsCalled() {
        var r = run("ووصف الرئيس الكازاخستاني القمة بأنها \"تاريخية\".");
        assertEquals("القمة بأنها \"تاريخية\"", r.statements().get(0).quoteOrGist());
    }

    @Test
    void kanaQadWithASubjectWeCannotNameIsNotTheLastSpeaker() {
        var r = run("وقال توكاييف إن التعاون مهم. وكانت المتحدثة باسم الوزارة قد وصفت الاجتماع بأنه ناجح.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void kanaQadGivesTheSubjectBetween() {
        var r = run("وكان الرئيس الكازاخستاني قد أكد أن الأمن أولوية.");
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(0).speakerEn());
    }

    @Test
    void anHonorificPronounIsTheLastSpeakerNotThePersonAfterIt() {
        var r = run("وقال الرئيس الكازاخستاني إن القمة ناجحة. وشكر فخامته رئيس قرغيزستان على جهوده.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(1).speakerEn());
    }

    @Test
    void aBodyCalledOnInAJoinedClauseIsNotTheSpeaker() {
        var r = run("وأكد البيان الختامي للقمة رفض التهجير، ودعا مجلس الأمن الدولي إلى نشر قوات دولية.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals(r.statements().get(0).speakerEn(), r.statements().get(1).speakerEn());
    }

    @Test
    void aParticipleAfterAVerbWhoseSpeakerIsUnknownIsNoOnesStatement() {
        var r = run("وقال توكاييف إن التعاون مهم. وقال المتحدث باسم الوزارة إن القمة ناجحة، مشيرا إلى أن الأمن أولوية.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void raaFollowedByAnnaSpeaksForTheLastSpeaker() {
        var r = run("وقال توكاييف إن التعاون مهم، ورأى أن الأمن أولوية.");
        assertEquals(2, r.statements().size(), r.statements().toString());
    }

    @Test
    void yudhkaruAnnaIsTheWritersBackground() {
        var r = run("وقال توكاييف إن التعاون مهم. يذكر أن المنظمة تأسست عام 2001.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void aVerbRightAfterANounDescribesThatNoun() {
        var r = run("وقال توكاييف إن التعاون مهم. واستخدمت الدولة حق النقض ضد مشاريع قرارات تطالب بوقف إطلاق النار.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }
    @Test
    void anOfficialsTitleBeforeANameMakesThatNameTheSpeaker() {
        var r = run("25 مارس 2024", "وقال المندوب الجزائري عمار بن جامع إن القرار خطوة أولى.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Amar Bendjama", r.statements().get(0).speakerEn());
    }

    @Test
    void aDeputysTitleNamesTheDeputyNotTheMinister() {
        var r = run("22 سبتمبر 2024", "وقال نائب وزير الخارجية الروسي سيرغي فيرشينين إن النص غير متوازن.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Sergey Vershinin", r.statements().get(0).speakerEn());
    }

    @Test
    void aTitleEndsAtABreakWordAndTheNameAfterItDoesNotSpeak() {
        var r = run("22 سبتمبر 2024", "وأكد مستشار الوزارة خلال لقائه نظيره الصيني وانغ يي أن التعاون مهم.");
        assertTrue(r.statements().stream().noneMatch(s -> "Wang Yi".equals(s.speakerEn())), r.statements().toString());
    }

    @Test
    void aTitledNameAfterAComplementizerSpeaksTheInnerVerb() {
        var r = run("28 أبريل 2025", "وقال المتحدث باسم الوزارة تميم خلاف إن الوزير بدر عبد العاطي شدد على أن الإصلاح ضروري.");
        assertTrue(r.statements().stream().anyMatch(s -> s.speakerEn().equals("Badr Abdelatty")
                && s.quoteOrGist().endsWith("الإصلاح ضروري")), r.statements().toString());
    }

    @Test
    void aDefiniteTitleAfterATitleIsAnotherPersonTheObject() {
        var r = run("17 فبراير 2024", "تسلم رئيس الجمهورية محمد ولد الشيخ الغزواني الرئاسة. "
                + "وشكر رئيس الجمهورية الرئيس غزالي عثماني على ما بذله من جهود.");
        assertTrue(r.statements().stream().noneMatch(s -> "Azali Assoumani".equals(s.speakerEn())), r.statements().toString());
    }
    @Test
    void aParticipleOfSayingEndsTheContentEvenWithoutAComma() {
        var r = run("وقال توكاييف إن المجلس استعرض جدول أعمال القمة مشيراً إلى أن الوزراء اتفقوا على التوصيات.");
        assertEquals("المجلس استعرض جدول أعمال القمة", r.statements().get(0).quoteOrGist().replaceFirst("^إن ", ""));
    }

    @Test
    void illaAnEndsTheContentAfterAComma() {
        var r = run("25 مارس 2024", "واقترح المندوب الروسي الدائم فاسيلي نيبينزيا تعديلا على النص، إلا أن التعديل لم يحصل على الأصوات اللازمة.");
        assertTrue(r.statements().get(0).quoteOrGist().endsWith("تعديلا على النص"), r.statements().toString());
    }

    @Test
    void qablaAnEndsTheContentAfterAComma() {
        var r = run("10 مايو 2024", "ووصف المندوب الإسرائيلي جلعاد إردان القرار بأنه \"مكافأة للإرهاب\"، قبل أن يمزق نسخة من الميثاق.");
        assertTrue(r.statements().get(0).quoteOrGist().endsWith("\"مكافأة للإرهاب\""), r.statements().toString());
    }

    @Test
    void anHonorificPronounStandsForThePermanentRepresentativeNamedBefore() {
        var r = run("وأكدت سعادة الشيخة علياء أحمد بن سيف آل ثاني، المندوبة الدائمة لدولة قطر لدى الأمم المتحدة، أن القرار مهم. ودعت سعادتها إلى تمكين دولة فلسطين من العضوية الكاملة.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Alya Ahmed bin Saif Al-Thani", r.statements().get(1).speakerEn());
    }

    @Test
    void aMinistrysNameWithFiAlKharijInsideTheTitle() {
        var r = run("01 مارس 2023", "أعلن وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج محمد سالم ولد مرزوك أن العاصمة نواكشوط ستحتضن الدورة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Mohamed Salem Ould Merzoug", r.statements().get(0).speakerEn());
    }

    @Test
    void theVerbInASpeechSpeaksForTheOneWhoGaveIt() {
        var r = run("16 مارس 2023", "وألقى فخامة رئيس الجمهورية محمد ولد الشيخ الغزواني كلمة في الجلسة الافتتاحية، أكد فيها أن التطرف لا يمت إلى الإسلام بصلة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Mohamed Ould Ghazouani", r.statements().get(0).speakerEn());
    }

    @Test
    void aNameBetweenCommasAfterATitleIsTheSpeaker() {
        var r = run("20 أكتوبر 2022", "وصرح وزير الشؤون الخارجية والجالية الوطنية بالخارج، رمطان لعمامرة، بأن \"الجزائر سخرت كل الإمكانيات لإنجاح القمة\".");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Ramtane Lamamra", r.statements().get(0).speakerEn());
        assertEquals("الجزائر سخرت كل الإمكانيات لإنجاح القمة", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aCallPastATimeAdjunctAndUpToBut() {
        var r = run("16 يونيو 2009", "ودعا الرئيس الروسي ديمتري ميدفيديف قبيل انعقاد القمة إلى بحث إنشاء عملة احتياط عالمية جديدة إلا أن البيان لم يتطرق إليها.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("بحث إنشاء عملة احتياط عالمية جديدة", r.statements().get(0).quoteOrGist());
    }

    @Test
    void theHeadOfADelegationIsNoPresident() {
        var r = run("27 يونيو 2025", "وحضر الرئيس الروسي فلاديمير بوتين الاجتماع. وأكد رئيس الوفد الكوبي، في كلمته، أن \"كوبا ترى في الاتحاد شريكاً\".");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Cuba head of the delegation", r.statements().get(0).speakerEn());
        // the head of state who chairs the organisation is still the president
        var chair = run("وقال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الأمن أولوية. وجدد رئيس المنظمة الدعوة إلى الحوار.");
        assertEquals("Kassym-Jomart Tokayev", chair.statements().get(chair.statements().size() - 1).speakerEn(), chair.statements().toString());
    }

    @Test
    void aRelayedSayingIsTheQuotedOnes() {
        var r = run("27 يونيو 2025", "ونقلت وكالة \"بيلتا\" البيلاروسية عن الرئيس لوكاشينكو، الذي تتولى بلاده رئاسة هيئات الاتحاد، قوله إن \"التكامل أثبت قدرته على الصمود\".");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Alexander Lukashenko", r.statements().get(0).speakerEn());
        assertEquals("التكامل أثبت قدرته على الصمود", r.statements().get(0).quoteOrGist());
        // a relayed unnamed source is nobody's statement
        assertTrue(run("ونقلت الوكالة عن مصادر مطلعة قولها إن القمة ستعقد في موعدها.").statements().isEmpty());
    }

    @Test
    void moreVerbsOfSayingAndSpeakingMovements() {
        var r = run("12 يونيو 2024", "وزعمت الخارجية الإسرائيلية أن الجزائر تقف وراء الحادث. ورحبت حركة حماس في بيان بالقرار.");
        assertEquals(java.util.List.of("Israel Ministry of Foreign Affairs", "Hamas"), r.statements().stream().map(x -> x.speakerEn()).toList(),
                r.statements().toString());
    }

    @Test
    void aCircumstantialParticipleAfterACommaEndsWhatWasSaid() {
        var r = run("22 نوفمبر 2025", "بعدما أعلن الرئيس الأمريكي دونالد ترامب أن أي مسؤول أمريكي لن يشارك فيها، متذرعا بما وصفه بانتهاكات.");
        assertEquals("أن أي مسؤول أمريكي لن يشارك فيها", r.statements().get(0).quoteOrGist(), r.statements().toString());
        // a participle of saying there is a statement of its own
        var t = run("وأعرب الرئيس الكازاخستاني قاسم جومارت توكاييف عن امتنانه للقادة، مهنئاً الرئيس صادر جاباروف على تولي قيرغيزستان الرئاسة.");
        assertEquals(java.util.List.of("thanked", "congratulated"), t.statements().stream().map(x -> x.kind()).toList(), t.statements().toString());
    }

    @Test
    void aCapitalSpeaksForItsState() {
        var r = run("10 نوفمبر 2023", "وأكدت طهران أن الرئيس سيشارك في القمة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Iran", r.statements().get(0).speakerEn());
        // a city that is no capital does not speak
        assertTrue(run("10 نوفمبر 2023", "وأكدت جدة أن الرئيس سيشارك في القمة.").statements().isEmpty());
    }

    @Test
    void aFrontedSpeakerOfAPrefixedVerb() {
        var r = run("وقال الرئيس الصيني شي جين بينغ إن التعاون مهم. أما الرئيس الروسي فلاديمير بوتين فشكر قادة الدول الأعضاء على دعمهم. "
                + "وعاد الرئيس الصيني في ختام كلمته ليؤكد أن المنظمة قوية.");
        assertEquals(java.util.List.of("Xi Jinping", "Vladimir Putin", "Xi Jinping"), r.statements().stream().map(x -> x.speakerEn()).toList(),
                r.statements().toString());
        assertEquals("قادة الدول الأعضاء على دعمهم", r.statements().get(1).quoteOrGist());
        // the ل of purpose without عاد before it is no one's saying
        assertEquals(1, run("وقال الرئيس الصيني شي جين بينغ إن التعاون مهم. وجاء ذلك ليؤكد أن المنظمة قوية.").statements().size());
    }

    @Test
    void writingAppealingAndAnInvocationBetweenDashes() {
        var r = run("07 يوليو 2025", "وكتب الرئيس الأميركي دونالد ترامب على منصته \"تروث سوشيال\": \"أي دولة تنحاز إلى هذه السياسات ستخضع لرسوم إضافية\".");
        assertEquals("Donald Trump", r.statements().get(0).speakerEn(), r.statements().toString());
        var s = run("02 نوفمبر 2022", "وناشد الرئيس الفلسطيني محمود عباس القادة العرب «الإسراع لنجدة القدس».");
        assertEquals("called_for", s.statements().get(0).kind(), s.statements().toString());
        var t = run("15 أبريل 2018", "وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن القمة مهمة. وأكد - رعاه الله - أن القضية الفلسطينية قضيتنا الأولى.");
        assertEquals("أن القضية الفلسطينية قضيتنا الأولى", t.statements().get(1).quoteOrGist(), t.statements().toString());
        // a byline is no statement
        assertTrue(run("كتب: محرر الشؤون الخليجية").statements().isEmpty());
    }

    @Test
    void aSecondVerbOfTheSameSpeakerBeforeAColonAndAQuote() {
        var r = run("24 أغسطس 2023", "ورحب الرئيس عبد الفتاح السيسي بالقرار، وكتب عبر حساباته الرسمية: «نعتز بدعوة مصر للانضمام».");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Abdel Fattah el-Sisi", r.statements().get(1).speakerEn());
        assertEquals("نعتز بدعوة مصر للانضمام", r.statements().get(1).quoteOrGist());
    }

    @Test
    void anOpenerWithNoOneNamedAfterItGoesOnWithTheLastSpeaker() {
        var r = run("وقال الرئيس الصيني شي جين بينغ إن التعاون مهم، ثم عاد ليشدد في ختام الجلسة على أهمية الطاقة المتجددة.");
        assertEquals(java.util.List.of("Xi Jinping", "Xi Jinping"), r.statements().stream().map(x -> x.speakerEn()).toList(), r.statements().toString());
        var c = run("وقال الرئيس الجنوب أفريقي سيريل رامافوزا إن الديون ثقيلة، وعاد ليدعو في مداخلة لاحقة إلى «تمديد تجميد خدمة الديون».");
        assertEquals("«تمديد تجميد خدمة الديون»", c.statements().get(1).quoteOrGist(), c.statements().toString());
    }

    @Test
    void aBareInstitutionIsTheOneNamedWithItsStateBefore() {
        var r = run("27 يونيو 2025", "وأكد رئيس الوفد الكوبي أن \"كوبا ترى في الاتحاد شريكاً\". وشكر رئيس الوفد الدول الأعضاء على تضامنها.");
        assertEquals(java.util.List.of("Cuba head of the delegation", "Cuba head of the delegation"),
                r.statements().stream().map(x -> x.speakerEn()).toList(), r.statements().toString());
    }
    @Test
    void aDeclarationNamedInQuotationMarksSpeaks() {
        var r = run("وأدان \"إعلان سمرقند\" بشدة الهجمات على المدنيين.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Samarkand Declaration", r.statements().get(0).speakerEn());
    }

    @Test
    void theDeclarationOfASummitNamedByItsPlaceSpeaks() {
        var r = run("وقال توكاييف إن التعاون مهم. وأكد إعلان قمة بيشكيك التزام الدول الأعضاء بتعزيز التجارة.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Bishkek Summit Declaration", r.statements().get(1).speakerEn());
        assertEquals("التزام الدول الأعضاء بتعزيز التجارة", r.statements().get(1).quoteOrGist());
    }

    @Test
    void kamaGoesOnWithTheSubjectAndThePersonAfterACongratulationIsItsObject() {
        var r = run("وهنأ الرئيس الروسي فلاديمير بوتين نظيره الصيني بالعيد الوطني، كما هنأ الرئيس توكاييف بنجاح الانتخابات.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Vladimir Putin", r.statements().get(1).speakerEn());
        assertTrue(r.statements().get(1).quoteOrGist().startsWith("الرئيس توكاييف"), r.statements().toString());
    }

    @Test
    void aClaimIsAStatementOfItsOwn() {
        var r = run("وقالت وزارة الخارجية الأمريكية إن الاتفاق \"لا يكفي\"، مدعية أن الطرفين \"لم يلتزما بالتعهدات\".");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("US Department of State", r.statements().get(0).speakerEn());
        assertEquals("US Department of State", r.statements().get(1).speakerEn());
    }
    @Test
    void ayatollahIsACourtesyTitleBeforeTheName() {
        var r = run("وأكد آية الله إبراهيم رئيسي في كلمته أمام القمة أن العالم يتجه نحو التعددية.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Ebrahim Raisi", r.statements().get(0).speakerEn());
    }
    @Test
    void aChineseNameAloneIsItsFamilyNameTheFirstWord() {
        var r = run("وقال وزير الخارجية الصيني وانغ يي إن التعاون مهم. وأوضح وانغ أن الجنوب العالمي لم يعد صامتاً.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Wang Yi", r.statements().get(1).speakerEn());
    }
    @Test
    void aDeclarationWarnsAndTakesItsCitysName() {
        var r = run("واعتمد القادة «إعلان الجزائر» الذي حذر من «تصاعد التدخلات الخارجية».");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Algiers Declaration", r.statements().get(0).speakerEn());
        var kuwait = run("واعتمد القادة «إعلان الكويت» الذي حذر من «تصاعد التوتر في المنطقة».");
        assertEquals("Kuwait Declaration", kuwait.statements().get(0).speakerEn(), kuwait.statements().toString());
    }

    @Test
    void aRelativeClauseWithFihiHasItsOwnSubject() {
        var r = run("واختتمت القمة أعمالها بإصدار «إعلان الرياض»، الذي أكد فيه القادة العرب مركزية القضية الفلسطينية.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("مركزية القضية الفلسطينية", r.statements().get(0).quoteOrGist());
        assertTrue(r.statements().get(0).speakerEn().toLowerCase().contains("leaders"), r.statements().toString());
    }

    @Test
    void idhOpensANewClause() {
        var r = run("ورحب الإعلان الختامي بالمبادرة الصينية، إذ اقتصر التأييد على بقية الدول الأعضاء.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("بالمبادرة الصينية", r.statements().get(0).quoteOrGist());
    }
    @Test
    void afterHaythTheLeadersCalledOnAreNotTheSpeaker() {
        var r = run("وحضر الجلسة الرئيس الأوكراني فولوديمير زيلينسكي، حيث دعا القادة العرب إلى دعم خطة السلام.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(0).speakerEn().startsWith("Volodymyr Zelensky"), r.statements().toString());
    }
    @Test
    void whatWasSaidEndsBeforeAClauseBesideIt() {
        var proviso = run("وأعلن رئيس الوزراء الهندي ناريندرا مودي تسليم رئاسة المنظمة إلى كازاخستان، على أن تستضيف أستانا القمة المقبلة.");
        assertEquals("تسليم رئاسة المنظمة إلى كازاخستان", proviso.statements().get(0).quoteOrGist());
        var contrast = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الاجتماع كان مثمراً، في حين رأى آخرون غير ذلك.");
        assertTrue(contrast.statements().get(0).quoteOrGist().endsWith("الاجتماع كان مثمراً"), contrast.statements().toString());
        var fronted = run("وطالب الرئيس الجنوب أفريقي سيريل رامافوزا بتمديد تجميد الديون، وعاد ليدعو إلى إصلاح البنك الدولي.");
        assertEquals("تمديد تجميد الديون", fronted.statements().get(0).quoteOrGist());
        var participle = run("وقال الرئيس البرازيلي لولا دا سيلفا إن الدول النامية تدفع الثمن مجدداً المطالبة بتمثيل أكبر.");
        assertTrue(participle.statements().get(0).quoteOrGist().endsWith("الدول النامية تدفع الثمن"), participle.statements().toString());
    }

    @Test
    void aTrailingRelativeClauseEndsWhatWasSaidButAnAsideDoesNot() {
        var trailing = run("وأعلن الرئيس الصيني شي جين بينغ انتقال الرئاسة إلى قرغيزستان، التي ستستضيف الاجتماع المقبل.");
        assertEquals("انتقال الرئاسة إلى قرغيزستان", trailing.statements().get(0).quoteOrGist());
        var aside = run("وقال الرئيس البرازيلي لولا دا سيلفا إن بلاده، التي تتولى الرئاسة العام المقبل، ستجعل مكافحة الجوع أولوية.");
        assertTrue(aside.statements().get(0).quoteOrGist().endsWith("ستجعل مكافحة الجوع أولوية"), aside.statements().toString());
        var complement = run("وشدد الوفد الهندي، برئاسة وزير الخارجية، على أن التعاون يجب أن يقوم على الاحترام المتبادل.");
        assertTrue(complement.statements().get(0).quoteOrGist().contains("التعاون يجب أن يقوم"), complement.statements().toString());
    }

    @Test
    void aVerbJoinedToTheLastStatementGoesOnWithItsSpeaker() {
        var called = run("واختتمت القمة أعمالها بإصدار \"إعلان بغداد\" الذي أكد رفض التهجير، ودعا المجتمع الدولي إلى تحمل مسؤولياته.");
        assertEquals(2, called.statements().size(), called.statements().toString());
        assertEquals("Baghdad Declaration", called.statements().get(1).speakerEn());
        assertEquals("called_for", called.statements().get(1).kind());
        var noun = run("ورحب إعلان بغداد بالمبادرة العراقية، وأكد أهمية الاستخدام الأوسع للعملات الوطنية.");
        assertEquals(2, noun.statements().size(), noun.statements().toString());
        assertEquals("أهمية الاستخدام الأوسع للعملات الوطنية", noun.statements().get(1).quoteOrGist());
        var pledge = run("ورحب إعلان بغداد بالمبادرة العراقية، وتعهد بالعمل على إنهاء الحرب.");
        assertEquals(2, pledge.statements().size(), pledge.statements().toString());
        // not joined by a comma and و: no speaker to go on with
        var apart = run("ورحب إعلان بغداد بالمبادرة العراقية. ودعا المجتمع الدولي إلى تحمل مسؤولياته.");
        assertEquals(1, apart.statements().size(), apart.statements().toString());
    }

    @Test
    void aDeclarationNamedByThePlaceAfterFiSpeaks() {
        var r = run("واعتمد القادة إعلان قادة مجموعة العشرين في ريو دي جانيرو، الذي دعا إلى وقف شامل لإطلاق النار في غزة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Rio de Janeiro Declaration", r.statements().get(0).speakerEn());
    }

    @Test
    void anAsideBetweenCommasComesBeforeWhatWasSaid() {
        var r = run("وأدان وزير الخارجية الروسي سيرغي لافروف، في المؤتمر الصحفي الذي عقده في ختام الأعمال، العدوان على قطاع غزة.");
        assertEquals("العدوان على قطاع غزة", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aSpeechOpenedWithAVerbalNounOfSaying() {
        var r = run("واستهل وزير الخارجية الروسي سيرغي لافروف كلمته الافتتاحية بالتحذير من أن \"الإرهاب يهدد الجميع\".");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("الإرهاب يهدد الجميع", r.statements().get(0).quoteOrGist());
        assertTrue(r.statements().get(0).speakerEn().startsWith("Sergey Lavrov"), r.statements().toString());
        var stressed = run("واستهل الرئيس الروسي فلاديمير بوتين مؤتمره الصحفي بالتأكيد على أن القادة وجدوا أرضية مشتركة.");
        assertEquals("stressed", stressed.statements().get(0).kind());
        // opening a meeting is no statement
        assertTrue(run("وافتتح الرئيس الروسي فلاديمير بوتين القمة في قصر الكرملين.").statements().isEmpty());
    }

    @Test
    void theOnesCalledOnBeforeTheActionAreNotTheSpeaker() {
        var r = run("وحذر الرئيس الروسي فلاديمير بوتين من عودة الانقلابات، وناشد الدول الأعضاء التحلي بإرادة سياسية حقيقية.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(1).speakerEn().startsWith("Vladimir Putin"), r.statements().toString());
    }

    @Test
    void whenHeSaidGoesOnWithTheSubjectOfTheSentence() {
        var r = run("ولمح وزير الخارجية الروسي سيرغي لافروف إلى ملف العقوبات حين قال إن الإجراءات الأحادية تضر بالجميع.");
        assertTrue(r.statements().stream().anyMatch(s -> s.quoteOrGist().endsWith("الإجراءات الأحادية تضر بالجميع")
                && s.speakerEn().startsWith("Sergey Lavrov")), r.statements().toString());
    }

    @Test
    void aTwoLetterVerbOfSayingAfterWaw() {
        var r = run("وحثّ وزير الخارجية الروسي سيرغي لافروف الدول العربية على دعم صيغة السلام.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("called_for", r.statements().get(0).kind());
    }

    @Test
    void aTopicVerbSpeaksInASentenceThatNamesASpeech() {
        var r = run("واستعرض الرئيس الكازاخستاني، في كلمته، جهود المنظمة في مكافحة الإرهاب، كما تطرق إلى التعاون الاقتصادي، ثم تطرق إلى الأمن الغذائي.");
        assertEquals(3, r.statements().size(), r.statements().toString());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(0).speakerEn());
        assertEquals("جهود المنظمة في مكافحة الإرهاب", r.statements().get(0).quoteOrGist());
        assertEquals("التعاون الاقتصادي", r.statements().get(1).quoteOrGist());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(2).speakerEn());
        assertEquals("الأمن الغذائي", r.statements().get(2).quoteOrGist());
    }

    @Test
    void aTopicVerbWithoutASpeechNamesNoStatement() {
        var r = run("واستعرض الرئيس الكازاخستاني مع نظيره العلاقات الثنائية. وتطرق الوزير الروسي إلى التبادل التجاري.");
        assertEquals(0, r.statements().size(), r.statements().toString());
    }

    @Test
    void aParticipleAfterATopicVerbThatSaysNothingStillSpeaks() {
        var r = run("وقال توكاييف إن التعاون مهم.\nوأوضح أن المجلس استعرض مشروع جدول الأعمال مشيراً إلى أن الوزراء اتفقوا على التوصيات.");
        assertEquals(3, r.statements().size(), r.statements().toString());
        assertEquals("أن الوزراء اتفقوا على التوصيات", r.statements().get(2).quoteOrGist());
    }

    @Test
    void theSpeakersAgeInParenthesesIsNotWhatWasSaid() {
        var r = run("وقال توكاييف (70 عاما) إن التعاون مهم.");
        assertEquals("إن التعاون مهم", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aMaghrebCommuniqueOfAMinistrySpeaksForTheMinistry() {
        var r = run("وذكر بلاغ لوزارة الخارجية الروسية أن الوفد أجرى مباحثات مع عدد من الوفود.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Russia Ministry of Foreign Affairs", r.statements().get(0).speakerEn());
    }

    @Test
    void aVerbalNounRightAfterTheVerbIsItsObjectNotAnAdjunctBeforeAPreposition() {
        var r = run("وأكد توكاييف دعم بلاده للمنظمة، وجدد التضامن مع الشعب الفلسطيني، إلى جانب دعم القضايا العادلة.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("التضامن مع الشعب الفلسطيني", r.statements().get(1).quoteOrGist());
    }

    @Test
    void theWritersGlossAfterACommaIsNotWhatWasSaid() {
        var r = run("ودعا توكاييف إلى تجفيف قنوات تمويل الإرهاب، في إشارة فهمت على أنها موجهة إلى جهة بعينها.");
        assertEquals("تجفيف قنوات تمويل الإرهاب", r.statements().get(0).quoteOrGist());
    }

    @Test
    void anAsideOfWhomTheReportIsAfterIsSkipped() {
        var r = run("وقال الرئيس الصيني، بحسب ما نقلت عنه وكالة شينخوا، إن البلدين يكسبان من التعاون.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("إن البلدين يكسبان من التعاون", r.statements().get(0).quoteOrGist());
    }

    @Test
    void theFinalDeclarationIsNotNamedByAPlaceInWhatItSays() {
        var r = run("وأكد الإعلان الختامي أن القادة سيلتقون مجددا في الرياض عام 2020.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(0).speakerEn().startsWith("final declaration"), r.statements().get(0).speakerEn());
        assertEquals("أن القادة سيلتقون مجددا في الرياض عام 2020", r.statements().get(0).quoteOrGist());
    }

    @Test
    void theMeansAfterACommaIsNotWhatWasSaid() {
        var r = run("ونوه توكاييف بإطلاق مسار أستانا، من خلال إعلان وقعه القادة.");
        assertEquals("بإطلاق مسار أستانا", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aParticipleDescribesTheSpeakerOfItsSentencesVerbNotTheFirstPersonNamed() {
        var r = run("التقى الرئيس بوتين الرئيس توكاييف، وقال توكاييف إن العلاقات متينة، مؤكداً أن التعاون يتعزز.");
        var s = r.statements().get(r.statements().size() - 1);
        assertEquals("أن التعاون يتعزز", s.quoteOrGist());
        assertEquals("Kassym-Jomart Tokayev", s.speakerEn());
    }

    @Test
    void aParticipleDescribesTheMainVerbsSpeakerNotOneQuotedWithinIt() {
        var r = run("وأوضح توكاييف أن روسيا تقترح إنشاء مركز إقليمي، مشيراً إلى أن الأمن أولوية.");
        var s = r.statements().get(r.statements().size() - 1);
        assertEquals("أن الأمن أولوية", s.quoteOrGist());
        assertEquals("Kassym-Jomart Tokayev", s.speakerEn());
    }

    @Test
    void aNameInAppositionAfterTheOpenerIsTheFrontedSubject() {
        var r = run("وقال توكاييف إن التعاون مهم. أما مندوب روسيا، العضو الدائم في المجلس، فاسيلي نيبينزيا، فقال إن القرار متوازن.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Vassily Nebenzia", r.statements().get(1).speakerEn());
    }

    @Test
    void aStateThankedInAJoinedClauseIsTheObjectNotTheSpeaker() {
        var r = run("وقال الرئيس توكاييف في كلمته إن بلاده مستعدة للتعاون، وشكر المملكة العربية السعودية على ما قدمته خلال رئاستها.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(1).speakerEn());
        assertEquals("thanked", r.statements().get(1).kind());
        assertTrue(r.statements().get(1).quoteOrGist().startsWith("المملكة العربية السعودية على"), r.statements().get(1).quoteOrGist());
    }

    @Test
    void theOneCongratulatedAfterAJoinedVerbLeavesTheSentencesSubjectSpeaking() {
        var r = run("كما استقبل الرئيس بوتين رؤساء الوفود، وهنأ قطر بنجاح تنظيم البطولة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Vladimir Putin", r.statements().get(0).speakerEn());
        assertEquals("قطر بنجاح تنظيم البطولة", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aStatementNamedByItsPlaceSpeaksAndIsWhatTheStatementPointsBackTo() {
        var r = run("واختتمت القمة باعتماد «بيان خانكندي». وشدد البيان على أهمية الطاقة النظيفة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Khankendi Statement", r.statements().get(0).speakerEn());
    }

    @Test
    void theFinalDeclarationIsTheDeclarationNamedBefore() {
        var r = run("ووقع القادة على «إعلان أستانا». وأكد الإعلان الختامي دعم الدول الأعضاء للحوار.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Astana Declaration", r.statements().get(0).speakerEn());
    }

    @Test
    void theStatementOfTheChairSpeaks() {
        var r = run("وأكد البيان الصادر عن رئاسة القمة أن الحوار هو السبيل الوحيد.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(0).speakerEn().startsWith("Chairman's Statement"), r.statements().get(0).speakerEn());
    }

    @Test
    void aTrailingRelativeClauseEndsWhatWasSaidEvenWhenAJoinedClauseFollowsIt() {
        var r = run("وأعلن الرئيس توكاييف أولويات رئاسة بلاده للمنظمة، التي تسلمتها كازاخستان في يوليو، وذلك للمرة الثانية.");
        assertEquals("أولويات رئاسة بلاده للمنظمة", r.statements().get(0).quoteOrGist());
        // an aside closed by a comma before the predicate stays inside
        r = run("وأكد الرئيس توكاييف أن بلاده، التي تتولى رئاسة المنظمة، ستعمل على تعزيز التعاون.");
        assertEquals("أن بلاده، التي تتولى رئاسة المنظمة، ستعمل على تعزيز التعاون", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aRelativeClauseWithSaidAndAPronounOnInnaSpeaksForTheLastSpeaker() {
        var r = run("وقال الرئيس توكاييف إن بلاده مستعدة. واستعرض في كلمته حصيلة رئاسته، التي قال إنها جرت في ظروف صعبة.");
        var last = r.statements().get(r.statements().size() - 1);
        assertEquals("Kassym-Jomart Tokayev", last.speakerEn());
        assertEquals("جرت في ظروف صعبة", last.quoteOrGist());
    }

    @Test
    void aSubjectlessVerbWithWhereItWasSaidBeforeInnaSpeaksForTheSentencesSubject() {
        var r = run("وقال بوتين إن التعاون مهم. وكان توكاييف قد عقد أمس لقاءً مع نظيره الصيني، قال في أعقابه إن العلاقات متينة.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(1).speakerEn());
        assertEquals("إن العلاقات متينة", r.statements().get(1).quoteOrGist());
    }

    @Test
    void anActingOfficialsTitleRunsToTheirName() {
        var r = run("10 يونيو 2024", "وأفاد القائم بأعمال وزير الخارجية الإيراني علي باقري كني بأن مشاركة بلاده مهمة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Ali Bagheri Kani", r.statements().get(0).speakerEn());
    }

    @Test
    void aSubjectWithARelativeAsideBetweenCommasSpeaksWithTheVerbAfterIt() {
        var r = run("10 يناير 2024", "وزاد من الالتباس أن الرئيس الروسي فلاديمير بوتين، الذي تسلمت بلاده رئاسة بريكس في الأول من يناير، أعلن في بيان انضمام مصر إلى المجموعة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Vladimir Putin", r.statements().get(0).speakerEn());
    }

    @Test
    void aSpokespersonOfAnotherStateIsNotTheOneNamedBefore() {
        var r = run("10 يونيو 2017", "وقال المتحدث باسم وزارة الخارجية الصينية لو كانغ إن الرئيس سيزور أستانا. "
                + "وفي إسلام آباد، أعرب المتحدث باسم الخارجية الباكستانية عن ثقته بأن العضوية ستفتح آفاقاً أوسع.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Lu Kang", r.statements().get(0).speakerEn());
    }

    @Test
    void aFeminineParticipleAgreeingWithTheNounBeforeItIsAnAdjective() {
        var r = run("وفي تصريحات لافتة على هامش القمة، اعتبر بوتين أن الحوار ضروري. وسط إجراءات أمنية مشددة في المدينة.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("أن الحوار ضروري", r.statements().get(0).quoteOrGist());
        // after a definite noun it is the subject's circumstance still
        r = run("وخرجت ماريا زاخاروفا من القاعة الرئيسية مؤكدة أن الحوار ضروري.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void againBeforeAPrepositionIsAnAdverb() {
        var r = run("وقال بوتين إن الحوار ضروري. وغابت أرمينيا مجدداً عن الاجتماع.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        r = run("وقال بوتين إن الحوار ضروري، مجدداً دعم بلاده للمنظمة.");
        assertEquals(2, r.statements().size(), r.statements().toString());
    }

    @Test
    void reviewingIsSayingOnlyInASentenceThatNamesASpeech() {
        var r = run("ودعا بوتين الشركاء إلى الاستثمار في المنطقة، مستعرضاً ما توفره من حوافز.");
        assertEquals(1, r.statements().size(), r.statements().toString());
    }

    @Test
    void aDefiniteAdjectivePhraseMayStandBetweenTheDocumentAndItsRelativeClause() {
        var r = run("وصادقت القمة على \"إعلان أستانا\" المؤلف من 126 بندا، الذي أدان فرض الرسوم الجمركية الأحادية.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Astana Declaration", r.statements().get(0).speakerEn());
        // a person's apposition is no adjective phrase of a document
        r = run("واعتمد القادة \"إعلان أستانا\" بحضور الرئيس توكاييف، الذي أكد أن التعاون مهم.");
        assertEquals("Kassym-Jomart Tokayev", r.statements().get(0).speakerEn());
    }

    @Test
    void theOneDemandedOfInAJoinedClauseIsNotTheSpeaker() {
        var r = run("وجدد البيان الختامي رفض دول المجلس للتدخلات في شؤونها، وطالب إيران بإنهاء احتلالها للجزر الثلاث.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertTrue(r.statements().get(1).speakerEn().startsWith("final communiqué"), r.statements().get(1).speakerEn());
        assertEquals("called_for", r.statements().get(1).kind());
    }

    @Test
    void aLongPlaceOfSayingBeforeInnaIsPassedOver() {
        var r = run("وقال الرئيس بوتين أمام نظرائه الصيني شي جين بينغ والهندي ناريندرا مودي والبرازيلي لولا دا سيلفا والجنوب أفريقي سيريل رامافوزا إن التعاون ضروري.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("إن التعاون ضروري", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aTitleThenACourtesyAndANameBetweenCommasIsThatPerson() {
        var r = run("6 ديسمبر 2017", "أعلن المتحدث باسم رئاسة الجمهورية، السيد إبراهيم كالن، أن القمة ستعقد في إسطنبول.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("İbrahim Kalın", r.statements().get(0).speakerEn());
    }

    @Test
    void aCallsAddresseeAndActionAreWhatWasSaidNotAnAnnFurtherOn() {
        var r = run("ودعا بوتين الإدارة الأمريكية إلى العدول عن خطأ جسيم من شأنه أن يؤجج التوتر.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("الإدارة الأمريكية إلى العدول عن خطأ جسيم من شأنه أن يؤجج التوتر", r.statements().get(0).quoteOrGist());
    }

    @Test
    void inADocumentsRelativeClauseWithNoOneAfterFihiTheAdopterSpeaks() {
        var r = run("واجتمع مجلس وزراء خارجية منظمة التعاون الإسلامي في أبوظبي. وأقر المجلس، ضمن حزمة من القرارات، "
                + "«القرار الخاص بنزاع جامو وكشمير»، الذي أعرب فيه عن قلقه البالغ إزاء التوتر، ودعا إلى تسوية النزاع سلمياً.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Council of Foreign Ministers", r.statements().get(0).speakerEn());
        assertEquals("Council of Foreign Ministers", r.statements().get(1).speakerEn());
    }

    @Test
    void aParticipleInASentenceOfAnInstitutionSpeaksForIt() {
        var r = run("وقال بوتين إن الحوار ضروري. وردت وزارة الخارجية الهندية برفض القرار، مؤكدة أن المسألة شأن داخلي.");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("Indian Ministry of External Affairs", r.statements().get(1).speakerEn());
    }

    @Test
    void criticisingIsSayingAndUrgingAfterACommaEndsWhatWasSaid() {
        var r = run("وانتقد الرئيس بوتين ضعف التمويل الذاتي للمنظمة. وأكد أن المنظمة تستضيف ملايين اللاجئين، حاثاً المجتمع الدولي على دعمها.");
        assertEquals(3, r.statements().size(), r.statements().toString());
        assertEquals("ضعف التمويل الذاتي للمنظمة", r.statements().get(0).quoteOrGist());
        assertEquals("أن المنظمة تستضيف ملايين اللاجئين", r.statements().get(1).quoteOrGist());
        assertEquals("called_for", r.statements().get(2).kind());
    }

    @Test
    void aDefiniteWordOfTheSkipListRightAfterTheSpeakerIsWhatItIsAbout() {
        var r = run("وانتقدت وزارة الخارجية الروسية البيان الختامي.");
        assertEquals("البيان الختامي", r.statements().get(0).quoteOrGist());
    }

    @Test
    void describingSaysTheThingDescribedAndWhatItIsCalled() {
        var r = run("وقال بوتين إن الاتفاق مهم، واصفاً \"إعلان أستانا\" بأنه \"إنجاز تاريخي\".");
        assertEquals(2, r.statements().size(), r.statements().toString());
        assertEquals("إن الاتفاق مهم", r.statements().get(0).quoteOrGist());
        assertEquals("\"إعلان أستانا\" بأنه \"إنجاز تاريخي\"", r.statements().get(1).quoteOrGist());
    }

    @Test
    void warningOfWhatAfterAsidesBetweenCommas() {
        var r = run("وكان بوتين قد حذر أمس، في كلمته أمام الاجتماع الأسبوعي لأعضاء الحزب الحاكم في البرلمان الروسي، من أن الوضع خطير.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("أن الوضع خطير", r.statements().get(0).quoteOrGist());
    }

    @Test
    void aQuotedDocumentRightBeforeItsRelativeClauseSpeaksAndDanIsCondemning() {
        var r = run("واختتم القادة قمتهم بتبني \"إعلان أستانا\" الذي دان الإرهاب بكل أشكاله.");
        assertEquals(1, r.statements().size(), r.statements().toString());
        assertEquals("Astana Declaration", r.statements().get(0).speakerEn());
        assertEquals("الإرهاب بكل أشكاله", r.statements().get(0).quoteOrGist());
    }
}
