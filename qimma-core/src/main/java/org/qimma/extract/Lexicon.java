package org.qimma.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qimma.resources.Tsv;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.Token;
import org.qimma.text.WordSet;

/**
 * The extraction lexicons of {@code qimma/lexicon}, loaded once: verbs of saying and what
 * follows them, proposal and adoption triggers, document heads, meeting words, membership and
 * chairmanship phrases, countable nouns. A newcomer looking for where "اقترح" is handled finds it
 * in {@code speech-verbs.tsv} and {@code proposal-triggers.tsv}; this class only loads them.
 */
public final class Lexicon {

    /**
     * A verb of saying. {@code subjectRequired}: a statement only with a speaker named there;
     * {@code inSpeechOnly}: only in a sentence that names a speech ({@link #speechNouns}), as for a verb
     * that names a topic ("استعرض الأمين العام في كلمته جهود المنظمة").
     */
    public record SpeechVerb(String kind, String frame, boolean transitive, boolean subjectRequired, boolean inSpeechOnly) {
        public SpeechVerb(String kind, String frame, boolean transitive, boolean subjectRequired) {
            this(kind, frame, transitive, subjectRequired, false);
        }

        /** A participle of saying (قائلاً، مشيراً), or of describing (واصفاً). */
        public boolean participle() {
            return frame.equals("participle") || frame.equals("describing");
        }
    }

    public record DocumentHead(String kind, boolean plural) {}

    public final PhraseMatcher<SpeechVerb> speechVerbs = new PhraseMatcher<>();
    /** Verbal nouns of saying after a verb that opens a speech, with their kind: speech-masdars.tsv. */
    public final Map<String, String> speechMasdars = new HashMap<>();
    /** Verbs that open or close a speech (speech-openings.tsv): a statement when a verbal noun of saying follows. */
    public final PhraseMatcher<SpeechVerb> openingVerbs = new PhraseMatcher<>();
    public final Map<String, Map<String, String>> speechObjects = new HashMap<>();
    public final Set<String> speechSkip = new WordSet();
    /** Nouns that name a speech or a talk (كلمته، خطاب، مداخلة): speech-nouns.tsv. */
    public final Set<String> speechNouns = new WordSet();
    /** Participles of saying that are also adverbs ("مجدداً": again): adverbial-participles.tsv. */
    public final Set<String> adverbialParticiples = new WordSet();
    public final Map<String, Boolean> complementizers = new HashMap<>();
    public final Set<String> prepositions = new WordSet();
    public final Set<String> clauseBoundaries = new WordSet();
    /** Phrases that open a clause beside what was said, after a comma (في حين، إلى جانب): side-clause-openers.tsv. */
    public final PhraseMatcher<Boolean> sideClauseOpeners = new PhraseMatcher<>();
    public final PhraseMatcher<DocumentHead> documentHeads = new PhraseMatcher<>();
    public final PhraseMatcher<String> proposalTriggers = new PhraseMatcher<>();
    public final Set<String> masdars = new WordSet();
    public final Set<String> proposedEvents = new WordSet();
    public final Set<String> nonEventDateWords = new WordSet();
    public final PhraseMatcher<String> adoptionTriggers = new PhraseMatcher<>();
    public final Map<String, Boolean> adoptionSkip = new HashMap<>();
    public final Set<String> adoptionBlockers = new WordSet();
    public final PhraseMatcher<Boolean> documentListLinks = new PhraseMatcher<>();
    public final PhraseMatcher<String> meetingWords = new PhraseMatcher<>();
    public final PhraseMatcher<String> meetingMarkers = new PhraseMatcher<>();
    /** Words between a meeting word and its organisation, by role: leaders, party, filler. */
    public final PhraseMatcher<String> meetingOf = new PhraseMatcher<>();
    public final PhraseMatcher<String> membershipPhrases = new PhraseMatcher<>();
    public final PhraseMatcher<String> chairPhrases = new PhraseMatcher<>();
    public final PhraseMatcher<String> chairVerbs = new PhraseMatcher<>();
    public final PhraseMatcher<String> countNouns = new PhraseMatcher<>();
    /** What a meeting signs, counted by a definite cardinal after it ("الوثائق الثماني"): definite-count-nouns.tsv. */
    public final PhraseMatcher<String> definiteCountNouns = new PhraseMatcher<>();
    /** Dual nouns that state a total of two on their own (وثيقتين). */
    public final PhraseMatcher<String> dualCountNouns = new PhraseMatcher<>();
    public final PhraseMatcher<Boolean> courtesy = new PhraseMatcher<>();
    public final Map<String, String> selfReferences = new HashMap<>();
    public final PhraseMatcher<Boolean> backgroundMarkers = new PhraseMatcher<>();
    public final Set<String> honorificPronouns = new WordSet();
    public final PhraseMatcher<Boolean> approximators = new PhraseMatcher<>();
    public final PhraseMatcher<String> documentSpeakers = new PhraseMatcher<>();
    public final PhraseMatcher<String> institutions = new PhraseMatcher<>();
    /** A state's institution by its own name ("US" + "Ministry of Foreign Affairs" → "US Department of State"). */
    public final Map<String, String> institutionNames = new HashMap<>();
    public final Set<String> relativePronouns = new WordSet();
    /** Words that describe a chair held, not a change of it (chair-status.tsv). */
    public final Set<String> chairStatus = new WordSet();
    /** Words before من that name a state passed over, not a chair's giver (بدلاً من): chair-instead-of.tsv. */
    public final Set<String> chairInsteadOf = new WordSet();
    /** Official titles before a name: {@code head} words that open one, {@code break} words that end one. */
    public final PhraseMatcher<Boolean> titleHeads = new PhraseMatcher<>();
    public final Set<String> titleBreaks = new WordSet();
    /** Phrases with a preposition that belong inside an official's title (في الخارج of a ministry's name). */
    public final PhraseMatcher<Boolean> titleInner = new PhraseMatcher<>();
    public final Set<String> countStanding = new WordSet();
    public final Set<String> recentTimeWords = new WordSet();
    public final Set<String> adjunctOpeners = new WordSet();
    /** Words of the quoted one's saying after a relaying verb ("نقلت الوكالة عن الرئيس قوله"). */
    public final Set<String> relayWords = new WordSet();
    /** Words that front the speaker of a prefixed verb of saying (أما X فـ…، عاد X لـ…), with the prefix. */
    public final java.util.Map<String, String> subjectOpeners = new java.util.HashMap<>();
    /** The prefixes those openers call for (ف، ل). */
    public final Set<String> subjectOpenerPrefixes = new WordSet();
    /** Plural nouns for listed ideas, and the ordinal words that open listed lines (enumerations.tsv). */
    public final Set<String> listedIdeas = new WordSet();
    public final Set<String> listOrdinals = new WordSet();
    public final Map<String, Set<String>> membershipContext = new HashMap<>();
    /** Nouns of a call or proposal taken as a verb's object (الدعوة، مطالبته، اقتراح): call-nouns.tsv. */
    public final Set<String> callNouns = new WordSet();
    /** Phrases after a comma that name some of what was just said (ومنها، من بينها، بما في ذلك): inclusions.tsv. */
    public final PhraseMatcher<Boolean> inclusions = new PhraseMatcher<>();
    /** Whom a call is addressed to, when no entity names them (نظراءه، الأطراف): addressees.tsv. */
    public final Set<String> addressees = new WordSet();
    /** Particles after which a subjectless verb goes on with its sentence's subject (إذ، حيث): same-subject-particles.tsv. */
    public final Set<String> sameSubjectParticles = new WordSet();
    /** Nouns that open what a verb of saying says ("وأكد أهمية …"): content-nouns.tsv. */
    public final Set<String> contentNouns = new WordSet();

    private static volatile Lexicon standard;

    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) standard = new Lexicon();
                l = standard;
            }
        }
        return l;
    }

    private Lexicon() {
        String dir = "qimma/lexicon/";
        for (Tsv.Row r : Tsv.resource(dir + "speech-verbs.tsv")) {
            String subject = r.get("subject");
            if (!subject.equals("optional") && !subject.equals("required") && !subject.equals("speech")) {
                throw r.error("subject must be optional, required or speech");
            }
            speechVerbs.add(r.get("form"), new SpeechVerb(r.get("kind"), r.get("frame"),
                    Boolean.parseBoolean(r.get("transitive")), !subject.equals("optional"), subject.equals("speech")));
        }
        for (Tsv.Row r : Tsv.resource(dir + "speech-objects.tsv")) {
            speechObjects.computeIfAbsent(r.get("verb_kind"), k -> new HashMap<>()).put(norm(r.get("word")), r.get("kind"));
        }
        for (Tsv.Row r : Tsv.resource(dir + "speech-skip.tsv")) speechSkip.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "speech-nouns.tsv")) speechNouns.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "adverbial-participles.tsv")) adverbialParticiples.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "complementizers.tsv")) complementizers.put(norm(r.get("word")), Boolean.parseBoolean(r.get("drop")));
        for (Tsv.Row r : Tsv.resource(dir + "prepositions.tsv")) prepositions.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "clause-boundaries.tsv")) clauseBoundaries.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "side-clause-openers.tsv")) sideClauseOpeners.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "documents.tsv")) {
            documentHeads.add(r.get("head"), new DocumentHead(r.get("kind"), Boolean.parseBoolean(r.get("plural"))));
        }
        for (Tsv.Row r : Tsv.resource(dir + "proposal-triggers.tsv")) proposalTriggers.add(r.get("phrase"), r.get("type"));
        for (Tsv.Row r : Tsv.resource(dir + "masdars.tsv")) masdars.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "non-event-date-words.tsv")) nonEventDateWords.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "proposed-events.tsv")) proposedEvents.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "adoption-triggers.tsv")) adoptionTriggers.add(r.get("phrase"), r.get("frame"));
        for (Tsv.Row r : Tsv.resource(dir + "adoption-skip.tsv")) adoptionSkip.put(norm(r.get("word")), Boolean.parseBoolean(r.get("intro")));
        for (Tsv.Row r : Tsv.resource(dir + "adoption-blockers.tsv")) adoptionBlockers.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "document-list-links.tsv")) documentListLinks.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "meeting-words.tsv")) meetingWords.add(r.get("phrase"), r.get("meaning"));
        for (Tsv.Row r : Tsv.resource(dir + "meeting-markers.tsv")) meetingMarkers.add(r.get("phrase"), r.get("marks"));
        for (Tsv.Row r : Tsv.resource(dir + "meeting-of.tsv")) meetingOf.add(r.get("phrase"), r.get("role"));
        for (Tsv.Row r : Tsv.resource(dir + "memberships.tsv")) membershipPhrases.add(r.get("phrase"), r.get("change"));
        for (Tsv.Row r : Tsv.resource(dir + "chairmanship.tsv")) {
            chairPhrases.add(r.get("phrase"), r.get("phase"));
            if (Boolean.parseBoolean(r.get("verb"))) chairVerbs.add(r.get("phrase"), r.get("phase"));
        }
        for (Tsv.Row r : Tsv.resource(dir + "count-nouns.tsv")) countNouns.add(r.get("noun"), r.get("en"));
        for (Tsv.Row r : Tsv.resource(dir + "definite-count-nouns.tsv")) definiteCountNouns.add(r.get("noun"), r.get("en"));
        for (Tsv.Row r : Tsv.resource(dir + "dual-count-nouns.tsv")) dualCountNouns.add(r.get("noun"), r.get("en"));
        for (Tsv.Row r : Tsv.resource(dir + "courtesy-titles.tsv")) courtesy.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "background-markers.tsv")) backgroundMarkers.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "approximators.tsv")) approximators.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "honorific-pronouns.tsv")) honorificPronouns.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "document-speakers.tsv")) documentSpeakers.add(r.get("phrase"), r.get("en"));
        for (Tsv.Row r : Tsv.resource(dir + "institutions.tsv")) institutions.add(r.get("phrase"), r.get("en"));
        for (Tsv.Row r : Tsv.resource(dir + "institution-names.tsv")) institutionNames.put(r.get("state") + "\t" + r.get("institution"), r.get("name"));
        for (Tsv.Row r : Tsv.resource(dir + "membership-context.tsv")) {
            membershipContext.computeIfAbsent(r.get("role"), k -> new WordSet()).add(norm(r.get("word")));
        }
        for (Tsv.Row r : Tsv.resource(dir + "count-standing.tsv")) countStanding.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "recent-time-words.tsv")) recentTimeWords.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "adjunct-openers.tsv")) adjunctOpeners.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "relay-words.tsv")) relayWords.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "subject-openers.tsv")) subjectOpeners.put(norm(r.get("word")), r.get("prefix"));
        subjectOpenerPrefixes.addAll(subjectOpeners.values());
        for (Tsv.Row r : Tsv.resource(dir + "enumerations.tsv")) {
            switch (r.get("kind")) {
                case "plural" -> listedIdeas.add(norm(r.get("word")));
                case "ordinal" -> listOrdinals.add(norm(r.get("word")));
                default -> throw r.error("kind must be plural or ordinal");
            }
        }
        for (Tsv.Row r : Tsv.resource(dir + "call-nouns.tsv")) callNouns.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "inclusions.tsv")) inclusions.add(r.get("phrase"), Boolean.TRUE);
        for (Tsv.Row r : Tsv.resource(dir + "addressees.tsv")) addressees.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "same-subject-particles.tsv")) sameSubjectParticles.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "content-nouns.tsv")) contentNouns.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "speech-masdars.tsv")) speechMasdars.put(norm(r.get("masdar")), r.get("kind"));
        for (Tsv.Row r : Tsv.resource(dir + "speech-openings.tsv")) {
            openingVerbs.add(r.get("verb"), new SpeechVerb("said", "opening", false, r.get("subject").equals("required")));
        }
        for (Tsv.Row r : Tsv.resource(dir + "relative-pronouns.tsv")) relativePronouns.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "chair-status.tsv")) chairStatus.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "chair-instead-of.tsv")) chairInsteadOf.add(norm(r.get("word")));
        for (Tsv.Row r : Tsv.resource(dir + "official-titles.tsv")) {
            switch (r.get("kind")) {
                case "head" -> titleHeads.add(r.get("phrase"), Boolean.TRUE);
                case "inner" -> titleInner.add(r.get("phrase"), Boolean.TRUE);
                case "break" -> titleBreaks.add(norm(r.get("phrase")));
                default -> throw r.error("kind must be head, break or inner");
            }
        }
        for (Tsv.Row r : Tsv.resource(dir + "self-references.tsv")) selfReferences.put(norm(r.get("word")), r.get("refers_to"));
    }

    static String norm(String s) {
        return ArabicNormalizer.normalizeString(s).strip();
    }

    /**
     * True when the word begins as a verb in the future does, with س (after و or not): "سيعقد", "وستصدر".
     * A test of shape, for the words just before a meeting, an adoption or a membership.
     */
    public static boolean future(Token t) {
        String w = t.text();
        return w.startsWith("سي") || w.startsWith("ست") || w.startsWith("وسي") || w.startsWith("وست");
    }

    /** True when a clitic reading of the token is in {@code words}. */
    public static boolean anyKey(Token t, Set<String> words) {
        return t.hasKeyIn(words);
    }

    public static String firstKey(Token t, Map<String, ?> words) {
        List<String> keys = t.keys();
        for (int k = 0; k < keys.size(); k++) if (words.containsKey(keys.get(k))) return keys.get(k);
        return null;
    }

    /**
     * A verbal noun: in masdars.tsv, or of a common derived pattern (تفعيل، إفعال، افتعال،
     * استفعال، مفاعلة، تفاعل) read on the word without proclitics.
     */
    /** "بتمديد", "لتعزيز": a verbal noun with ب or ل written onto it (not بناء, whose ب is its own). */
    public boolean isMasdarAfterPreposition(Token t) {
        String w = t.text();
        return t.kind() == Token.Kind.WORD && (w.startsWith("ب") || w.startsWith("ل")) && w.length() > 3
                && t.keys().contains(w.substring(1)) && !masdars.contains(w) && isMasdar(t);
    }

    public boolean isMasdar(Token t) {
        if (t.kind() != Token.Kind.WORD) return false;
        for (String k : t.keys()) {
            if (masdars.contains(k)) return true;
        }
        for (String k : t.keys()) {
            if (k.startsWith("ال")) continue;
            int n = k.length();
            if (n == 5 && k.charAt(0) == 'ت' && k.charAt(3) == 'ي') return true;          // تفعيل: تعزيز، تنسيق
            if (n == 5 && k.charAt(0) == 'ا' && k.charAt(3) == 'ا' && k.charAt(2) != 'ت') return true; // إفعال: إنشاء، إطلاق
            if (n == 6 && k.charAt(0) == 'ا' && k.charAt(2) == 'ت' && k.charAt(4) == 'ا') return true; // افتعال: اعتماد
            if (n == 7 && k.startsWith("است") && k.charAt(5) == 'ا') return true;           // استفعال
            if (n == 6 && k.startsWith("ان") && k.charAt(4) == 'ا') return true;           // انفعال: انعقاد، انطلاق
            if (n == 6 && k.charAt(0) == 'م' && k.charAt(2) == 'ا' && k.charAt(5) == 'ه') return true; // مفاعلة: مواصلة
            if (n == 5 && k.charAt(0) == 'ت' && k.charAt(2) == 'ا') return true;          // تفاعل: تعاون، تبادل
        }
        return false;
    }
}
