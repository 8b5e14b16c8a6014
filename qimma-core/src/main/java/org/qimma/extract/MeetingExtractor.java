package org.qimma.extract;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.Entities;
import org.qimma.kb.EntityType;
import org.qimma.record.Items;
import org.qimma.recognise.Mention;
import org.qimma.text.DateMention;
import org.qimma.text.NumberMention;
import org.qimma.text.NextMeetings;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Segment;
import org.qimma.text.Text;
import org.qimma.text.Token;

/**
 * Meetings: an organ named (مجلس رؤساء الدول، مجلس وزراء الخارجية) or a summit (قمة) of an
 * organisation named beside it or the article's organisation (المنظمة). Its date, place and format
 * come from its sentence; its status from future markers ({@code meeting-markers.tsv}) or a date
 * after the article's. Mentions of one meeting merge; meetings more than a year before the
 * article are background, not news.
 */
public final class MeetingExtractor {

    private final Lexicon lex;

    public MeetingExtractor(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * A meeting as read, before mentions of one meeting merge; {@code body} is the organ's knowledge-base
     * id; {@code dated}: the date is stated in the text, not taken from the article's date line.
     */
    private record Draft(String org, String body, String date, String place, String format, String status,
                         Integer ordinal, List<Items.Participant> participants, int first, int last, boolean dated) {}

    public List<Items.Meeting> extract(Analysis a) {
        List<Draft> drafts = new ArrayList<>();
        List<int[]> sessions = new ArrayList<>(); // a session word with its ordinal: first, last, number
        // by first token, read at every token: an array, not a map of boxed indexes
        NextMeetings.NextMeeting[] nextAt = new NextMeetings.NextMeeting[a.size()];
        for (NextMeetings.NextMeeting n : NextMeetings.standard().find(a.text, a.dates)) nextAt[n.first()] = n;
        for (int i = 0; i < a.size(); i++) {
            if (!a.inBody(i) || a.inQuote(i) && !isQuotedName(a, i)) continue;
            NextMeetings.NextMeeting next = nextAt[i];
            if (next != null) {
                Draft d = nextMeeting(a, next);
                if (d != null) drafts.add(d);
                i = next.last();
                continue;
            }
            Mention m = a.mentionAt(i);
            String body = null, org = null;
            int last = i;
            if (m != null && m.first() == i && m.type() == EntityType.BODY) {
                Entities.Body b = a.kb.body(m.id());
                body = b.id();
                org = b.organisation();
                last = m.last();
                String level = a.kb.body(body).level();
                if (isThematic(a, i, last)) {
                    // "ستستضيف في 12 ديسمبر قمة حول تمويل العمل المناخي": a summit on a theme, no organisation's
                    i = last;
                    continue;
                }
                if (level.equals("summit") || isMeetingContext(a, i)
                        || (level.equals("ministerial") || level.equals("government")) && heldInSentence(a, i)
                        || adoptsInSentence(a, i, last)) {
                    // fine: an organ that meets
                } else {
                    i = m.last();
                    continue;
                }
                // a summit word read as one organisation's, then "بين دول مجلس التعاون ودول آسيان": each party's summit
                List<String> parties = level.equals("summit") ? organisationsAfter(a, last + 1).organisations : List.of();
                if (parties.size() > 1 || parties.size() == 1 && !parties.get(0).equals(org)) {
                    summitsOf(a, i, last, parties, drafts);
                    i = last;
                    continue;
                }
            } else if (m != null && m.first() == i && m.type() == EntityType.ORGANISATION && a.token(i).hasKey("قمه")
                    && a.kb.organisation(m.id()) != null && !a.kb.organisation(m.id()).summitBody().isEmpty()) {
                // "قمة العشرين" names the organisation and its summit at once
                org = m.id();
                body = a.kb.organisation(org).summitBody();
                last = m.last();
            } else {
                PhraseMatcher.Match<String> w = lex.meetingWords.longestAt(a.text.tokens(), i);
                if (w != null && w.value().equals("session")) {
                    Integer n = ordinalAfter(a, w.last());
                    if (n != null) sessions.add(new int[] {i, w.last(), n});
                    continue;
                }
                if (w == null) continue;
                last = w.last();
                // "القمة الأولى بين دول مجلس التعاون ودول رابطة آسيان": a summit of each
                MeetingOf of = organisationsAfter(a, last + 1);
                // a meeting word names a summit only with the leaders who meet ("اجتماعاً افتراضياً لقادة … بريكس")
                if (w.value().equals("meeting") && !of.leaders) continue;
                List<String> orgs = of.organisations;
                if (orgs.isEmpty() && w.value().equals("summit") && isAnaphoric(a, last + 1) && a.contextOrganisation() != null) {
                    orgs = List.of(a.contextOrganisation());
                }
                summitsOf(a, i, last, orgs, drafts);
                i = last;
                continue;
            }
            Draft d = describe(a, i, last, org, body);
            if (d != null) drafts.add(d);
            i = last;
        }
        nextSessions(a, sessions, drafts);
        return merge(a, drafts);
    }

    /** The summit of each organisation a summit word at tokens {@code [first, last]} is of. */
    private void summitsOf(Analysis a, int first, int last, List<String> organisations, List<Draft> drafts) {
        for (String o : organisations) {
            Entities.Organisation organisation = a.kb.organisation(o);
            if (organisation == null || organisation.summitBody().isEmpty()) continue;
            Draft d = describe(a, first, last, o, organisation.summitBody());
            if (d != null) drafts.add(d);
        }
    }

    /**
     * "وافق المجلس على عقد الدورة العادية الرابعة والثلاثين في بغداد عام 2025", in an article on the 33rd
     * summit: a session numbered one more than a meeting the article reports is that organ's next one,
     * planned, on the date its sentence gives (none given, none recorded).
     */
    private void nextSessions(Analysis a, List<int[]> sessions, List<Draft> drafts) {
        for (int[] s : sessions) {
            Draft current = null;
            for (Draft d : drafts) if (d.ordinal() != null && d.ordinal() == s[2] - 1 && d.status().equals("held")) current = d;
            if (current == null) continue;
            Draft d = describe(a, s[0], s[1], current.org(), current.body());
            if (d != null && d.date() != null && d.status().equals("planned")) drafts.add(d);
        }
    }

    /** The ordinal right after a session word, past "العادية"/"الاستثنائية" ("الدورة العادية الرابعة والثلاثين"). */
    private static Integer ordinalAfter(Analysis a, int last) {
        for (int k = last + 1; k <= Math.min(a.size() - 1, last + 3); k++) {
            NumberMention n = a.numberAt(k);
            if (n != null && n.first() == k) return n.ordinal() ? (int) n.value() : null;
        }
        return null;
    }

    /** "اجتماع بصيغة «شنغهاي+»": an organ's name that is all a quotation holds is a name, not quoted speech. */
    private static boolean isQuotedName(Analysis a, int i) {
        Mention m = a.mentionAt(i);
        if (m == null || m.first() != i || m.type() != EntityType.BODY) return false;
        int open = i - 1, close = m.last() + 1;
        while (close < a.size() && a.token(close).kind() == Token.Kind.PUNCT && !a.token(close).is(".")) close++;
        return open >= 0 && close < a.size() && a.text.quoteRole(open) == Text.QuoteRole.OPEN
                && a.text.quoteRole(close) == Text.QuoteRole.CLOSE;
    }

    /**
     * "القمة المقبلة", "يعقد المجلس اجتماعه المقبل في نهاية العام الجاري": the next meeting of the
     * organisation named right after the phrase, else of the one named last before it; planned, on
     * the date its clause states (none stated, none recorded).
     */
    private Draft nextMeeting(Analysis a, NextMeetings.NextMeeting next) {
        String date = next.date() == null ? yearAhead(a, next.first()) : next.date().value();
        if (date == null) return null;
        List<String> after = organisationsAfter(a, next.last() + 1).organisations;
        String org = after.isEmpty() ? a.organisationBefore(next.first()) : after.get(0);
        Entities.Organisation o = org == null ? null : a.kb.organisation(org);
        if (o == null || o.summitBody().isEmpty()) return null;
        String body = o.summitBody();
        // the organ named last before, when it is this organisation's ("يعقد المجلس الوزاري اجتماعه المقبل")
        for (int k = next.first() - 1; k >= a.text.paragraphOf(next.first()).first(); k--) {
            Mention m = a.mentionAt(k);
            if (m == null) continue;
            if (m.type() == EntityType.BODY && a.kb.body(m.id()).organisation().equals(org)) body = m.id();
            if (m.type() == EntityType.BODY || m.type() == EntityType.ORGANISATION) break;
            k = m.first();
        }
        return new Draft(org, body, date, placeIn(a, next.first(), a.text.sentenceOf(next.first())),
                null, "planned", null, List.of(), next.first(), next.last(), true);
    }

    /**
     * "تتولى طاجيكستان الرئاسة في عام 2025 وتعقد القمة المقبلة في دوشنبه": the year of the last date
     * before the phrase in its sentence, when that date is still ahead of the article's; null otherwise.
     */
    private static String yearAhead(Analysis a, int phrase) {
        if (a.referenceDate == null) return null;
        Segment s = a.text.sentenceOf(phrase);
        String year = null;
        int ref = Integer.parseInt(a.referenceDate.substring(0, 4));
        for (DateMention d : a.datesIn(s.first(), phrase - 1)) {
            if (a.periodAt(d.first()) != null || a.periodAt(d.last()) != null) continue; // "حتى عام 2035" is a term's end
            // the next meeting is within the coming year or two, not a horizon
            year = d.year() > ref && d.year() <= ref + 2 ? String.valueOf(d.year()) : null;
        }
        return year;
    }

    /**
     * "وكان مجلس الأمن قد اعتمد، مساء أمس الاثنين، القرار": an organ that adopts a text met to do
     * so — the organ is the adopting verb's subject, right before or after it.
     */
    private boolean adoptsInSentence(Analysis a, int first, int last) {
        Segment s = a.text.sentenceOf(first);
        for (int k = Math.max(s.first(), first - 3); k <= Math.min(s.last(), last + 3); k++) {
            if (k >= first && k <= last) continue;
            PhraseMatcher.Match<String> t = lex.adoptionTriggers.longestAt(a.text.tokens(), k, StatementExtractor::verbReadings);
            if (t != null && t.value().equals("past") && (t.last() < first || k > last)) return true;
        }
        return false;
    }

    private boolean isMeetingContext(Analysis a, int i) {
        // a meeting word in the two words before the organ, past an ordinal between them ("الدورة العادية
        // الرابعة والثلاثين لمجلس …", "الدورة الحادية والخمسين لمجلس …")
        int k = i - 1;
        while (k >= 0 && a.numberAt(k) != null && a.numberAt(k).ordinal()) k = a.numberAt(k).first() - 1;
        for (int q = Math.max(0, k - 1); q <= k; q++) {
            if (lex.meetingWords.longestAt(a.text.tokens(), q) != null) return true;
        }
        return false;
    }

    /** The organisations a meeting word is of, and whether their leaders were named between. */
    private record MeetingOf(List<String> organisations, boolean leaders) {}

    /**
     * The organisations named right after a meeting word: past an ordinal ("القمة السابعة والأربعين
     * لرابطة …"), a format ("اجتماعاً افتراضياً") and the words of {@code meeting-of.tsv} ("لقادة
     * الدول الأعضاء في", "بين دول"); a second one joined by و ("بين دول مجلس التعاون ودول آسيان").
     */
    private MeetingOf organisationsAfter(Analysis a, int k) {
        List<String> out = new ArrayList<>();
        boolean leaders = false;
        int q = k;
        int skipped = 0;
        while (q < a.size() && skipped <= 6) {
            NumberMention n = a.numberAt(q);
            if (n != null && n.first() == q && n.ordinal()) {
                q = n.last() + 1;
                skipped++;
                continue;
            }
            Mention m = a.mentionAt(q);
            if (m != null && m.first() == q && m.type() == EntityType.ORGANISATION) {
                out.add(m.id());
                q = m.last() + 1;
                // "ودول رابطة …", "و…": the other party of a joint meeting
                if (q < a.size() && a.token(q).text().equals("و")) q++;
                PhraseMatcher.Match<String> filler = q < a.size() ? lex.meetingOf.longestAt(a.text.tokens(), q) : null;
                if (filler != null && filler.value().equals("party")) q = filler.last() + 1;
                Mention second = a.mentionAt(q);
                if (second != null && second.first() == q && second.type() == EntityType.ORGANISATION
                        && (a.token(q).text().startsWith("و") || a.token(q - 1).text().equals("و") || filler != null)) {
                    out.add(second.id());
                }
                break;
            }
            PhraseMatcher.Match<String> filler = lex.meetingOf.longestAt(a.text.tokens(), q);
            if (filler == null) filler = lex.meetingMarkers.longestAt(a.text.tokens(), q);
            if (filler == null || filler.value().equals("planned") && skipped > 0 || filler.value().equals("held")) break;
            if (filler.value().equals("leaders")) leaders = true;
            q = filler.last() + 1;
            skipped++;
        }
        return new MeetingOf(out, leaders);
    }

    /** A verb of meeting in the sentence: "عقد المجلس الوزاري اجتماعه", "اختتم", "انعقد". */
    private static boolean heldInSentence(Analysis a, int i) {
        Segment s = a.text.sentenceOf(i);
        for (int k = s.first(); k <= s.last(); k++) {
            Token t = a.token(k);
            for (String key : t.keys()) if (HELD_WORDS.contains(key)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> HELD_WORDS = java.util.Set.of("عقد", "عقدت", "انعقد", "انعقدت", "اختتم",
            "اختتمت", "افتتح", "افتتحت", "اجتمع", "اجتمعت", "اجتماع", "اجتماعه", "اجتماعها", "دورته", "دورتها", "التام", "التامت",
            // the plural of those who met: "وكان وزراء الخارجية العرب قد عقدوا … اجتماعاً تحضيرياً"
            "عقدوا", "اجتمعوا", "اختتموا", "اجتماعا", "اجتماعهم");

    /** An indefinite summit word at {@code first} followed by what it is about (حول، بشأن، عن). */
    private static boolean isThematic(Analysis a, int first, int last) {
        Token t = a.token(first);
        if (last != first || !t.hasKey("قمه") || t.text().startsWith("ال") || t.text().startsWith("وال") || last + 1 >= a.size()) return false;
        Token n = a.token(last + 1);
        return n.is("حول") || n.is("بشان") || n.is("عن");
    }

    private static boolean isAnaphoric(Analysis a, int k) {
        if (k >= a.size()) return false;
        Token t = a.token(k);
        return t.hasKey("المنظمه") || t.hasKey("المجموعه") || t.hasKey("الجمعيه") || t.hasKey("المجلس")
                || t.hasKey("القادمه") && k + 1 < a.size() && (a.token(k + 1).hasKey("المنظمه") || a.token(k + 1).hasKey("المجموعه"))
                || t.hasKey("المقبله") && k + 1 < a.size() && (a.token(k + 1).hasKey("المنظمه") || a.token(k + 1).hasKey("المجموعه"));
    }

    private Draft describe(Analysis a, int first, int last, String org, String body) {
        Segment s = a.text.sentenceOf(first);
        // "اعتباراً من الدورة التاسعة والسبعين", "منذ القمة الماضية": a session as a point in time, not news of it
        // (the word may stand before the session word and its ordinal, the organ named after them)
        for (int k = first - 1; k >= Math.max(s.first(), first - 6); k--) {
            Token t = a.token(k);
            if (StatementExtractor.isComma(t) || t.kind() == Token.Kind.WORD && !t.is("من") && a.numberAt(k) == null
                    && lex.meetingWords.longestAt(a.text.tokens(), k) == null && !Lexicon.anyKey(t, lex.nonEventDateWords)) break;
            if (Lexicon.anyKey(t, lex.nonEventDateWords)) return null;
        }
        boolean planned = false;
        boolean heldBefore = false;
        String format = null;
        int end = Math.min(s.last(), last + 14);
        for (int k = lex.meetingMarkers.nextStart(a.text, Math.max(s.first(), first - 6), end); k <= end;
                k = lex.meetingMarkers.nextStart(a.text, k + 1, end)) {
            PhraseMatcher.Match<String> mk = lex.meetingMarkers.longestAt(a.text.tokens(), k);
            if (mk == null) continue;
            switch (mk.value()) {
                case "planned" -> planned = true;
                case "held" -> heldBefore |= k > last && k <= afterName(a, last) + 2;
                case "video" -> format = "video";
                case "in_person" -> format = "in person";
                default -> { }
            }
            k = mk.last();
        }
        String date = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : a.datesIn(s.first(), s.last())) {
            if (a.periodAt(d.first()) != null || a.periodAt(d.last()) != null) continue; // "حتى عام 2030" is a period
            // "منذ 13 يونيو": the start of a situation, not the meeting's day
            if (sinceOrUntil(a, d)) continue;
            // "صرّحت اليوم الثلاثاء بأن اجتماع … سينعقد": a date before a complementizer that opens a planned
            // meeting's clause is the day of the saying
            if (planned && d.last() < first && complementizerBetween(a, d.last() + 1, first - 1)) continue;
            // "اجتماع المجلس الذي عقد في بيشكيك": held, so a date after the article's is something else's
            if (heldBefore && a.referenceDate != null && d.value().compareTo(a.referenceDate.substring(0, d.value().length())) > 0) continue;
            int dist = Math.abs(d.first() - last);
            // "يومي 28 و29 أبريل": the days of the meeting itself, before any other date of the sentence
            // (unless another meeting is named between: "… لقمة القادة المقررة يومي 31 أغسطس و1 سبتمبر")
            if (d.precision() > 0 && d.first() > last && spanOfDays(a, d) && !meetingWordBetween(a, last + 1, d.first() - 1)) dist = -1;
            // at equal distance, the date after the meeting's name ("قمة … في أكتوبر 2024") is its own
            if (d.precision() > 0 && (dist < bestDistance || dist == bestDistance && d.first() > last)) {
                bestDistance = dist;
                date = d.value();
            }
        }
        String ref = a.referenceDate;
        // the lead of a dated dispatch reports the day's event: a meeting held in the first paragraph,
        // with no date of its own, is dated by the article's date line
        boolean dated = date != null;
        if (date == null && a.article.published() != null && !planned && isLead(a, first)) date = a.article.published();
        if (date != null && ref != null) {
            int c = date.compareTo(ref.substring(0, date.length()));
            if (c > 0) planned = true;
            if (c < 0 || c == 0 && date.length() == 10) planned = false; // a date already past was held
            // background: well before the article
            int year = Integer.parseInt(date.substring(0, 4));
            if (year < Integer.parseInt(ref.substring(0, 4)) - 1) return null;
            // "قمة 2024" held, in an article of a later year: a past summit recalled, not news
            if (date.length() == 4 && c < 0 && !planned) return null;
            if (date.length() == 10 && c < 0 && java.time.LocalDate.parse(date).plusDays(45).isBefore(java.time.LocalDate.parse(ref))) return null;
            // "القمة التي عقدت في أستانا في أكتوبر 2022", in an article of October 2023: a month well past, background too
            if (date.length() == 7 && c < 0 && ref.length() >= 7
                    && java.time.YearMonth.parse(date).plusMonths(2).isBefore(java.time.YearMonth.parse(ref.substring(0, 7)))) return null;
        }
        String place = placeIn(a, first, s);
        Integer ordinal = null;
        for (int k = last + 1; k <= Math.min(s.last(), last + 3); k++) {
            NumberMention n = a.numberAt(k);
            if (n != null && n.ordinal()) {
                ordinal = (int) n.value();
                break;
            }
        }
        List<Items.Participant> participants = new ArrayList<>();
        Mention who = null;
        for (Mention m : a.mentionsIn(s.first(), s.last())) {
            if (m.type() != EntityType.PERSON || m.id() == null || m.reason().equals("reference")) continue;
            if (who == null) who = m;
            else if (who.id().equals(m.id()) && !who.reason().equals("name") && m.reason().equals("name")) who = m;
        }
        if (who != null) participants.add(new Items.Participant(a.original(who.first(), who.last()), who.labelEn(), who.span()));
        String status = planned ? "planned" : "held";
        return new Draft(org, body, date, place, format, status, ordinal, participants, first, last, dated);
    }

    /**
     * "منذ 13 يونيو", "اعتباراً من الأول من ديسمبر": a word of non-event dates (non-event-date-words.tsv)
     * just before the date, or a few words before it with من and a day between, no comma.
     */
    private boolean sinceOrUntil(Analysis a, DateMention d) {
        for (int k = d.first() - 1; k >= Math.max(0, d.first() - 4); k--) {
            Token t = a.token(k);
            if (Lexicon.anyKey(t, lex.nonEventDateWords)) return true;
            if (k == d.first() - 1 ? !t.is("من") : !(t.is("من") || t.is("الاول") || a.numberAt(k) != null)) return false;
        }
        return false;
    }

    /** The token after the meeting's name that ends at {@code last}, past an organisation named after it. */
    private static int afterName(Analysis a, int last) {
        int k = last + 1;
        Mention m = k < a.size() ? a.mentionAt(k) : null;
        return m != null && m.first() == k && m.type() == EntityType.ORGANISATION ? m.last() + 1 : k;
    }

    /** The first place named "في …" or "بـ…" from token {@code first} to the end of the sentence. */
    private static String placeIn(Analysis a, int first, Segment s) {
        for (int k = first; k <= s.last(); k++) {
            Mention m = a.mentionAt(k);
            if (m != null && m.type() == EntityType.PLACE && k > 0 && (a.token(k - 1).is("في") || a.token(k).text().startsWith("ب"))) {
                return m.labelEn();
            }
            if (m != null) k = m.last();
        }
        return null;
    }

    private boolean complementizerBetween(Analysis a, int from, int to) {
        for (int k = from; k <= to; k++) if (lex.complementizers.containsKey(a.token(k).text())) return true;
        return false;
    }

    private boolean meetingWordBetween(Analysis a, int from, int to) {
        for (int k = from; k <= to; k++) if (lex.meetingWords.longestAt(a.text.tokens(), k) != null) return true;
        return false;
    }

    /** True when the date is introduced by a count of days ("يومي 10 و11 يونيو"). */
    private boolean spanOfDays(Analysis a, DateMention d) {
        for (int k = Math.max(0, d.first() - 1); k <= d.first(); k++) {
            PhraseMatcher.Match<String> mk = lex.meetingMarkers.longestAt(a.text.tokens(), k);
            if (mk != null && mk.value().equals("days")) return true;
        }
        // "في الفترة من 22 إلى 24 أغسطس": a range of days names the meeting's own days
        for (int k = d.first(); k < d.last(); k++) {
            Token t = a.token(k);
            if ((t.is("الي") || t.is("-") || t.is("و")) && k + 1 <= d.last() && a.token(k + 1).kind() == Token.Kind.NUMBER
                    && k > d.first() && a.token(k - 1).kind() == Token.Kind.NUMBER) return true;
        }
        return false;
    }

    private static boolean isLead(Analysis a, int token) {
        if (a.article.body().isEmpty()) return false;
        var lead = a.article.body().get(0);
        int o = a.text.normalized().originalOffset(a.token(token).start());
        return lead.start() <= o && o < lead.end();
    }

    private List<Items.Meeting> merge(Analysis a, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Draft o = out.get(k);
                if (o.org.equals(d.org) && o.status.equals(d.status) && (compatible(o.date, d.date) || sameSession(o, d))
                        && (o.body.equals(d.body) || d.date == null || o.date == null)) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                // a meeting with no date of its own that another dated mention already covers
                out.add(d);
                continue;
            }
            Draft o = out.get(same);
            String date = o.date == null ? d.date : d.date != null && d.date.length() > o.date.length() ? d.date : o.date;
            if (sameSession(o, d) && !o.date.equals(d.date)) {
                // one session over two days: a day the text states over the date line's ("اختتمت أمس الخميس"),
                // else the day the dispatch reports, else its first day
                String published = a.article.published();
                date = o.dated != d.dated ? (d.dated ? d.date : o.date)
                        : d.date.equals(published) ? d.date : o.date.equals(published) ? o.date
                        : d.date.compareTo(o.date) < 0 ? d.date : o.date;
            }
            List<Items.Participant> ps = new ArrayList<>(o.participants);
            for (Items.Participant p : d.participants) if (ps.stream().noneMatch(x -> x.en().equals(p.en()))) ps.add(p);
            out.set(same, new Draft(o.org, o.date == null && d.date != null ? d.body : o.body, date,
                    o.place != null ? o.place : d.place, o.format != null ? o.format : d.format, o.status,
                    o.ordinal != null ? o.ordinal : d.ordinal, ps, o.first, o.last, o.dated || d.dated));
        }
        List<Items.Meeting> meetings = new ArrayList<>();
        for (Draft d : out) {
            if (d.date == null && out.stream().anyMatch(x -> x != d && x.org.equals(d.org) && x.date != null)) continue;
            if (d.date == null) continue; // a meeting without a date is not pinned to this news
            Entities.Body organ = a.kb.body(d.body);
            meetings.add(new Items.Meeting(d.org, organ == null ? null : organ.en(), d.date, d.place, d.format, d.status, d.ordinal, d.participants,
                    a.span(d.first, d.last)));
        }
        return meetings;
    }

    /** Two held days of one organ a day or two apart ("انطلقت الإثنين … اختتمت الثلاثاء"): one session. */
    private static boolean sameSession(Draft o, Draft d) {
        if (o.date == null || d.date == null || o.date.length() != 10 || d.date.length() != 10) return false;
        if (!o.status.equals("held") || !d.status.equals("held") || !o.body.equals(d.body)) return false;
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(o.date), java.time.LocalDate.parse(d.date)));
        return days <= 2;
    }

    static boolean compatible(String x, String y) {
        if (x == null || y == null) return true;
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).equals(y.substring(0, n));
    }
}
