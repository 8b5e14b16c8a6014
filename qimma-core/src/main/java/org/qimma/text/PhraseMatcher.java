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
    }

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
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
        return this;
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

    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings) {
        return longestAt(tokens, i, readings, Integer.MAX_VALUE);
    }

    /** The longest match starting at token {@code i} and ending at or before token {@code maxLast}. */
    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings, int maxLast) {
        if (i >= tokens.size() || tokens.get(i).kind() == Token.Kind.QUOTE) return null;
        // fast path: most tokens start no phrase at all
        Token first = tokens.get(i);
        if (first.kind() == Token.Kind.NEWLINE) return null;
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
                    best = new Match<>(i, j, List.copyOf(child.values));
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
