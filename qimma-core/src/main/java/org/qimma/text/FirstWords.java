package org.qimma.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Which lexicons have a phrase starting with a given word: one bit per {@link PhraseMatcher}, for
 * the first {@link #LEXICONS} made. A word's {@link Readings} ask once for the union over its keys,
 * so that "can a phrase of this lexicon start here?" is one bit test at every later token of that
 * word, for every lexicon. Lexicons are filled when they load; {@link #version()} changes with each
 * first word added, so that an answer worked out before a lexicon loaded is worked out again.
 */
final class FirstWords {

    /** Lexicons numbered from 0; from this number on a lexicon uses only its own filter. */
    static final int LEXICONS = 64;

    private static final ConcurrentHashMap<String, Long> LEXICONS_BY_WORD = new ConcurrentHashMap<>();
    private static int next;
    private static volatile int version;

    private FirstWords() {}

    /** A number for a new lexicon; {@link #LEXICONS} or more when there are no bits left. */
    static synchronized int newLexicon() {
        return next < LEXICONS ? next++ : LEXICONS;
    }

    /** Lexicon {@code id} has a phrase starting with {@code word}. */
    static synchronized void add(int id, String word) {
        long bit = 1L << id;
        Long had = LEXICONS_BY_WORD.get(word);
        if (had != null && (had & bit) != 0) return;
        LEXICONS_BY_WORD.put(word, had == null ? bit : had | bit);
        version++;
    }

    static int version() {
        return version;
    }

    /** The lexicons with a phrase starting with one of {@code keys}. */
    static long lexiconsStartingWith(String[] keys) {
        long mask = 0;
        for (String k : keys) {
            Long m = LEXICONS_BY_WORD.get(k);
            if (m != null) mask |= m;
        }
        return mask;
    }
}
