package org.qimma.text;

/**
 * The token texts met in earlier articles, with their {@link Readings}: a word's readings depend on
 * nothing but its letters and the lexicons loaded, and news repeats its words, so they are worked
 * out once per word, not once per article (as a vocabulary is kept in spaCy).
 *
 * <p>Looked up by a stretch of the article's text and its hash, without cutting the word out
 * first: most of an article's words are new to it (39k of 68k tokens in our corpus) but not to the
 * articles before, and a map keyed by strings made a string per word only to find one it had.
 * Open addressing: the hashes in an int array, compared before any text.
 *
 * <p>Reads take no lock; a table is only ever filled, slot by slot (text and readings first, the
 * hash last), and replaced whole when it grows. A reader that sees a slot half filled finds no
 * word there and asks {@link #add}, which looks again under the lock. Readings are immutable
 * (final fields), so a reader that sees one sees it whole.
 *
 * <p>Bounded: at {@link #MAX_WORDS} words the table is emptied and fills again with the words in
 * use (news of one period shares its vocabulary; a hundred thousand words are some tens of MB).
 */
final class Vocabulary {

    static final int MAX_WORDS = 1 << 17;

    private record Table(int[] hashes, String[] texts, Readings[] readings, int size) {
        static Table empty(int capacity) {
            return new Table(new int[capacity], new String[capacity], new Readings[capacity], 0);
        }
    }

    private static volatile Table table = Table.empty(1 << 12);

    private Vocabulary() {}

    /**
     * The readings kept for {@code text[start, end)}, whose {@link String#hashCode} is {@code hash};
     * null when none are, or when a lexicon has loaded since they were worked out.
     */
    static Readings find(String text, int start, int end, int hash) {
        Table t = table;
        int mask = t.texts.length - 1;
        int len = end - start;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String w = t.texts[slot];
            if (w == null) return null;
            if (t.hashes[slot] == hash && w.length() == len && text.regionMatches(start, w, 0, len)) {
                Readings r = t.readings[slot];
                return r != null && r.version == LexiconWords.version() ? r : null;
            }
        }
    }

    /**
     * Keeps the readings of {@code text}; returns the ones kept: another thread's, if it was first
     * with readings as new as the lexicons.
     */
    static synchronized Readings add(String text, Readings r) {
        int hash = text.hashCode();
        Table t = table;
        if (t.size + 1 > MAX_WORDS) t = Table.empty(t.texts.length);
        else if ((t.size + 1) * 2 > t.texts.length) t = grown(t);
        int mask = t.texts.length - 1;
        int slot = spread(hash) & mask;
        while (t.texts[slot] != null) {
            if (t.hashes[slot] == hash && t.texts[slot].equals(text)) {
                Readings had = t.readings[slot];
                if (had.version == LexiconWords.version()) return had;
                t.readings[slot] = r; // worked out before a lexicon loaded: the new readings replace them
                table = t;
                return r;
            }
            slot = (slot + 1) & mask;
        }
        t.readings[slot] = r;
        t.hashes[slot] = hash;
        t.texts[slot] = text; // last: a reader stops at an empty text, so the slot is whole when it is seen
        table = new Table(t.hashes, t.texts, t.readings, t.size + 1);
        return r;
    }

    private static Table grown(Table t) {
        Table g = Table.empty(t.texts.length * 2);
        int mask = g.texts.length - 1;
        for (int k = 0; k < t.texts.length; k++) {
            if (t.texts[k] == null) continue;
            int slot = spread(t.hashes[k]) & mask;
            while (g.texts[slot] != null) slot = (slot + 1) & mask;
            g.hashes[slot] = t.hashes[k];
            g.texts[slot] = t.texts[k];
            g.readings[slot] = t.readings[k];
        }
        return new Table(g.hashes, g.texts, g.readings, t.size);
    }

    /** The number of words kept. */
    static int size() {
        return table.size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
