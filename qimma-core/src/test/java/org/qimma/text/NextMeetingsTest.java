package org.qimma.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "القمة المقبلة" gets the date its clause states for it, and none when the text does not say. */
class NextMeetingsTest {

    /** The stated date of each next-meeting phrase, null where there is none. */
    private static List<String> next(String s, LocalDate ref) {
        Text t = Text.of(s);
        List<DateMention> dates = DateRecognizer.standard().find(t, ref);
        List<String> out = new ArrayList<>();
        for (NextMeetings.NextMeeting n : NextMeetings.standard().find(t, dates)) {
            out.add(n.date() == null ? null : n.date().value());
        }
        return out;
    }

    private static List<String> none() {
        List<String> l = new ArrayList<>();
        l.add(null);
        return l;
    }

    @Test
    void aDateTheTextStatesForIt() {
        assertEquals(List.of("2025-10"), next("وستعقد القمة المقبلة المقررة في أكتوبر 2025 في موسكو.", null));
        assertEquals(List.of("2024-07-04"), next("وستعقد القمة القادمة في أستانا في 4 يوليو 2024.", null));
        // past a comma only into a clause that goes on describing it
        assertEquals(List.of("2024"), next("بحلول القمة القادمة للمنظمة، والتي ستعقد في أستانا في عام 2024.", null));
    }

    @Test
    void theYearTheTextGivesAgainstTheArticlesDate() {
        assertEquals(List.of("2026"), next("على أن تعقد القمة المقبلة في بيشكيك العام المقبل.", LocalDate.of(2025, 9, 1)));
        // "أكتوبر من العام المقبل": the year is what the date recogniser reads, so the year is what it gets
        assertEquals(List.of("2024"), next("داعيا نظراءه إلى حضور القمة المقبلة في مدينة قازان الروسية في أكتوبر من العام المقبل.",
                LocalDate.of(2023, 8, 24)));
        assertEquals(List.of("2025-07"), next("وسيعقد الاجتماع المقبل لمجلس وزراء الخارجية في يوليو 2025.", LocalDate.of(2024, 11, 19)));
    }

    @Test
    void neverGuessed() {
        // a year before the phrase is the chairmanship's, not the summit's
        assertEquals(none(), next("أيد رئيس الدولة تولي طاجيكستان رئاسة الرابطة في عام 2025 وعقد القمة المقبلة في دوشنبه.", null));
        // another sentence, another clause, another meeting
        assertEquals(none(), next("على أن يرفعوا تقريرا بذلك إلى القمة المقبلة. وفي عام 2024 تتولى روسيا الرئاسة.", null));
        assertEquals(none(), next("اتفقوا على عقد القمة المقبلة في موسكو، وفي عام 2027 تنتهي الخطة.", null));
        assertEquals(none(), next("ستناقش القمة المقبلة ما اتفق عليه في قمة عام 2023.", null));
        // a date relative to the article is no date when the article's date is not known
        assertEquals(none(), next("على أن تعقد القمة المقبلة في بيشكيك العام المقبل.", null));
    }
}
