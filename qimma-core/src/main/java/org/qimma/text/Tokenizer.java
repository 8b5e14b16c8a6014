package org.qimma.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into words, numbers, punctuation, quote marks and line breaks. */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        // a token's text decides its kind and its readings: worked out once per distinct text
        Distinct distinct = new Distinct(text.length() / 10 + 16); // about one distinct text in ten characters
        // every character is looked at, some twice (a token's hash): an array, without charAt's checks each time
        char[] chars = text.toCharArray();
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            if (c == ' ') {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (c == '\n') {
                kind = Token.Kind.NEWLINE;
                i++;
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(chars[i])) i++;
                // 2.5 and 1,200 stay one number; 01.09.2025 is a date of three numbers
                if (i + 1 < n && (chars[i] == '.' || chars[i] == ',')
                        && Character.isDigit(chars[i + 1]) && !isDottedDate(text, i)
                        && !(start >= 2 && chars[start - 1] == chars[i] && Character.isDigit(chars[start - 2]))) {
                    i++;
                    while (i < n && Character.isDigit(chars[i])) i++;
                    while (i + 1 < n && chars[i] == ',' && Character.isDigit(chars[i + 1])) {
                        i++;
                        while (i < n && Character.isDigit(chars[i])) i++;
                    }
                }
                kind = Token.Kind.NUMBER;
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(chars[i])) i++;
                kind = Token.Kind.WORD;
            } else if (c == '"' || c == '\'') {
                i++;
                kind = Token.Kind.QUOTE;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = Token.Kind.PUNCT;
            }
            int slot = distinct.find(chars, text, start, i);
            String w = distinct.texts[slot];
            Readings r = distinct.readings[slot];
            int id = distinct.ids[slot];
            if (w == null) {
                // new to this article: most words are not new to the articles before
                w = text.substring(start, i);
                r = Vocabulary.find(chars, start, i, distinct.lastHash);
                if (r == null) r = Vocabulary.add(w, Readings.kept(w, kind == Token.Kind.WORD));
                id = distinct.size;
                distinct.put(slot, w, r); // may move every slot
            }
            tokens.add(new Token(tokens.size(), w, start, i, kind, r, id));
        }
        return tokens;
    }

    /**
     * The distinct token texts of one text, their readings and their numbers in order of first
     * appearance ({@link Token#textId()}), found by a stretch of the text without cutting it out
     * first: a repeated word is neither copied nor hashed as a new string. Open addressing on the
     * hash {@link String#hashCode} gives the same characters.
     */
    private static final class Distinct {
        String[] texts;
        Readings[] readings;
        int[] hashes;
        int[] ids;
        int size;
        /** The hash of the stretch {@link #find} looked for last. */
        int lastHash;

        Distinct(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            texts = new String[capacity];
            readings = new Readings[capacity];
            hashes = new int[capacity];
            ids = new int[capacity];
        }

        /** The slot of {@code text[start, end)} ({@code chars} are its characters): where it is, or the empty slot where it goes. */
        int find(char[] chars, String text, int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) h = 31 * h + chars[k];
            lastHash = h;
            int mask = texts.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            int len = end - start;
            while (true) {
                String t = texts[slot];
                if (t == null) return slot;
                if (hashes[slot] == h && t.length() == len && text.regionMatches(start, t, 0, len)) return slot;
                slot = (slot + 1) & mask;
            }
        }

        /** Fills the empty slot {@link #find} just gave, growing the table when it is half full. */
        void put(int slot, String text, Readings r) {
            texts[slot] = text;
            readings[slot] = r;
            hashes[slot] = lastHash;
            ids[slot] = size;
            if (++size * 2 > texts.length) grow();
        }

        private void grow() {
            String[] oldTexts = texts;
            Readings[] oldReadings = readings;
            int[] oldHashes = hashes;
            int[] oldIds = ids;
            texts = new String[oldTexts.length * 2];
            readings = new Readings[texts.length];
            hashes = new int[texts.length];
            ids = new int[texts.length];
            int mask = texts.length - 1;
            for (int k = 0; k < oldTexts.length; k++) {
                if (oldTexts[k] == null) continue;
                int h = oldHashes[k];
                int slot = (h ^ (h >>> 16)) & mask;
                while (texts[slot] != null) slot = (slot + 1) & mask;
                texts[slot] = oldTexts[k];
                readings[slot] = oldReadings[k];
                hashes[slot] = h;
                ids[slot] = oldIds[k];
            }
        }
    }

    /** At a separator after digits: digits, the same separator, digits again (01.09.2025). */
    private static boolean isDottedDate(String text, int sep) {
        char c = text.charAt(sep);
        int j = sep + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
        return j + 1 < text.length() && text.charAt(j) == c && Character.isDigit(text.charAt(j + 1));
    }

    static boolean isWordChar(char c) {
        // the letters of nearly all text first: ASCII, and the Arabic block's letters (ء to ي)
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (c >= 0x0621 && c <= 0x064A) return true;
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
