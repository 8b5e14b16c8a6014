package org.qimma.text;

import java.util.List;

/**
 * The readings of one distinct token text ({@link Token#keys()}), made once per article and shared
 * by every token of that text: the keys, their hashes, which of them some lexicon has, and which
 * lexicons have a phrase starting with one of them ({@link LexiconWords}), so that "can a phrase
 * start here?" is worked out once per distinct word of an article for all lexicons at once, not
 * at every token for every lexicon. A key a lexicon has is replaced by the lexicon's own string
 * (equal to it), so that the tries' look-ups compare references.
 */
final class Readings {

    final List<String> keys;
    final String[] keyArray;
    final int[] keyHashes;
    /** Bit {@code k} set when key {@code k} is a word of some lexicon, as of {@link #version}. */
    final int lexiconKeys;
    /** The {@link LexiconWords} version the fields below were worked out at. */
    final int version;
    /** The lexicons ({@link LexiconWords} numbers) with a phrase starting with one of the keys, as of {@link #version}. */
    final long lexicons;
    /** The text's number among the distinct texts of its article ({@link Token#textId()}), or -1 outside one. */
    final int textId;

    Readings(List<String> keys) {
        this(keys, -1);
    }

    Readings(List<String> keys, int textId) {
        this.textId = textId;
        String[] array = keys.toArray(new String[0]);
        this.keyHashes = new int[array.length];
        this.version = LexiconWords.version();
        long starts = 0;
        int known = 0;
        boolean replaced = false;
        for (int k = 0; k < array.length; k++) {
            keyHashes[k] = array[k].hashCode();
            LexiconWords.Word w = LexiconWords.find(array[k], keyHashes[k]);
            if (w == null) continue;
            known |= k < 32 ? 1 << k : 0;
            starts |= w.startOf();
            if (w.text() != array[k]) {
                array[k] = w.text();
                replaced = true;
            }
        }
        if (array.length > 32) known = -1; // more keys than bits (never, for a word): every key may be a lexicon's
        this.keyArray = array;
        this.keys = replaced ? List.of(array) : keys;
        this.lexiconKeys = known;
        this.lexicons = starts;
    }
}
