package org.qimma.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Splits normalised text into words, numbers, punctuation, quote marks and line breaks. */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        // a token's text decides its kind and its readings: worked out once per distinct text
        Map<String, Readings> readings = HashMap.newHashMap(text.length() / 10 + 16); // about one distinct text in ten characters
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
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
                while (i < n && Character.isDigit(text.charAt(i))) i++;
                // 2.5 and 1,200 stay one number; 01.09.2025 is a date of three numbers
                if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',')
                        && Character.isDigit(text.charAt(i + 1)) && !isDottedDate(text, i)
                        && !(start >= 2 && text.charAt(start - 1) == text.charAt(i) && Character.isDigit(text.charAt(start - 2)))) {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) i++;
                    while (i + 1 < n && text.charAt(i) == ',' && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                        while (i < n && Character.isDigit(text.charAt(i))) i++;
                    }
                }
                kind = Token.Kind.NUMBER;
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(text.charAt(i))) i++;
                kind = Token.Kind.WORD;
            } else if (c == '"' || c == '\'') {
                i++;
                kind = Token.Kind.QUOTE;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = Token.Kind.PUNCT;
            }
            String t = text.substring(start, i);
            Token.Kind k = kind;
            Readings r = readings.computeIfAbsent(t, w -> new Readings(k == Token.Kind.WORD ? Clitics.keys(w) : List.of(w)));
            tokens.add(new Token(tokens.size(), t, start, i, kind, r));
        }
        return tokens;
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
