package org.qimma.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word of every {@link PhraseMatcher}'s phrases, held once: its one shared string, and which
 * lexicons (one bit per lexicon, for the first {@link #LEXICONS} made) have a phrase starting with
 * it. A word's {@link Readings} look each key up here once per article, so that afterwards
 * <ul>
 *   <li>"can a phrase of this lexicon start here?" is one bit test at every token, for every lexicon;</li>
 *   <li>a key no lexicon has is known as such, and a trie never looks it up;</li>
 *   <li>a key a lexicon has is the very string the tries hold, so that their look-ups compare
 *       references, not characters.</li>
 * </ul>
 * Lexicons are filled when they load; {@link #version()} changes with each word added, so that
 * an answer worked out before a lexicon loaded is worked out again.
 */
final class LexiconWords {

    /** Lexicons numbered from 0; from this number on a lexicon uses only its own filter. */
    static final int LEXICONS = 64;

    /**
     * A lexicon word: the shared string, the lexicons with a phrase starting with it, and its number
     * (0, 1, 2 … in order of first adding), by which the tries look it up.
     */
    record Word(String text, long startOf, int id) {}

    private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>();

    /**
     * A Bloom filter over the words above (2^18 bits, two hashes of the word's hash: with the
     * fifteen thousand or so words of all names and lexicons, about one word in a hundred that no
     * lexicon has gets past it). Most readings of most words are in no lexicon; the filter answers
     * for them from 32 KB that stay in cache, before any map look-up.
     */
    private static final int FILTER_BITS = 18;
    private static final long[] FILTER = new long[1 << (FILTER_BITS - 6)];
    private static int next;
    private static volatile int version;

    private LexiconWords() {}

    /** A number for a new lexicon; {@link #LEXICONS} or more when there are no bits left. */
    static synchronized int newLexicon() {
        return next < LEXICONS ? next++ : LEXICONS;
    }

    /**
     * The shared string of a lexicon word, adding the word if new; with {@code first}, lexicon
     * {@code id} (when below {@link #LEXICONS}) has a phrase starting with it.
     */
    static synchronized Word add(String word, int id, boolean first) {
        long bit = first && id < LEXICONS ? 1L << id : 0;
        Word had = WORDS.get(word);
        if (had != null && (had.startOf & bit) == bit) return had;
        String text = had == null ? word : had.text;
        Word w = new Word(text, had == null ? bit : had.startOf | bit, had == null ? WORDS.size() : had.id);
        WORDS.put(text, w);
        int h = text.hashCode();
        int a = slotA(h), b = slotB(h);
        FILTER[a >>> 6] |= 1L << a;
        FILTER[b >>> 6] |= 1L << b;
        version++; // volatile: a reader that sees this version sees the word and bits added before it
        return w;
    }

    static int version() {
        return version;
    }

    /** The word {@code key} (of hash {@code hash}) is in a lexicon, or null. */
    static Word find(String key, int hash) {
        int a = slotA(hash), b = slotB(hash);
        if ((FILTER[a >>> 6] & (1L << a)) == 0 || (FILTER[b >>> 6] & (1L << b)) == 0) return null;
        Table t = table;
        if (t.version != version) {
            // lexicons still loading: the map answers, and the table is built again only after a
            // while, not once per word added (that made loading quadratic in the lexicons' size)
            if (STALE_LOOKUPS.incrementAndGet() < REBUILD_AFTER) return WORDS.get(key);
            t = rebuild();
        }
        return t.get(key, hash);
    }

    /** The number of lexicon word {@code key}, or -1 when no lexicon has it. */
    static int idOf(String key) {
        Word w = find(key, key.hashCode());
        return w == null ? -1 : w.id;
    }

    /** Look-ups answered by the map since the table was last built. */
    private static final java.util.concurrent.atomic.AtomicInteger STALE_LOOKUPS = new java.util.concurrent.atomic.AtomicInteger();
    private static final int REBUILD_AFTER = 4096;

    /**
     * The words as they were at one {@link #version}, in open addressing: hashes in an int array
     * (compared before any string), words beside them. Lexicons load once, so this is built once
     * after they have; a map look-up per reading of every distinct word of every article was a
     * twentieth of the extraction.
     */
    private record Table(int version, int[] hashes, Word[] words) {
        Word get(String key, int hash) {
            int mask = words.length - 1;
            for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
                Word w = words[slot];
                if (w == null) return null;
                if (hashes[slot] == hash && w.text().equals(key)) return w;
            }
        }
    }

    private static volatile Table table = new Table(-1, new int[1], new Word[1]);

    private static synchronized Table rebuild() {
        int v = version;
        if (table.version == v) return table;
        int capacity = Integer.highestOneBit(Math.max(16, WORDS.size() * 3) - 1) << 1;
        int[] hashes = new int[capacity];
        Word[] words = new Word[capacity];
        for (Word w : WORDS.values()) {
            int h = w.text().hashCode();
            int slot = (h ^ (h >>> 16)) & (capacity - 1);
            while (words[slot] != null) slot = (slot + 1) & (capacity - 1);
            words[slot] = w;
            hashes[slot] = h;
        }
        table = new Table(v, hashes, words);
        STALE_LOOKUPS.set(0);
        return table;
    }

    /** The lexicons with a phrase starting with one of {@code keys}, whose hashes are {@code hashes}. */
    static long lexiconsStartingWith(String[] keys, int[] hashes) {
        long mask = 0;
        for (int k = 0; k < keys.length; k++) {
            Word w = find(keys[k], hashes[k]);
            if (w != null) mask |= w.startOf;
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
