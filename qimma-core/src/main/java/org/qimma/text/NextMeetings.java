package org.qimma.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qimma.resources.Tsv;

/**
 * "القمة المقبلة", "الاجتماع القادم": the next meeting, named relative to the article
 * ({@code next-meetings.tsv}). Unlike "العام المقبل" it has no date of its own: it gets the date
 * its clause states for it — "القمة المقبلة المقررة في أكتوبر 2025", "على أن تعقد القمة المقبلة
 * في بيشكيك العام المقبل", "القمة القادمة للمنظمة، والتي ستعقد في أستانا في عام 2024" — as precise
 * as the text is (a day, a month or a year), and none when the text does not say: a meeting
 * schedule is never guessed.
 */
public final class NextMeetings {

    /** Tokens {@code [first, last]} name the next meeting; {@code date} is the one stated for it, or null. */
    public record NextMeeting(int first, int last, DateMention date) {}

    /** How far after the phrase its date may be, in tokens ("في مدينة قازان الروسية في أكتوبر ..."). */
    private static final int REACH = 12;

    /** Words after a comma that go on describing the meeting ("، والتي ستعقد في ..."). */
    private static final Set<String> RELATIVE = WordSet.of("التي", "الذي", "المقرر", "المقرره", "المزمع");

    /** Words that name another meeting: past one, a date is that meeting's. */
    private static final Set<String> MEETING = WordSet.of("قمه", "القمه", "اجتماع", "الاجتماع", "دوره", "الدوره");

    private final PhraseMatcher<Boolean> phrases = new PhraseMatcher<>();

    private static final NextMeetings DEFAULT = new NextMeetings();

    public static NextMeetings standard() {
        return DEFAULT;
    }

    private NextMeetings() {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/next-meetings.tsv")) phrases.add(r.get("phrase"), Boolean.TRUE);
    }

    /** Every phrase naming the next meeting, with its stated date; {@code dates} are the text's. */
    public List<NextMeeting> find(Text text, List<DateMention> dates) {
        List<NextMeeting> out = new ArrayList<>();
        for (int i = phrases.nextStart(text, 0); i < text.size(); i = phrases.nextStart(text, i + 1)) {
            PhraseMatcher.Match<Boolean> m = phrases.longestAt(text.tokens(), i);
            if (m == null) continue;
            out.add(new NextMeeting(i, m.last(), statedDate(text, dates, m.last())));
            i = m.last();
        }
        return out;
    }

    /** The next meeting named at token {@code i}, or null. */
    public NextMeeting at(Text text, List<DateMention> dates, int i) {
        PhraseMatcher.Match<Boolean> m = phrases.longestAt(text.tokens(), i);
        return m == null ? null : new NextMeeting(i, m.last(), statedDate(text, dates, m.last()));
    }

    /**
     * The first date after token {@code last} in its clause: the same sentence, within {@link #REACH}
     * tokens, not past a comma that starts another clause nor past the name of another meeting.
     */
    static DateMention statedDate(Text text, List<DateMention> dates, int last) {
        int end = Math.min(text.sentenceOf(last).last(), last + REACH);
        for (int k = last + 1; k <= end; k++) {
            DateMention d = dateStartingAt(dates, k);
            if (d != null) return d;
            Token t = text.token(k);
            if (isComma(t) && !(k + 1 <= end && text.token(k + 1).hasKeyIn(RELATIVE))) return null;
            if (t.hasKeyIn(MEETING)) return null;
        }
        return null;
    }

    private static DateMention dateStartingAt(List<DateMention> dates, int k) {
        for (DateMention d : dates) if (d.first() == k) return d;
        return null;
    }

    private static boolean isComma(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.text().equals("،") || t.text().equals(","));
    }
}
