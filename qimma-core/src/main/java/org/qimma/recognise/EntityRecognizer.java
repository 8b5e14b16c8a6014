package org.qimma.recognise;

import java.util.ArrayList;
import java.util.List;
import org.qimma.kb.Entities;
import org.qimma.kb.EntityType;
import org.qimma.kb.KnowledgeBase;
import org.qimma.text.NumberRecognizer;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Text;
import org.qimma.text.Token;

/**
 * Finds and links entity mentions in one article, left to right: names and their variants,
 * state adjectives, role phrases resolved to the office holder on the article's date
 * (رئيس كازاخستان، الرئيس الصيني، وزير الخارجية الروسي), honorifics (زعيم الأمة), and short
 * references (الرئيس، رئيس الدولة) to the last compatible person. Works on normalised,
 * clitic-split tokens; never on stems.
 */
public final class EntityRecognizer {

    private final EntityDictionary dict;

    public EntityRecognizer(EntityDictionary dict) {
        this.dict = dict;
    }

    public static EntityRecognizer standard() {
        return new EntityRecognizer(EntityDictionary.standard());
    }

    /** Mentions in text order; {@code date} (YYYY-MM-DD, may be null) resolves roles. */
    public List<Mention> find(Text text, String date) {
        List<Token> tk = text.tokens();
        List<Mention> out = new ArrayList<>();
        // the organisations named anywhere in the article: an organ named before its organisation
        // ("المجلس الوزاري … لمجلس التعاون") still belongs to it
        java.util.Set<String> orgs = new java.util.HashSet<>();
        for (PhraseMatcher.Match<String> m : dict.organisationNames.findAll(text)) orgs.addAll(m.values());
        java.util.Set<String> named = new java.util.HashSet<>(); // the ids of the mentions found so far
        // by a token's text (Token.textId), not in maps keyed by the word: they are read at every word
        Mention[] bySurname = new Mention[text.distinctTexts()]; // the last word of each full name given
        int i = 0;
        while (i < tk.size()) {
            Token t = tk.get(i);
            if (t.kind() != Token.Kind.WORD) {
                i++;
                continue;
            }
            Mention best = null;
            PhraseMatcher.Match<EntityDictionary.Entry> name = dict.names.longestAt(tk, i);
            while (name != null) {
                best = fromName(text, name, out, named, date, orgs);
                if (best != null || name.last() == i) break;
                // the longest reading was rejected ("شي إن" is not Xi'an): try a shorter one ("شي")
                name = dict.names.longestAt(tk, i, name.last() - 1);
            }
            if (best == null && name != null && t.keys().size() > 1) {
                // the word as written was rejected (السوداني, the Iraqi prime minister not yet named): read without its prefixes
                PhraseMatcher.Match<EntityDictionary.Entry> bare = dict.names.longestAt(tk, i, EntityRecognizer::prefixedReadings, i);
                if (bare != null) best = fromName(text, bare, out, named, date, orgs);
            }
            if (best != null && best.type() == EntityType.PERSON) best = longerNameWithin(text, best);
            Mention role = role(text, i, out, date, bySurname);
            if (role != null && (best == null || role.last() > best.last())) best = role;
            if (best == null) best = surname(text, i, bySurname);
            if (best == null) best = fuzzy(text, i, date, named);
            if (best == null) best = bodyAnaphor(text, i, out);
            if (best != null) {
                out.add(best);
                if (best.id() != null) named.add(best.id());
                if (best.type() == EntityType.PERSON && best.id() != null && best.last() > best.first()
                        && (best.reason().equals("name") || best.reason().equals("variant")) && isSurname(text, best)) {
                    bySurname[text.token(best.last()).textId()] = best; // "محمود عباس": later "الرئيس عباس"
                    // "وانغ يي": later "وانغ" (family-name-first.tsv)
                    if (best.state() != null && dict.familyNameFirst.contains(best.state())) bySurname[text.token(best.first()).textId()] = best;
                }
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "وأكد المجلس أهمية …" after "المجلس الوزاري لمجلس التعاون": a bare word that stands for an organ
     * (organisation-anaphors.tsv) is the last organ named, when that organ's name as written opened
     * with the same word. Not when a definite word follows it ("المجلس الاقتصادي" is another council),
     * nor when another organ or organisation was named since.
     */
    private Mention bodyAnaphor(Text text, int i, List<Mention> before) {
        if (before.isEmpty() || !dict.organisationAnaphorWords.mayStartAt(text, i)) return null; // a bit test at most words
        List<String> keys = text.token(i).keys();
        String word = null;
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).startsWith("ال") && dict.organisationAnaphors.contains(keys.get(k))) word = keys.get(k);
        }
        if (word == null) return null;
        if (i + 1 < text.size() && text.token(i + 1).kind() == Token.Kind.WORD && text.token(i + 1).text().startsWith("ال")) return null;
        Mention last = null;
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            // "للمجلس الوزاري لمجلس التعاون": the organisation right after an organ is the organ's own
            if (m.type() == EntityType.ORGANISATION && k > 0 && before.get(k - 1).type() == EntityType.BODY
                    && before.get(k - 1).last() + 1 == m.first()) continue;
            if (m.type() == EntityType.BODY || m.type() == EntityType.ORGANISATION) {
                last = m;
                break;
            }
        }
        // the organ's name may open with the word, with the article or in construct ("المجلس الوزاري", "مجلس وزراء الخارجية")
        Token head = last == null ? null : text.token(last.first());
        if (last == null || last.type() != EntityType.BODY || last.id() == null || !head.hasKey(word) && !head.hasKey(word.substring(2))) return null;
        return new Mention(i, i, EntityType.BODY, last.id(), last.labelEn(), "reference", text.span(i, i), last.state());
    }

    /**
     * "الشيخ نواف الأحمد الجابر الصباح": the longest name read at the first word ("الشيخ نواف الأحمد") may
     * stop before the end of a longer name of the same person that starts inside it; the mention runs to
     * that end, so the rest of the name is not read as other words.
     */
    private Mention longerNameWithin(Text text, Mention m) {
        List<Token> tk = text.tokens();
        int last = m.last();
        for (int q = m.first() + 1; q <= m.last(); q++) {
            PhraseMatcher.Match<EntityDictionary.Entry> inner = dict.names.longestAt(tk, q);
            if (inner == null || inner.last() <= last) continue;
            if (inner.values().stream().anyMatch(e -> e.id().equals(m.id()))) last = inner.last();
        }
        if (last == m.last()) return m;
        return new Mention(m.first(), last, m.type(), m.id(), m.labelEn(), m.reason(), text.span(m.first(), last), m.state());
    }

    private Mention fromName(Text text, PhraseMatcher.Match<EntityDictionary.Entry> m, List<Mention> before,
                             java.util.Set<String> named, String date, java.util.Set<String> articleOrganisations) {
        KnowledgeBase kb = dict.kb();
        EntityDictionary.Entry chosen = null;
        int bestScore = Integer.MIN_VALUE;
        BodyContext following = null; // read at the first organ the name may be, then shared
        boolean common = isCommonWord(text, m);
        for (EntityDictionary.Entry e : m.values()) {
            if (common && !named.contains(e.id())) continue; // "ترأس" is a verb, not Liz Truss
            if (e.type() == EntityType.PERSON && m.length() == 1 && !e.reason().equals("honorific")
                    && takesArticle(text, m.first(), m.last())) {
                continue; // "الرئيسي" is an adjective, not the surname رئيسي
            }
            if (e.type() == EntityType.PERSON && m.length() == 1 && !named.contains(e.id()) && namesState(text, m)) {
                continue; // "الجيش السوداني" is Sudan's army; "السوداني" is the Iraqi prime minister once his full name was given
            }
            if (e.type() == EntityType.PERSON && m.length() == 1 && e.reason().equals("name") && date != null
                    && !named.contains(e.id()) && outOfOffice(e.id(), date)) {
                continue; // "آداما بارو" is not Jean-Noël Barrot: a bare surname names someone in office, or someone named before
            }
            int score = 0;
            // an organ first: "القمة" may be any of three dozen summits, most of no organisation the context names
            if (e.type() == EntityType.BODY) {
                if (following == null) following = bodyContext(text, m.first(), m.last() + 1);
                int context = following.score(e.id(), before, articleOrganisations);
                boolean selfNamed = m.values().size() == 1 && !isGenericBody(e.id(), text, m);
                if (context == 0 && !selfNamed) continue; // "الاجتماع الوزاري" of which organisation? not said
                score += context;
            }
            if (named.contains(e.id())) score += 10;
            if (e.type() == EntityType.PERSON && date != null) {
                for (Entities.Office o : kb.officesOf(e.id())) if (o.heldOn(date)) score += 5;
            }
            if (e.type() == EntityType.PLACE && m.first() > 0 && isPlacePreposition(text.token(m.first() - 1))
                    && (isLocative(text.token(m.first() - 1)) || m.values().stream().noneMatch(v -> v.type() == EntityType.STATE))) {
                score += 8; // "في الجزائر" may be the city; "من الجزائر", "إلى الكويت" are the state when a state bears the name
            }
            if (score > bestScore) {
                bestScore = score;
                chosen = e;
            }
        }
        if (chosen == null) return null;
        if (chosen.type() == EntityType.PERSON && chosen.reason().equals("honorific") && m.values().size() > 1
                && bestScore < 10) {
            // an honorific shared by several people, none of them named yet: only the one in office on the date
            long inOffice = m.values().stream().filter(v -> v.type() == EntityType.PERSON)
                    .filter(v -> kb.officesOf(v.id()).stream().anyMatch(o -> date != null && o.heldOn(date))).count();
            if (inOffice != 1) return null;
        }
        String label = kb.label(chosen.type(), chosen.id());
        String state = chosen.type() == EntityType.PERSON ? kb.stateOf(chosen.id(), date) : null;
        return new Mention(m.first(), m.last(), chosen.type(), chosen.id(), label, chosen.reason(),
                text.span(m.first(), m.last()), state);
    }

    /** A word's readings without the word as written: only those that take off a prefix. */
    private static List<String> prefixedReadings(Token t) {
        return t.keys().subList(1, t.keys().size());
    }

    /** True when the one word of {@code m}, read as it is or without its prefixes, names a state (an adjective: السوداني). */
    private boolean namesState(Text text, PhraseMatcher.Match<EntityDictionary.Entry> m) {
        for (EntityDictionary.Entry v : m.values()) if (v.type() == EntityType.STATE) return true;
        Token t = text.token(m.first());
        if (t.keys().size() < 2) return false;
        PhraseMatcher.Match<EntityDictionary.Entry> other =
                dict.names.longestAt(text.tokens(), m.first(), EntityRecognizer::prefixedReadings, m.first());
        if (other == null) return false;
        for (EntityDictionary.Entry v : other.values()) if (v.type() == EntityType.STATE) return true;
        return false;
    }

    /** True when the knowledge base gives the person offices, none of them held on {@code date}. */
    private boolean outOfOffice(String personId, String date) {
        List<Entities.Office> offices = dict.kb().officesOf(personId);
        return !offices.isEmpty() && offices.stream().noneMatch(o -> o.heldOn(date));
    }

    /** "في", "مدينة", "العاصمة": where something is, not where from or to. */
    private static boolean isLocative(Token t) {
        return t.is("في") || t.is("منتجع") || t.is("مدينه") || t.is("العاصمه");
    }

    private static boolean isPlacePreposition(Token t) {
        return t.is("في") || t.is("منتجع") || t.is("مدينه") || t.is("العاصمه") || t.is("الي") || t.is("من");
    }

    /** True when the organ is named here with words every organisation's organs share. */
    private boolean isGenericBody(String id, Text text, PhraseMatcher.Match<?> m) {
        java.util.Set<Integer> lengths = dict.genericBodyLengths.get(id);
        if (lengths != null && lengths.contains(m.length())) return true;
        return m.length() < 2;
    }

    /** True when the words matched, as written or without و or ف, are a common word first (common-words.tsv). */
    private boolean isCommonWord(Text text, PhraseMatcher.Match<?> m) {
        if (m.length() == 1) {
            // one word (most matches): its own text, no string cut out of the article's or joined
            return dict.isCommonWord.get(text.token(m.first()));
        }
        return dict.commonWords.contains(text.normalizedText(m.first(), m.last()))
                || m.length() <= 2 && dict.commonWords.contains(String.join(" ", wordsWithoutClitics(text, m)));
    }

    private static List<String> wordsWithoutClitics(Text text, PhraseMatcher.Match<?> m) {
        List<String> out = new ArrayList<>();
        for (int k = m.first(); k <= m.last(); k++) out.add(withoutConjunction(text.token(k)));
        return out;
    }

    /** True when the word, as written or without و or ف, is a common word first (common-words.tsv). */
    static boolean isCommonWord(EntityDictionary dict, Token t) {
        return dict.commonWords.contains(t.text()) || dict.commonWords.contains(withoutConjunction(t));
    }

    /** The token's text without a first و or ف that one of its keys leaves off. */
    private static String withoutConjunction(Token t) {
        String w = t.text();
        return (w.startsWith("و") || w.startsWith("ف")) && hasKeyAfterFirst(t, w) ? w.substring(1) : w;
    }

    /** True when {@code w} without its first letter is one of the token's keys. */
    private static boolean hasKeyAfterFirst(Token t, String w) {
        for (String k : t.keys()) {
            if (k.length() == w.length() - 1 && w.startsWith(k, 1)) return true;
        }
        return false;
    }

    /** A one-word person name read only by removing the article ال is some other word ("الرئيسي"). */
    private boolean takesArticle(Text text, int i, int last) {
        PhraseMatcher.Match<EntityDictionary.Entry> m = dict.names.longestAt(text.tokens(), i, EntityRecognizer::withoutArticle, last);
        return m == null || m.values().stream().noneMatch(v -> v.type() == EntityType.PERSON);
    }

    private static List<String> withoutArticle(Token t) {
        if (t.keys().size() == 1) return t.keys(); // the word itself, with no prefix at all
        String text = t.text();
        List<String> out = new ArrayList<>(t.keys().size());
        for (String k : t.keys()) if (readWithoutArticle(text, k)) out.add(k);
        return out;
    }

    /** True when the key {@code k} of {@code word} is the word without a prefix that holds an article. */
    private static boolean readWithoutArticle(String word, String k) {
        // the prefix is what the key leaves of the word's start, when the key ends the word
        if (!word.endsWith(k)) return false;
        int prefix = word.length() - k.length();
        return !hasPair(word, prefix, 'ا', 'ل') && !hasPair(word, prefix, 'ل', 'ل');
    }

    /** True when the letters {@code a b} follow each other in {@code s} before offset {@code end}. */
    private static boolean hasPair(String s, int end, char a, char b) {
        for (int q = 0; q + 1 < end; q++) {
            if (s.charAt(q) == a && s.charAt(q + 1) == b) return true;
        }
        return false;
    }

    /**
     * What follows an organ's name, read once for all the organs the name may be: the name matched
     * right after it (past an ordinal), or null.
     */
    /**
     * What tells which organisation's organ a generic organ word ("القمة", "المجلس الوزاري") is:
     * the organisation named right after it; else the last one named before it in its paragraph;
     * else the organisation the article has named most so far (a summit word in a later paragraph
     * is the article's own summit, not that of a body named in passing: "مقعدا في مجموعة العشرين").
     */
    private static final class BodyContext {
        private final PhraseMatcher.Match<EntityDictionary.Entry> next;
        private final int paragraphStart;
        /** Worked out at the first organ scored, then shared by the name's other organs. */
        private boolean read;
        private String inParagraph; // the last organisation named before in the paragraph
        private String mostNamed;   // else the one named most before; at equal counts the most recent

        BodyContext(PhraseMatcher.Match<EntityDictionary.Entry> next, int paragraphStart) {
            this.next = next;
            this.paragraphStart = paragraphStart;
        }

        int score(String bodyId, List<Mention> before, java.util.Set<String> articleOrganisations) {
            // the organisation is the body id up to its dot, compared in place: a word may be three dozen organs
            int dot = bodyId.indexOf('.');
            if (next != null) {
                for (EntityDictionary.Entry e : next.values()) {
                    if (e.type() == EntityType.ORGANISATION && isOrganisation(e.id(), bodyId, dot)) return 20;
                }
            }
            if (!read) read(before);
            if (inParagraph != null) return isOrganisation(inParagraph, bodyId, dot) ? 8 : 0;
            if (mostNamed != null) return isOrganisation(mostNamed, bodyId, dot) ? 8 : 0;
            return articleOrganisations.contains(bodyId.substring(0, dot)) ? 4 : 0;
        }

        /** True when {@code org} is {@code bodyId} up to its first dot, at {@code dot}. */
        private static boolean isOrganisation(String org, String bodyId, int dot) {
            return org.length() == dot && bodyId.startsWith(org);
        }

        private void read(List<Mention> before) {
            read = true;
            java.util.Map<String, Integer> named = new java.util.LinkedHashMap<>(); // the most recent first
            for (int k = before.size() - 1; k >= 0; k--) {
                Mention m = before.get(k);
                if (m.type() != EntityType.ORGANISATION) continue;
                if (m.first() >= paragraphStart) {
                    inParagraph = m.id();
                    return;
                }
                named.merge(m.id(), 1, Integer::sum);
            }
            for (var e : named.entrySet()) if (mostNamed == null || e.getValue() > named.get(mostNamed)) mostNamed = e.getKey();
        }
    }

    private BodyContext bodyContext(Text text, int name, int afterName) {
        int after = afterName;
        // past an ordinal: "القمة السابعة والأربعين لرابطة …", "الدورة الـ45 لمجلس …"
        if (after < text.size()) {
            var n = NumberRecognizer.standard().at(text.tokens(), after);
            if (n != null && n.ordinal()) after = n.last() + 1;
        }
        return new BodyContext(after < text.size() ? dict.names.longestAt(text.tokens(), after) : null,
                text.paragraphOf(name).first());
    }

    /**
     * A title whose state word fits two states with different holders (الرئيس الكونغولي: both
     * Congos): the holder named right after it, else nobody — never the first state's by chance.
     * Null when the word names one state, or all its states give one holder; a mention with a null
     * id when it is ambiguous and no name settles it.
     */
    private Mention sharedAdjective(Text text, int i, String office, PhraseMatcher.Match<EntityDictionary.Entry> of, String date) {
        if (office.equals("secretary_general")) return null;
        java.util.Map<String, String> holders = new java.util.LinkedHashMap<>(); // person id -> state id
        for (EntityDictionary.Entry e : of.values()) {
            if (e.type() != EntityType.STATE) continue;
            Entities.Person p = holder(office, e.id(), date);
            if (p != null) holders.putIfAbsent(p.id(), e.id());
        }
        if (holders.size() < 2) return null;
        List<Token> tk = text.tokens();
        int n = of.last() + 1;
        while (n < tk.size()) {
            PhraseMatcher.Match<Boolean> c = dict.courtesy.longestAt(tk, n);
            if (c == null) break;
            n = c.last() + 1;
        }
        PhraseMatcher.Match<EntityDictionary.Entry> name = n < tk.size() ? dict.names.longestAt(tk, n) : null;
        if (name != null) {
            for (EntityDictionary.Entry e : name.values()) {
                if (e.type() == EntityType.PERSON && holders.containsKey(e.id())) {
                    Entities.Person p = dict.kb().person(e.id());
                    return new Mention(i, of.last(), EntityType.PERSON, p.id(), p.en(), "role on date", text.span(i, of.last()),
                            holders.get(e.id()));
                }
            }
        }
        return new Mention(i, of.last(), EntityType.PERSON, null, null, "ambiguous role", text.span(i, of.last()), null);
    }

    /** "رئيس كازاخستان", "الرئيس الكازاخستاني", "الأمين العام للجامعة العربية", or a bare title. */
    /**
     * "الرئيس عباس" after "الرئيس الفلسطيني محمود عباس": the last word of a full name given earlier in the
     * article, written alone, is that person (a surname the knowledge base does not list alone because
     * it is also a first name, and here cannot be anyone else's).
     */
    private Mention surname(Text text, int i, Mention[] bySurname) {
        Token t = text.token(i);
        if (t.kind() != Token.Kind.WORD || t.text().length() < 3) return null;
        Mention earlier = bySurname[t.textId()];
        if (earlier == null && i + 1 < text.size()) {
            // "بوتو زرداري" after "بيلاوال بوتو زرداري": the last two words of a full name given before
            Mention two = bySurname[text.token(i + 1).textId()];
            if (two != null && two.last() - two.first() >= 2 && text.token(two.last() - 1).text().equals(t.text())) {
                return new Mention(i, i + 1, EntityType.PERSON, two.id(), two.labelEn(), "surname", text.span(i, i + 1), two.state());
            }
        }
        if (earlier == null) return null;
        return new Mention(i, i, EntityType.PERSON, earlier.id(), earlier.labelEn(), "surname", text.span(i, i), earlier.state());
    }

    /**
     * True when the last word of the full name {@code m} stands for the person alone: not a father's or a
     * family's name ("محمد بن زايد": زايد is his father; "آل نهيان": the whole family).
     */
    private static boolean isSurname(Text text, Mention m) {
        return !PATRONYMIC.contains(text.token(m.last() - 1).text());
    }

    private static final java.util.Set<String> PATRONYMIC = java.util.Set.of("بن", "ابن", "بنت", "ال");

    private Mention role(Text text, int i, List<Mention> before, String date, Mention[] bySurname) {
        List<Token> tk = text.tokens();
        PhraseMatcher.Match<String> r = dict.roles.longestAt(tk, i);
        if (r == null) return null;
        // "نائب وزير الخارجية الروسي": the deputy, adviser or spokesperson of the holder, not the holder
        if (i > 0 && tk.get(i - 1).hasKeyIn(dict.roleDependants)) return null;
        String office = r.value();
        int j = r.last() + 1;
        PhraseMatcher.Match<EntityDictionary.Entry> of = j < tk.size() ? dict.names.longestAt(tk, j) : null;
        KnowledgeBase kb = dict.kb();
        if (of != null) {
            Mention shared = sharedAdjective(text, i, office, of, date);
            if (shared != null) return shared.id() == null ? null : shared;
            for (EntityDictionary.Entry e : of.values()) {
                Entities.Person p = null;
                if (e.type() == EntityType.STATE && SEVERAL_HOLDERS.contains(office)) {
                    // "الوزير الإيراني", "المتحدث الصيني": an office several hold at once is the last one of that
                    // state named before; else, for a minister, its foreign minister, the minister diplomatic news
                    // speaks of, and for any other no one
                    p = lastNamedHolder(before, office, e.id(), date);
                    if (p == null && office.equals("minister")) p = holder(office, e.id(), date);
                } else if (e.type() == EntityType.STATE && !office.equals("secretary_general")) {
                    p = holder(office, e.id(), date);
                } else if (e.type() == EntityType.ORGANISATION && office.equals("secretary_general")) {
                    p = kb.holder("secretary_general", e.id(), date);
                }
                if (p != null) {
                    // "الرئيس البوسني بكر عزت بيغوفيتش": a title in apposition to the name of someone else than
                    // the holder on the date is that person's; the name says who, the title links nobody
                    if (e.type() == EntityType.STATE && namedOtherHolder(tk, of.last() + 1, p.id(), office, e.id())) return null;
                    return new Mention(i, of.last(), EntityType.PERSON, p.id(), p.en(), "role on date",
                            text.span(i, of.last()), e.type() == EntityType.STATE ? e.id() : null);
                }
                if (e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION) {
                    return null; // a known office of a known state, but its holder is not in the knowledge base
                }
                if (e.type() == EntityType.BODY) {
                    return null; // "رئيس الجمعية العامة", "رئيس مجلس الأمن": the title of an organ's officer, not a head of state
                }
            }
        }
        // "المتحدث باسم الخارجية الباكستانية": whose spokesperson, a few words on; the last one of that state named before
        if (of == null && SEVERAL_HOLDERS.contains(office) && j < tk.size() && tk.get(j).is("باسم")) {
            for (int q = j + 1; q < tk.size() && q <= j + 3; q++) {
                PhraseMatcher.Match<EntityDictionary.Entry> st = dict.names.longestAt(tk, q);
                EntityDictionary.Entry state = st == null ? null
                        : st.values().stream().filter(e -> e.type() == EntityType.STATE).findFirst().orElse(null);
                if (state == null) continue;
                Entities.Person p = lastNamedHolder(before, office, state.id(), date);
                return p == null ? null : new Mention(i, r.last(), EntityType.PERSON, p.id(), p.en(), "reference",
                        text.span(i, r.last()), state.id());
            }
        }
        // a bare title: the last person named before who fits it — unless a name follows it
        if (office.equals("secretary_general") && of != null) return null;
        // "رئيس الوفد", "رئيس اللجنة": a title without the article, heading a definite noun that is not
        // part of the role phrase, is the head of that other thing, not a president
        if (r.first() == r.last() && !tk.get(i).text().startsWith("ال") && !tk.get(i).text().startsWith("وال")
                && of == null && j < tk.size() && tk.get(j).kind() == Token.Kind.WORD && tk.get(j).text().startsWith("ال")
                && !dict.organisationAnaphors.contains(tk.get(j).text())) {
            return null;
        }
        int n = skipCourtesy(tk, j);
        // "الأمين العام للجامعة أحمد أبو الغيط": past one genitive with لـ (of the organisation, the organ)
        if (n < tk.size() && tk.get(n).kind() == Token.Kind.WORD && tk.get(n).text().startsWith("لل")
                && (of == null || of.first() != n)) {
            int m2 = skipCourtesy(tk, n + 1);
            PhraseMatcher.Match<EntityDictionary.Entry> after = m2 < tk.size() ? dict.names.longestAt(tk, m2) : null;
            if (after != null && after.values().stream().anyMatch(e -> e.type() == EntityType.PERSON)) return null;
        }
        PhraseMatcher.Match<EntityDictionary.Entry> name = n < tk.size() ? dict.names.longestAt(tk, n) : null;
        if (name != null && name.values().stream().anyMatch(e -> e.type() == EntityType.PERSON)) return null;
        if (n < tk.size() && bySurname[tk.get(n).textId()] != null) return null; // "الرئيس عباس": the name says who
        if (apposedTitleFollows(tk, n)) return null;
        // "السيد بدر البوسعيدي وزير الخارجية": a bare title right after the name of someone who held that
        // office on the date is in apposition to it, that person's
        Mention named = nameJustBefore(tk, i, before);
        if (named != null && fits(named.id(), office, date)) {
            return new Mention(i, r.last(), EntityType.PERSON, named.id(), named.labelEn(), "reference",
                    text.span(i, r.last()), named.state());
        }
        // the person of that office named most often so far; on a tie the one named first (the lead's subject)
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        java.util.Map<String, Mention> firstSeen = new java.util.HashMap<>();
        for (Mention m : before) {
            if (m.type() != EntityType.PERSON || m.id() == null || !fits(m.id(), office, date)) continue;
            count.merge(m.id(), 1, Integer::sum);
            firstSeen.putIfAbsent(m.id(), m);
        }
        // the same bare title written before in apposition to a name ("رئيس الجمهورية، السيد X", "السيد X
        // وزير الخارجية") is that person
        for (int k = 0; k < before.size(); k++) {
            Mention m = before.get(k);
            if (!count.containsKey(m.id())) continue;
            boolean titledAfter = k > 0 && m.reason().equals("reference") && sameTitle(tk, m, r)
                    && before.get(k - 1) == nameJustBefore(tk, m.first(), before.subList(0, k));
            if (titledBefore(tk, m.first(), r) || titledAfter) count.merge(m.id(), 50, Integer::sum);
        }
        // a courtesy before the title ("صاحب السمو رئيس الدولة") points to the person named with it before
        String courtesy = courtesyBefore(text, i);
        if (courtesy != null) {
            for (Mention m : before) {
                if (count.containsKey(m.id()) && hasCourtesy(text, m, courtesy)) count.merge(m.id(), 100, Integer::sum);
            }
        }
        Mention best = null;
        int bestCount = 0;
        for (var e : count.entrySet()) {
            if (e.getValue() > bestCount) {
                bestCount = e.getValue();
                best = firstSeen.get(e.getKey());
            }
        }
        if (best == null) return null;
        return new Mention(i, r.last(), EntityType.PERSON, best.id(), best.labelEn(), "reference",
                text.span(i, r.last()), best.state());
    }

    /**
     * "فخامة الرئيس آداما بارو رئيس جمهورية غامبيا": a bare title, a name the knowledge base does not know,
     * then a title of a named state in apposition. The bare title introduces that unknown person; it does
     * not point back to anyone named before.
     */
    private boolean apposedTitleFollows(List<Token> tk, int n) {
        for (int q = n + 1; q < tk.size() && q <= n + MAX_UNKNOWN_NAME_WORDS; q++) {
            Token t = tk.get(q);
            if (t.kind() != Token.Kind.WORD || t.is("ان")) return false;
            PhraseMatcher.Match<String> r = dict.roles.longestAt(tk, q);
            if (r == null || r.last() + 1 >= tk.size()) continue;
            PhraseMatcher.Match<EntityDictionary.Entry> of = dict.names.longestAt(tk, r.last() + 1);
            if (of != null && of.values().stream().anyMatch(e -> e.type() == EntityType.STATE)) return true;
        }
        return false;
    }

    private static final int MAX_UNKNOWN_NAME_WORDS = 4;

    /**
     * True when the name of a person other than {@code personId} follows at token {@code n}, a person
     * who held the same office of {@code state} at some other time (الرئيس الإيراني إبراهيم رئيسي, read
     * after his death): a name in apposition to the title. The object of a verb after the title is
     * someone else (وعين ملك الأردن أيمن الصفدي وزيرا): the title keeps its holder.
     */
    private boolean namedOtherHolder(List<Token> tk, int n, String personId, String office, String state) {
        PhraseMatcher.Match<EntityDictionary.Entry> name = n < tk.size() ? dict.names.longestAt(tk, n) : null;
        if (name == null) return false;
        boolean other = false;
        for (EntityDictionary.Entry e : name.values()) {
            if (e.type() != EntityType.PERSON) continue;
            if (e.id().equals(personId)) return false;
            if (fits(e.id(), office, null, state)) other = true;
        }
        return other;
    }

    private int skipCourtesy(List<Token> tk, int from) {
        int n = from;
        while (n < tk.size()) {
            PhraseMatcher.Match<Boolean> c = dict.courtesy.longestAt(tk, n);
            if (c == null) break;
            n = c.last() + 1;
        }
        return n;
    }

    /** True when the same title words as {@code title} end just before token {@code i}, past a comma and courtesy words. */
    /** The person named by name right before token {@code i} (a comma between allowed), the last of {@code before}; or null. */
    private static Mention nameJustBefore(List<Token> tk, int i, List<Mention> before) {
        if (before.isEmpty()) return null;
        Mention m = before.get(before.size() - 1);
        if (m.type() != EntityType.PERSON || m.id() == null || !m.reason().equals("name")) return null;
        int gap = i - 1 - m.last();
        return gap == 0 || gap == 1 && (tk.get(i - 1).is("،") || tk.get(i - 1).is(",")) ? m : null;
    }

    /** True when mention {@code m} is written with the very words of {@code title}. */
    private static boolean sameTitle(List<Token> tk, Mention m, PhraseMatcher.Match<String> title) {
        if (m.last() - m.first() != title.last() - title.first()) return false;
        for (int k = 0; k <= title.last() - title.first(); k++) {
            if (!tk.get(m.first() + k).text().equals(tk.get(title.first() + k).text())) return false;
        }
        return true;
    }

    private boolean titledBefore(List<Token> tk, int i, PhraseMatcher.Match<String> title) {
        int k = i - 1;
        for (int step = 0; step < 3 && k >= 0; step++) {
            boolean moved = false;
            for (int s = Math.max(0, k - 2); s <= k; s++) {
                PhraseMatcher.Match<Boolean> c = dict.courtesy.longestAt(tk, s);
                if (c != null && c.last() == k) {
                    k = s - 1;
                    moved = true;
                    break;
                }
            }
            if (!moved && k >= 0 && (tk.get(k).is("،") || tk.get(k).is(",") || tk.get(k).is("-"))) {
                k--;
                moved = true;
            }
            if (!moved) break;
        }
        for (int s = Math.max(0, k - 4); s <= k; s++) {
            PhraseMatcher.Match<String> r = dict.roles.longestAt(tk, s);
            if (r == null || r.last() != k || r.length() != title.length()) continue;
            boolean same = true;
            for (int q = 0; q < r.length(); q++) {
                if (!tk.get(r.first() + q).text().equals(tk.get(title.first() + q).text())) same = false;
            }
            if (same) return true;
        }
        return false;
    }

    /** The courtesy word just before token {@code i} (سمو، جلالة، فخامة، معالي), normalised, or null. */
    private String courtesyBefore(Text text, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            Token t = text.token(k);
            for (String w : COURTESY_WORDS) if (t.hasKey(w)) return w;
        }
        return null;
    }

    private static boolean hasCourtesy(Text text, Mention m, String word) {
        for (int k = Math.max(0, m.first() - 3); k < m.first(); k++) if (text.token(k).hasKey(word)) return true;
        return false;
    }

    private static final List<String> COURTESY_WORDS = List.of("سمو", "السمو", "جلاله", "فخامه", "معالي", "سعاده");

    private Entities.Person holder(String office, String state, String date) {
        KnowledgeBase kb = dict.kb();
        if (office.equals("leader")) {
            Entities.Person p = kb.holder("head_of_state", state, date);
            return p != null ? p : kb.holder("head_of_government", state, date);
        }
        if (office.equals("minister")) return kb.holder("foreign_minister", state, date);
        return kb.holder(office, state, date);
    }

    /** Offices that several people of one state hold at once: ministers of any portfolio, spokespersons. */
    private static final java.util.Set<String> SEVERAL_HOLDERS = java.util.Set.of("minister", "spokesperson");

    /** The last person of {@code before} who held {@code office} of {@code state} on {@code date}. */
    private Entities.Person lastNamedHolder(List<Mention> before, String office, String state, String date) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.type() == EntityType.PERSON && m.id() != null && fits(m.id(), office, date, state)) return dict.kb().person(m.id());
        }
        return null;
    }

    private boolean fits(String personId, String office, String date) {
        return fits(personId, office, date, null);
    }

    /** True when the person held the office (of {@code state} when given) on {@code date}, or ever when it is null. */
    private boolean fits(String personId, String office, String date, String state) {
        for (Entities.Office o : dict.kb().officesOf(personId)) {
            boolean same = o.office().equals(office)
                    || office.equals("leader") && (o.office().equals("head_of_state") || o.office().equals("head_of_government"))
                    || office.equals("minister") && o.office().equals("foreign_minister");
            if (same && (state == null || state.equals(o.of())) && (date == null || o.heldOn(date))) return true;
        }
        return false;
    }

    /** A one-word name written in a spelling the knowledge base lacks (توكايف for توكاييف). */
    private Mention fuzzy(Text text, int i, String date, java.util.Set<String> named) {
        Token t = text.token(i);
        if (t.text().length() < 5) return null; // no key is longer than the word, and a key needs five letters
        String id = dict.variants.get(t);
        if (id.isEmpty()) return null;
        // a misspelt name is of someone in office on the date, or named before ("بترؤس" is not Bouterse in 2022)
        if (date != null && !named.contains(id) && outOfOffice(id, date)) return null;
        Entities.Person p = dict.kb().person(id);
        int last = restOfName(text, i, p);
        return new Mention(i, last, EntityType.PERSON, p.id(), p.en(), "variant", text.span(i, last), dict.kb().stateOf(p.id(), date));
    }

    /**
     * "بيلاوال بوتو زرداري": a first word read as a variant, then the rest of one of the person's names
     * as written in the knowledge base ("بيلاول بوتو زرداري"): the last token of the longest such rest,
     * or {@code i} when none follows.
     */
    private static int restOfName(Text text, int i, Entities.Person p) {
        int best = i;
        for (String name : p.ar()) {
            List<String> words = PhraseMatcher.words(name);
            int k = 1;
            while (k < words.size() && i + k < text.size() && text.token(i + k).text().equals(words.get(k))) k++;
            if (k == words.size() && k > 1) best = Math.max(best, i + k - 1);
        }
        return best;
    }

    /**
     * The id of the person whose known name the word is a variant spelling of, or "" for none: a
     * fact of the word and the dictionary alone, kept with the word ({@link EntityDictionary#variants}).
     */
    static String variantOf(EntityDictionary dict, Token t) {
        String word = t.text();
        boolean oneKey = t.keys().size() == 1;
        for (String k : t.keys()) {
            // a word with the article is an adjective or a noun far more often than a misspelt name (العلمي)
            if (k.length() < 5 || k.startsWith("ال")) continue;
            if (!dict.skeletonFilter.mayContainSkeletonOf(k)) continue;
            if (!oneKey && !readWithoutArticle(word, k)) continue;
            if (dict.commonWords.contains(k)) continue;
            List<String[]> known = dict.skeletons.get(EntityDictionary.skeleton(k));
            if (known == null) continue;
            for (String[] e : known) {
                if (editDistance(e[1], k) <= 2 && k.charAt(0) == e[1].charAt(0)) return e[0];
            }
        }
        return "";
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] x = prev; prev = cur; cur = x;
        }
        return prev[b.length()];
    }
}
