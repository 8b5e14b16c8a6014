package org.qimma.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A set of normalised words, asked "is one of this token's readings in it?" at many words of every
 * article ({@link Token#hasKeyIn}). Its words get {@link LexiconWords} numbers, as the tries' words
 * do, and the set keeps one bit per number: a token's readings carry their numbers, so the answer
 * is a few bit tests, and a reading no lexicon or set has (most of them) is turned away without
 * its string being hashed or compared. Otherwise an ordinary set of strings.
 */
public final class WordSet extends AbstractSet<String> {

    private final Set<String> words = new HashSet<>();
    private long[] bits = new long[1];

    public WordSet() {}

    public static WordSet of(Collection<String> words) {
        WordSet s = new WordSet();
        s.addAll(words);
        return s;
    }

    public static WordSet of(String... words) {
        return of(java.util.Arrays.asList(words));
    }

    @Override
    public synchronized boolean add(String word) {
        if (!words.add(word)) return false;
        int id = LexiconWords.add(word, LexiconWords.LEXICONS, false).id();
        if (id >>> 6 >= bits.length) bits = java.util.Arrays.copyOf(bits, Math.max(bits.length * 2, (id >>> 6) + 1));
        bits[id >>> 6] |= 1L << id;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return words.contains(o);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** Read-only: a word taken out would keep its bit. */
    @Override
    public Iterator<String> iterator() {
        return java.util.Collections.unmodifiableSet(words).iterator();
    }

    /** True when one of the token's keys is in the set. */
    boolean containsAnyKeyOf(Token t) {
        long[] b = bits;
        for (int id : t.keyWordIds()) {
            if (id >= 0 && id >>> 6 < b.length && (b[id >>> 6] & (1L << id)) != 0) return true;
        }
        return false;
    }
}
