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
    /** The {@link FirstWords} version {@link #lexicons} was worked out at. */
    final int version;
    /** The lexicons ({@link FirstWords} numbers) with a phrase starting with one of the keys, as of {@link #version}. */
    final long lexicons;

    Readings(List<String> keys) {
        this.keys = keys;
        this.keyArray = keys.toArray(new String[0]);
        this.keyHashes = new int[keyArray.length];
        for (int k = 0; k < keyArray.length; k++) keyHashes[k] = keyArray[k].hashCode();
        this.version = FirstWords.version();
        this.lexicons = FirstWords.lexiconsStartingWith(keyArray, keyHashes);
    }
}
