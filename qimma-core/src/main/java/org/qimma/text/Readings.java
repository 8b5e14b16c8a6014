package org.qimma.text;

import java.util.List;

/**
 * The readings of one distinct token text ({@link Token#keys()}), made once per article and shared
 * by every token of that text: the keys, their hashes, and which lexicons have a phrase starting
 * with one of them ({@link FirstWords}), so that "can a phrase start here?" is worked out once per
 * distinct word of an article for all lexicons at once, not at every token for every lexicon.
 */
final class Readings {

    final List<String> keys;
    final String[] keyArray;
    final int[] keyHashes;
    /** The lexicons a phrase of which may start at this word, as of one version of {@link FirstWords}. */
    private record Starts(int version, long lexicons) {}

    private volatile Starts starts;

    Readings(List<String> keys) {
        this.keys = keys;
        this.keyArray = keys.toArray(new String[0]);
        this.keyHashes = new int[keyArray.length];
        for (int k = 0; k < keyArray.length; k++) keyHashes[k] = keyArray[k].hashCode();
    }

    /** The lexicons ({@link FirstWords} numbers) with a phrase starting with one of the keys. */
    long lexiconsStartingHere() {
        Starts s = starts;
        int v = FirstWords.version();
        if (s == null || s.version != v) {
            s = new Starts(v, FirstWords.lexiconsStartingWith(keyArray));
            starts = s;
        }
        return s.lexicons;
    }
}
