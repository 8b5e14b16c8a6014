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

    /**
     * A Bloom filter over every first word of every lexicon (2^18 bits, two hashes of the word's
     * hash: with the tens of thousands of first words of all names and lexicons, about one word in
     * fifty that starts nothing gets past it). Nearly every reading of nearly every word starts no
     * phrase; the filter answers for it from 32 KB that stay in cache, instead of a look-up in the
     * map above, which is too large to.
     */
    private static final int FILTER_BITS = 18;
    private static final long[] FILTER = new long[1 << (FILTER_BITS - 6)];
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
        int h = word.hashCode();
        int a = slotA(h), b = slotB(h);
        FILTER[a >>> 6] |= 1L << a;
        FILTER[b >>> 6] |= 1L << b;
        version++; // volatile: a reader that sees this version sees the bits set before it
    }

    static int version() {
        return version;
    }

    /** The lexicons with a phrase starting with one of {@code keys}, whose hashes are {@code hashes}. */
    static long lexiconsStartingWith(String[] keys, int[] hashes) {
        long mask = 0;
        for (int k = 0; k < keys.length; k++) {
            int a = slotA(hashes[k]), b = slotB(hashes[k]);
            if ((FILTER[a >>> 6] & (1L << a)) == 0 || (FILTER[b >>> 6] & (1L << b)) == 0) continue;
            Long m = LEXICONS_BY_WORD.get(keys[k]);
            if (m != null) mask |= m;
        }
        return mask;
    }

    /** Multiplicative hashing: the top bits of hash × 2³²/φ. */
    private static int slotA(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - FILTER_BITS);
    }

    private static int slotB(int hash) {
        return (hash * 0xC2B2AE35) >>> (32 - FILTER_BITS);
    }
}
