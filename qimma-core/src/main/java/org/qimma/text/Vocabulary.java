package org.qimma.text;

import java.util.Arrays;

/**
 * The token texts met in earlier articles, with their {@link Readings}: a word's readings depend on
 * nothing but its letters and the lexicons loaded, and news repeats its words, so they are worked
 * out once per word, not once per article (as a vocabulary is kept in spaCy).
 *
 * <p>Looked up by a stretch of the article's characters and its hash, without cutting the word
 * out first: most of an article's words are new to it (39k of 68k tokens in our corpus) but not to
 * the articles before. Open addressing: hashes and the words' places in one array of characters
 * (the words one after another), compared before any reading is touched. A string-keyed map made a
 * string per word only to find one it had, and reached each word's characters through two objects.
 *
 * <p>Reads take no lock. A table is only ever filled, slot by slot (characters, place and readings
 * first, the length last: a reader stops at a slot of length 0), and replaced whole when it grows.
 * A reader that sees a slot half filled finds no word there and asks {@link #add}, which looks
 * again under the lock. Readings are immutable (final fields), so a reader that sees one sees it
 * whole.
 *
 * <p>Bounded: at {@link #MAX_WORDS} words the table is emptied and fills again with the words in
 * use (news of one period shares its vocabulary; a hundred thousand words are some tens of MB).
 */
final class Vocabulary {

    static final int MAX_WORDS = 1 << 17;

    /** Slots: hash, place in {@code chars}, length (0: empty) and readings; {@code used} characters of {@code chars} hold words. */
    private record Table(int[] hashes, int[] places, int[] lengths, Readings[] readings, char[] chars, int used, int size) {
        static Table empty(int capacity) {
            return new Table(new int[capacity], new int[capacity], new int[capacity], new Readings[capacity],
                    new char[capacity * 8], 0, 0);
        }
    }

    private static volatile Table table = Table.empty(1 << 12);

    private Vocabulary() {}

    /**
     * The readings kept for {@code chars[start, end)}, whose {@link String#hashCode} is {@code hash};
     * null when none are, or when a lexicon has loaded since they were worked out.
     */
    static Readings find(char[] chars, int start, int end, int hash) {
        Table t = table;
        int mask = t.lengths.length - 1;
        int len = end - start;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int l = t.lengths[slot];
            if (l == 0) return null;
            if (l == len && t.hashes[slot] == hash) {
                int p = t.places[slot];
                if (Arrays.equals(t.chars, p, p + len, chars, start, end)) {
                    Readings r = t.readings[slot];
                    return r != null && r.version == LexiconWords.version() ? r : null;
                }
            }
        }
    }

    /**
     * Keeps the readings of {@code text}; returns the ones kept: another thread's, if it was first
     * with readings as new as the lexicons.
     */
    static synchronized Readings add(String text, Readings r) {
        int hash = text.hashCode();
        int len = text.length();
        Table t = table;
        if (t.size + 1 > MAX_WORDS) t = Table.empty(t.lengths.length);
        else if ((t.size + 1) * 2 > t.lengths.length) t = grown(t);
        char[] chars = t.chars;
        if (t.used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, t.used + len));
        int mask = t.lengths.length - 1;
        int slot = spread(hash) & mask;
        for (; t.lengths[slot] != 0; slot = (slot + 1) & mask) {
            int p = t.places[slot];
            if (t.lengths[slot] == len && t.hashes[slot] == hash && text.contentEquals(java.nio.CharBuffer.wrap(t.chars, p, len))) {
                Readings had = t.readings[slot];
                if (had.version == LexiconWords.version()) return had;
                t.readings[slot] = r; // worked out before a lexicon loaded: the new readings replace them
                table = new Table(t.hashes, t.places, t.lengths, t.readings, chars, t.used, t.size);
                return r;
            }
        }
        text.getChars(0, len, chars, t.used);
        t.hashes[slot] = hash;
        t.places[slot] = t.used;
        t.readings[slot] = r;
        t.lengths[slot] = len; // last: a reader stops at a length of 0, so the slot is whole when it is seen
        table = new Table(t.hashes, t.places, t.lengths, t.readings, chars, t.used + len, t.size + 1);
        return r;
    }

    private static Table grown(Table t) {
        int capacity = t.lengths.length * 2;
        int[] hashes = new int[capacity], places = new int[capacity], lengths = new int[capacity];
        Readings[] readings = new Readings[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < t.lengths.length; k++) {
            if (t.lengths[k] == 0) continue;
            int slot = spread(t.hashes[k]) & mask;
            while (lengths[slot] != 0) slot = (slot + 1) & mask;
            hashes[slot] = t.hashes[k];
            places[slot] = t.places[k];
            readings[slot] = t.readings[k];
            lengths[slot] = t.lengths[k];
        }
        return new Table(hashes, places, lengths, readings, t.chars, t.used, t.size);
    }

    /** The number of words kept. */
    static int size() {
        return table.size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
