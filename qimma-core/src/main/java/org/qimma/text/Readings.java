package org.qimma.text;

import java.util.List;

/**
 * The readings of one token text ({@link Token#keys()}), shared by every token of that text in
 * every article ({@link Vocabulary}): the keys, their hashes, the {@link LexiconWords} number of
 * each key some lexicon has (by which the tries look it up), and which lexicons have a phrase
 * starting with one of them, so that "can a phrase start here?" is worked out once per word for
 * all lexicons at once, not at every token for every lexicon. A key a lexicon has is replaced by
 * the lexicon's own string (equal to it). {@link WordMemo} values ride along.
 */
final class Readings {

    /**
     * The readings of a token's text ({@code isWord}: a word's, with its clitic readings; else
     * the text alone), to be kept in the {@link Vocabulary}.
     */
    static Readings kept(String text, boolean isWord) {
        return new Readings(isWord ? Clitics.keys(text) : List.of(text), true);
    }

    /** Values of {@link WordMemo}s for this word, by slot; null for readings not shared across articles. */
    final Object[] memos;

    final List<String> keys;
    final String[] keyArray;
    final int[] keyHashes;
    /** The {@link LexiconWords} number of each key, -1 for a key no lexicon has, as of {@link #version}. */
    final int[] keyIds;
    /** The {@link LexiconWords} version the fields below were worked out at. */
    final int version;
    /** The lexicons ({@link LexiconWords} numbers) with a phrase starting with one of the keys, as of {@link #version}. */
    final long lexicons;

    Readings(List<String> keys) {
        this(keys, false);
    }

    private Readings(List<String> keys, boolean shared) {
        this.memos = shared ? new Object[WordMemo.SLOTS] : null;
        String[] array = keys.toArray(new String[0]);
        this.keyHashes = new int[array.length];
        this.keyIds = new int[array.length];
        this.version = LexiconWords.version();
        long starts = 0;
        boolean replaced = false;
        for (int k = 0; k < array.length; k++) {
            keyHashes[k] = array[k].hashCode();
            LexiconWords.Word w = LexiconWords.find(array[k], keyHashes[k]);
            keyIds[k] = w == null ? -1 : w.id();
            if (w == null) continue;
            starts |= w.startOf();
            if (w.text() != array[k]) {
                array[k] = w.text();
                replaced = true;
            }
        }
        this.keyArray = array;
        this.keys = replaced ? List.of(array) : keys;
        this.lexicons = starts;
    }
}
