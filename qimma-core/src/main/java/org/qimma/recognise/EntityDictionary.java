package org.qimma.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qimma.kb.Entities;
import org.qimma.kb.EntityType;
import org.qimma.kb.KnowledgeBase;
import org.qimma.resources.Tsv;
import org.qimma.text.ArabicNormalizer;
import org.qimma.text.PhraseMatcher;
import org.qimma.text.WordMemo;
import org.qimma.text.WordSet;

/**
 * The matchers built once from the knowledge base and the lexicons: names (states, places,
 * organisations, bodies, people, honorifics, groups), state adjectives, role phrases, courtesy
 * titles, and the consonant skeletons of one-word names for unseen transliterations.
 */
public final class EntityDictionary {

    /** One way of naming an entity. */
    public record Entry(EntityType type, String id, String reason) {}

    final KnowledgeBase kb;
    final PhraseMatcher<Entry> names = new PhraseMatcher<>();
    /** Organisation names alone: the cheap first pass that tells which organisations an article names. */
    final PhraseMatcher<String> organisationNames = new PhraseMatcher<>();
    final PhraseMatcher<String> roles = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> courtesy = new PhraseMatcher<>();
    /** Normalised phrases that are common words first and names only when named before. */
    final java.util.Set<String> commonWords = new java.util.HashSet<>();
    /** Words before a role phrase that name someone serving the office holder (نائب، مستشار، باسم). */
    final java.util.Set<String> roleDependants = new WordSet();
    /** Words that stand for an organisation already named (organisation-anaphors.tsv). */
    public final java.util.Set<String> organisationAnaphors = new WordSet();
    /**
     * The same words as a matcher, for its bits only: whether a word may be one is then a bit test
     * ({@link PhraseMatcher#mayStartAt(org.qimma.text.Text, int)}), asked at every word of an article.
     */
    final PhraseMatcher<Boolean> organisationAnaphorWords = new PhraseMatcher<>();
    /** States whose people's names are written family name first (family-name-first.tsv): "وانغ يي", later "وانغ". */
    final java.util.Set<String> familyNameFirst = new java.util.HashSet<>();
    /** Body ids whose every name uses only words all organisations' organs share. */
    final java.util.Set<String> genericBodies = new java.util.HashSet<>();
    /** The same, as the numbers of words of each such name by body id. */
    final Map<String, java.util.Set<Integer>> genericBodyLengths = new HashMap<>();
    /** One-word person names by consonant skeleton: {@code [person id, the name as known]}. */
    final Map<String, List<String[]>> skeletons = new HashMap<>();
    /** Per word: the person whose known name it is a variant spelling of ("" for none), worked out once per word. */
    final WordMemo<String> variants = new WordMemo<>(t -> EntityRecognizer.variantOf(this, t));
    /** Per word: whether it is, as written or without و or ف, a common word first (common-words.tsv). */
    final WordMemo<Boolean> isCommonWord = new WordMemo<>(t -> EntityRecognizer.isCommonWord(this, t));
    /** The keys of {@link #skeletons}, as a filter that turns away most words before the skeleton is built. */
    final SkeletonFilter skeletonFilter;

    private static volatile EntityDictionary standard;

    public static EntityDictionary standard() {
        EntityDictionary d = standard;
        if (d == null) {
            synchronized (EntityDictionary.class) {
                if (standard == null) standard = new EntityDictionary(KnowledgeBase.standard());
                d = standard;
            }
        }
        return d;
    }

    public EntityDictionary(KnowledgeBase kb) {
        this.kb = kb;
        for (Entities.State s : kb.states()) {
            for (String n : s.ar()) names.add(n, new Entry(EntityType.STATE, s.id(), "name"));
            for (String a : s.arAdj()) {
                for (String form : adjectiveForms(a)) names.add(form, new Entry(EntityType.STATE, s.id(), "adjective"));
            }
        }
        for (Entities.Place p : kb.places()) {
            for (String n : p.ar()) names.add(n, new Entry(EntityType.PLACE, p.id(), "name"));
        }
        for (Entities.Organisation o : kb.organisations()) {
            for (String n : o.ar()) {
                names.add(n, new Entry(EntityType.ORGANISATION, o.id(), "name"));
                organisationNames.add(n, o.id());
            }
            for (String n : o.arAcronym()) {
                names.add(n, new Entry(EntityType.ORGANISATION, o.id(), "acronym"));
                organisationNames.add(n, o.id());
            }
        }
        java.util.Set<String> generic = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/generic-body-words.tsv")) generic.addAll(PhraseMatcher.words(r.get("word")));
        for (Entities.Body b : kb.bodies()) {
            for (String n : b.ar()) {
                names.add(n, new Entry(EntityType.BODY, b.id(), "name"));
                List<String> words = PhraseMatcher.words(n);
                if (words.size() < 2 || generic.containsAll(words)) {
                    String joined = String.join(" ", words);
                    genericBodies.add(b.id() + "|" + joined);
                    genericBodyLengths.computeIfAbsent(b.id(), k -> new java.util.HashSet<>()).add(joined.split(" ").length);
                }
            }
        }
        for (Entities.Person p : kb.people()) {
            for (String n : p.ar()) {
                names.add(n, new Entry(EntityType.PERSON, p.id(), "name"));
                List<String> words = PhraseMatcher.words(n);
                if (words.size() == 1 && words.get(0).length() >= 5) {
                    skeletons.computeIfAbsent(skeleton(words.get(0)), k -> new ArrayList<>()).add(new String[] {p.id(), words.get(0)});
                }
            }
            for (String h : p.honorifics()) names.add(h, new Entry(EntityType.PERSON, p.id(), "honorific"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/family-name-first.tsv")) familyNameFirst.add(r.get("state"));
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/groups.tsv")) {
            names.add(r.get("phrase"), new Entry(EntityType.GROUP, r.get("en"), "group"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/roles.tsv")) {
            roles.add(r.get("phrase"), r.get("office"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/role-dependants.tsv")) {
            roleDependants.add(String.join(" ", PhraseMatcher.words(r.get("word"))));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/organisation-anaphors.tsv")) {
            organisationAnaphors.add(String.join(" ", PhraseMatcher.words(r.get("word"))));
            organisationAnaphorWords.add(r.get("word"), Boolean.TRUE);
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/common-words.tsv")) {
            commonWords.add(String.join(" ", PhraseMatcher.words(r.get("phrase"))));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/courtesy-titles.tsv")) {
            courtesy.add(r.get("phrase"), Boolean.TRUE);
        }
        skeletonFilter = SkeletonFilter.of(skeletons.keySet());
    }

    /** كازاخستاني → كازاخستاني، كازاخستانية، كازاخستانيين، كازاخستانيون، كازاخستانيان، كازاخستانيتين. */
    static List<String> adjectiveForms(String masculine) {
        String m = ArabicNormalizer.normalizeString(masculine);
        List<String> out = new ArrayList<>(List.of(m));
        if (m.endsWith("ي")) {
            out.add(m + "ه");
            out.add(m + "ين");
            out.add(m + "ون");
            out.add(m + "ان");
            out.add(m + "تين");
            out.add(m + "تان");
            out.add(m + "ات");
        }
        return out;
    }

    /** The consonant skeleton of a word: long vowels and hamza seats after the first letter dropped. */
    public static String skeleton(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء')) continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }

    public KnowledgeBase kb() {
        return kb;
    }
}
