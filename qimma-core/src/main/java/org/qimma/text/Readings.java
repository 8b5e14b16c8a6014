package org.qimma.text;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The readings of one token text ({@link Token#keys()}), shared by every token of that text: the
 * keys, their hashes, which of them some lexicon has, and which lexicons have a phrase starting
 * with one of them ({@link LexiconWords}), so that "can a phrase start here?" is worked out once
 * per word for all lexicons at once, not at every token for every lexicon. A key a lexicon has is
 * replaced by the lexicon's own string (equal to it), so that the tries' look-ups compare
 * references.
 *
 * <p>A word's readings depend on nothing but its letters and the lexicons loaded, so they are kept
 * across articles ({@link #ofWord}), as a vocabulary is in spaCy: news repeats its words, and
 * working out a word's clitic readings and their lexicon bits again in every article was a tenth
 * of the extraction.
 */
final class Readings {

    /**
     * Readings of words met in earlier articles, by the word. Bounded: when it holds this many
     * words it is emptied and fills again with the words in use (news of one period shares its
     * vocabulary; some hundred thousand distinct words are some tens of megabytes).
     */
    private static final int MAX_WORDS = 1 << 17;
    private static final ConcurrentHashMap<String, Readings> WORDS = new ConcurrentHashMap<>();

    /**
     * The readings of a token's text ({@code word}: a word's, with its clitic readings; else the
     * text alone): the kept ones, or new ones, kept, when none are or a lexicon has loaded since.
     */
    static Readings of(String word, boolean isWord) {
        Readings r = WORDS.get(word);
        if (r != null && r.version == LexiconWords.version()) return r;
        r = new Readings(isWord ? Clitics.keys(word) : List.of(word), true);
        if (WORDS.size() >= MAX_WORDS) WORDS.clear();
        WORDS.put(word, r);
        return r;
    }

    /** Values of {@link WordMemo}s for this word, by slot; null for readings not shared across articles. */
    final Object[] memos;

    final List<String> keys;
    final String[] keyArray;
    final int[] keyHashes;
    /** Bit {@code k} set when key {@code k} is a word of some lexicon, as of {@link #version}. */
    final int lexiconKeys;
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
