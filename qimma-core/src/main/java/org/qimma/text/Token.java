package org.qimma.text;

import java.util.List;

/**
 * One token of normalised text. {@code start}/{@code end} are offsets into the normalised text;
 * {@code keys} are the word with its possible proclitics removed (و ف ب ل ك ال لل), longest
 * word first, so a lexicon entry matches "وللمنظمة" through "منظمه".
 */
public record Token(int index, String text, int start, int end, Kind kind, List<String> keys) {

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE, NEWLINE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String normalised) {
        return text.equals(normalised);
    }

    /** True when the token, with or without proclitics, is {@code key}. */
    public boolean hasKey(String key) {
        return keys.contains(key);
    }

    /** The proclitic prefix removed to obtain {@code key}, or null if {@code key} is not a key. */
    public String prefixFor(String key) {
        if (!keys.contains(key) || !text.endsWith(key)) {
            return null;
        }
        return text.substring(0, text.length() - key.length());
    }
}
