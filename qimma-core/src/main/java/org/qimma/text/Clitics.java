package org.qimma.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitics of Arabic words: the conjunctions و ف, the prepositions ب ل ك, the article ال and
 * the contracted لل. Works on normalised text. Every way of reading a word is kept (لبنان may be
 * ل + بنان or لبنان): lexicon lookups try them all, longest first, so no stemming ever turns a
 * name into another word.
 */
public final class Clitics {

    private Clitics() {}

    /** Minimum letters left after a clitic is removed. */
    private static final int MIN_STEM = 2;

    public static List<String> keys(String word) {
        char c0 = word.isEmpty() ? ' ' : word.charAt(0);
        if (c0 != 'و' && c0 != 'ف' && c0 != 'ب' && c0 != 'ل' && c0 != 'ك' && c0 != 'ا') {
            return List.of(word); // no proclitic can start this word
        }
        List<String> out = new ArrayList<>(6);
        out.add(word);
        // conjunction, then preposition, then article; each step keeps the word as it was too
        withPreposition(out, word);
        if (word.length() > MIN_STEM + 1 && (c0 == 'و' || c0 == 'ف')) {
            withPreposition(out, word.substring(1));
        }
        return out;
    }

    private static void withPreposition(List<String> out, String w) {
        withArticle(out, w);
        if (w.startsWith("لل") && w.length() > MIN_STEM + 2) {
            withArticle(out, "ال" + w.substring(2)); // لل = ل + ال
            withArticle(out, w.substring(2));
        } else if (w.length() > MIN_STEM + 1) {
            char c = w.charAt(0);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                withArticle(out, w.substring(1));
            }
        }
    }

    private static void withArticle(List<String> out, String w) {
        add(out, w);
        if (w.startsWith("ال") && w.length() > MIN_STEM + 2) {
            add(out, w.substring(2));
        }
    }

    private static void add(List<String> out, String a) {
        if (a.length() >= MIN_STEM && !out.contains(a)) {
            out.add(a);
        }
    }

    /** The word without any proclitic: the shortest key. */
    public static String bare(String word) {
        List<String> k = keys(word);
        String best = word;
        for (String s : k) {
            if (s.length() < best.length()) best = s;
        }
        return best;
    }
}
