package org.qimma.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds lexicon phrases in a token stream: a trie of normalised words. A text token matches a
 * phrase word when one of its clitic readings ({@link Token#keys()}) is that word, so "وللمنظمة"
 * matches "المنظمة" and "منظمة". Quote marks inside a phrase are skipped (منظمة "شنغهاي" للتعاون).
 * Matching never stems: a name is never turned into another word.
 */
public final class PhraseMatcher<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
        /** {@link #values} as a match hands them out, copied once per phrase added, not per match. */
        List<V> frozen = List.of();
    }

    /**
     * A Bloom-style filter over the first words of the phrases: one bit per hash slot. Most tokens
     * start no phrase; their readings are turned away here, by a bit test on the string's cached
     * hash, before any map lookup or any reading is computed.
     */
    private static final int FILTER_BITS = 1 << 16;
    private final long[] firstWords = new long[FILTER_BITS / 64];

    /** A match of tokens {@code [first, last]} carrying every value of the matched phrase. */
    public record Match<V>(int first, int last, List<V> values) {
        public int length() {
            return last - first + 1;
        }

        public V value() {
            return values.get(0);
        }
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase as written (it is normalised here); empty phrases are ignored. */
    public PhraseMatcher<V> add(String phrase, V value) {
        List<String> words = words(phrase);
        if (words.isEmpty()) return this;
        Node<V> n = root;
        for (String w : words) {
            n = n.children.computeIfAbsent(w, k -> new Node<>());
        }
        int slot = slot(words.get(0));
        firstWords[slot >>> 6] |= 1L << slot;
        if (!n.values.contains(value)) {
            n.values.add(value);
            n.frozen = List.copyOf(n.values);
            size++;
        }
        return this;
    }

    private static int slot(String word) {
        return slot(word.hashCode());
    }

    private static int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
    }

    /**
     * True when some phrase starts with one of the token's keys (a word's readings are some of
     * them; any other token's only key is its text).
     */
    private boolean mayStartAt(Token t) {
        for (int k = 0; k < t.keyCount(); k++) {
            int slot = slot(t.keyHash(k));
            if ((firstWords[slot >>> 6] & (1L << slot)) != 0 && root.children.containsKey(t.key(k))) return true;
        }
        return false;
    }

    public int size() {
        return size;
    }

    /** The normalised words of a phrase, as the trie stores them. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(ArabicNormalizer.normalizeString(phrase))) {
            if (t.kind() == Token.Kind.QUOTE) continue;
            out.add(t.text());
        }
        return out;
    }

    /** The longest match starting at token {@code i}, or null. */
    public Match<V> longestAt(List<Token> tokens, int i) {
        return longestAt(tokens, i, Token::keys);
    }

    /**
     * The longest match starting at token {@code i}, a word token read only by {@code readings}:
     * some of its {@link Token#keys() keys} (a word's own text is always its first key).
     */
    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings) {
        return longestAt(tokens, i, readings, Integer.MAX_VALUE);
    }

    /** The longest match starting at token {@code i} and ending at or before token {@code maxLast}. */
    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings, int maxLast) {
        if (i >= tokens.size() || tokens.get(i).kind() == Token.Kind.QUOTE) return null;
        // fast path: most tokens start no phrase at all, by any of their keys (readings are some of them)
        Token first = tokens.get(i);
        if (first.kind() == Token.Kind.NEWLINE || !mayStartAt(first)) return null;
        List<String> firstKeys = first.kind() == Token.Kind.WORD ? readings.apply(first) : List.of(first.text());
        boolean any = false;
        for (String k : firstKeys) {
            if (root.children.containsKey(k)) {
                any = true;
                break;
            }
        }
        if (!any) return null;
        Match<V> best = null;
        // depth-first over the readings of each token
        record State<V>(Node<V> node, int next) {}
        List<State<V>> stack = new ArrayList<>();
        stack.add(new State<>(root, i));
        while (!stack.isEmpty()) {
            State<V> s = stack.remove(stack.size() - 1);
            int j = s.next;
            while (j < tokens.size() && j > i && tokens.get(j).kind() == Token.Kind.QUOTE) j++;
            if (j >= tokens.size() || j > maxLast) continue;
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.NEWLINE) continue;
            List<String> keys = t.kind() == Token.Kind.WORD ? readings.apply(t) : List.of(t.text());
            for (String k : keys) {
                Node<V> child = s.node.children.get(k);
                if (child == null) continue;
                if (!child.values.isEmpty() && (best == null || j > best.last)) {
                    best = new Match<>(i, j, child.frozen);
                }
                if (!child.children.isEmpty()) {
                    stack.add(new State<>(child, j + 1));
                }
            }
        }
        return best;
    }

    /** Every longest, non-overlapping match, left to right. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.last + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
