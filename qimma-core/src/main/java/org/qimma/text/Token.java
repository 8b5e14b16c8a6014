package org.qimma.text;

import java.util.List;
import java.util.Objects;

/**
 * One token of normalised text. {@code start}/{@code end} are offsets into the normalised text;
 * {@code keys} are the word with its possible proclitics removed (و ف ب ل ك ال لل), longest
 * word first, so a lexicon entry matches "وللمنظمة" through "منظمه". A value: equal when all its
 * parts are.
 *
 * <p>The keys are also held as an array with their hashes, so that the checks made at every token
 * of every article ({@link #hasKey}, a lexicon's "can a phrase start here?") are a loop over ints.
 */
public final class Token {

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE, NEWLINE }

    private final int index;
    private final String text;
    private final int start;
    private final int end;
    private final Kind kind;
    /** The readings of the token's text, shared by every token of that text. */
    private final Readings readings;
    private final int textId;

    public Token(int index, String text, int start, int end, Kind kind, List<String> keys) {
        this(index, text, start, end, kind, new Readings(keys), -1);
    }

    /** A token sharing the readings of every other token of the same text, {@code textId} in its article. */
    Token(int index, String text, int start, int end, Kind kind, Readings readings, int textId) {
        this.index = index;
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.readings = readings;
        this.textId = textId;
    }

    public int index() { return index; }
    public String text() { return text; }
    public int start() { return start; }
    public int end() { return end; }
    public Kind kind() { return kind; }
    public List<String> keys() { return readings.keys; }

    /**
     * The number of this token's text among the distinct token texts of its {@link Text}: 0, 1, 2 …
     * in order of first appearance, the same for every token of the same text ({@link Text#distinctTexts()}
     * of them); -1 for a token made outside a text. Work done once per word of an article is kept
     * in an array at this index instead of a map keyed by the word.
     */
    public int textId() { return textId; }

    /** The word's {@link WordMemo} values, shared by every token of its text; null when not kept. */
    Object[] memos() { return readings.memos; }

    /** Number of keys; {@link #key(int)} and {@link #keyHash(int)} read them without an iterator. */
    int keyCount() { return readings.keyArray.length; }
    String key(int k) { return readings.keyArray[k]; }
    int keyHash(int k) { return readings.keyHashes[k]; }

    /** The {@link LexiconWords} numbers of the keys, -1 for a key no lexicon has (not to be changed). */
    int[] keyWordIds() {
        Readings r = readings;
        if (r.version == LexiconWords.version()) return r.keyIds;
        int[] ids = new int[r.keyArray.length];
        for (int k = 0; k < ids.length; k++) ids[k] = LexiconWords.idOf(r.keyArray[k]);
        return ids;
    }

    /**
     * The {@link LexiconWords} number of {@code reading}, one of the token's keys (or any string),
     * or -1 when no lexicon has it: a key's is read off, any other string's looked up.
     */
    int wordIdOf(String reading) {
        String[] keyArray = readings.keyArray;
        for (int k = 0; k < keyArray.length; k++) {
            if (keyArray[k] == reading) return keyWordIds()[k];
        }
        return LexiconWords.idOf(reading);
    }

    /**
     * The lexicons ({@link LexiconWords} numbers) a phrase of which starts with one of the keys:
     * as worked out when the token was made, or again if a lexicon has loaded since.
     */
    long startLexicons() {
        Readings r = readings;
        return r.version == LexiconWords.version() ? r.lexicons : LexiconWords.lexiconsStartingWith(r.keyArray, r.keyHashes);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String normalised) {
        return text.equals(normalised);
    }

    /** True when the token, with or without proclitics, is {@code key}. */
    public boolean hasKey(String key) {
        int h = key.hashCode();
        String[] keyArray = readings.keyArray;
        int[] keyHashes = readings.keyHashes;
        for (int k = 0; k < keyArray.length; k++) {
            if (keyHashes[k] == h && keyArray[k].equals(key)) return true;
        }
        return false;
    }

    /** True when one of the token's keys is in {@code words}. */
    public boolean hasKeyIn(java.util.Set<String> words) {
        if (words instanceof WordSet ws) return ws.containsAnyKeyOf(this);
        for (String k : readings.keyArray) {
            if (words.contains(k)) return true;
        }
        return false;
    }

    /** The proclitic prefix removed to obtain {@code key}, or null if {@code key} is not a key. */
    public String prefixFor(String key) {
        if (!hasKey(key) || !text.endsWith(key)) {
            return null;
        }
        return text.substring(0, text.length() - key.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end && kind == t.kind
                && text.equals(t.text) && keys().equals(t.keys());
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, text, start, end, kind, keys());
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", text=" + text + ", start=" + start + ", end=" + end + ", kind=" + kind
                + ", keys=" + keys() + "]";
    }
}
