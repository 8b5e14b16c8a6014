package org.qimma.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds lexicon phrases in a token stream: a trie of normalised words. A text token matches a
 * phrase word when one of its clitic readings ({@link Token#keys()}) is that word, so "وللمنظمة"
 * matches "المنظمة" and "منظمة". Quote marks inside a phrase are skipped (منظمة "شنغهاي" للتعاون).
 * Matching never stems: a name is never turned into another word.
 */
public final class PhraseMatcher<V> {

    /**
     * A trie node. Children are found by the number {@link LexiconWords} gives each lexicon word
     * (a token's readings carry their numbers), in open addressing over an int array: no string is
     * hashed or compared, and a look-up reads two arrays.
     */
    private static final class Node<V> {
        /** Child word numbers plus one (0: an empty slot), and the children beside them. */
        int[] childIds = NO_CHILDREN;
        Node<V>[] childNodes;
        int childCount;
        final List<V> values = new ArrayList<>(1);
        /** {@link #values} as a match hands them out, copied once per phrase added, not per match. */
        List<V> frozen = List.of();

        Node<V> child(int id) {
            int[] ids = childIds;
            int mask = ids.length - 1;
            if (mask < 0) return null;
            for (int slot = mix(id) & mask; ; slot = (slot + 1) & mask) {
                int x = ids[slot];
                if (x == id + 1) return childNodes[slot];
                if (x == 0) return null;
            }
        }

        Node<V> childOrNew(int id) {
            Node<V> c = child(id);
            if (c != null) return c;
            if ((childCount + 1) * 2 > childIds.length) grow();
            c = new Node<>();
            put(childIds, childNodes, id, c);
            childCount++;
            return c;
        }

        @SuppressWarnings("unchecked")
        private void grow() {
            int[] oldIds = childIds;
            Node<V>[] oldNodes = childNodes;
            childIds = new int[Math.max(2, oldIds.length * 2)];
            childNodes = (Node<V>[]) new Node[childIds.length];
            for (int k = 0; k < oldIds.length; k++) {
                if (oldIds[k] != 0) put(childIds, childNodes, oldIds[k] - 1, oldNodes[k]);
            }
        }

        private static <V> void put(int[] ids, Node<V>[] nodes, int id, Node<V> node) {
            int mask = ids.length - 1;
            int slot = mix(id) & mask;
            while (ids[slot] != 0) slot = (slot + 1) & mask;
            ids[slot] = id + 1;
            nodes[slot] = node;
        }

        private static int mix(int id) {
            return (id * 0x9E3779B9) >>> 16;
        }
    }

    private static final int[] NO_CHILDREN = new int[0];

    /**
     * A Bloom filter over the first words of the phrases: two bits per first word, from two
     * multiplicative hashes of the word's hash, about sixteen slots per first word (one in seventy
     * words not in the filter passes it), so that the filters of all the lexicons stay in the
     * processor's cache. Most tokens start no phrase; their readings are turned away here, by bit
     * tests on the key's hash, before any map lookup or any reading is computed, and the first
     * word's map lookup is made only for readings that pass.
     */
    private long[] firstWords = new long[1];

    /** This lexicon's number in {@link LexiconWords}; {@link LexiconWords#LEXICONS} when it has none. */
    private final int id = LexiconWords.newLexicon();
    private int filterShift = 32 - 6;

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
    /** The first words of the phrases, for the filter when it is made again larger. */
    private final List<String> firstWordTexts = new ArrayList<>();
    private int size;

    /** Adds a phrase as written (it is normalised here); empty phrases are ignored. */
    public PhraseMatcher<V> add(String phrase, V value) {
        List<String> words = words(phrase);
        if (words.isEmpty()) return this;
        Node<V> n = root;
        for (int k = 0; k < words.size(); k++) {
            // the word's number: a token's reading of that word carries the same
            LexiconWords.Word w = LexiconWords.add(words.get(k), id, k == 0);
            if (k == 0 && n.child(w.id()) == null) firstWordTexts.add(w.text());
            n = n.childOrNew(w.id());
        }
        if (root.childCount * 16 > firstWords.length * 64) {
            // more first words than the filter holds well: twice as many slots, every word again
            firstWords = new long[firstWords.length * 2];
            filterShift--;
            for (String w : firstWordTexts) mark(w);
        } else {
            mark(words.get(0));
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            n.frozen = List.copyOf(n.values);
            size++;
        }
        return this;
    }

    private void mark(String word) {
        int h = word.hashCode();
        int a = slotA(h);
        int b = slotB(h);
        firstWords[a >>> 6] |= 1L << a;
        firstWords[b >>> 6] |= 1L << b;
    }

    /** Multiplicative hashing: the top bits of hash × 2³²/φ, as many as the filter has slots. */
    private int slotA(int hash) {
        return (hash * 0x9E3779B9) >>> filterShift;
    }

    /** The filter's second hash: the top bits of hash × another odd constant. */
    private int slotB(int hash) {
        return (hash * 0xC2B2AE35) >>> filterShift;
    }

    /** False when no phrase starts with a word of this hash; true when one may. */
    private boolean mayStartWith(int hash) {
        int a = slotA(hash);
        int b = slotB(hash);
        return (firstWords[a >>> 6] & (1L << a)) != 0 && (firstWords[b >>> 6] & (1L << b)) != 0;
    }

    /**
     * False when no phrase starts with any of the token's keys (a word's readings are some of
     * them; any other token's only key is its text); true when one may. Exact for the lexicons
     * {@link LexiconWords} numbers, worked out once per distinct word of an article; the filter's
     * answer for any others.
     */
    private boolean mayStartAt(Token t) {
        if (id < LexiconWords.LEXICONS) return (t.startLexicons() & (1L << id)) != 0;
        return mayStartWithAnyKey(t);
    }

    /**
     * False when no phrase can start at token {@code i} (a bit test, as {@link #longestAt} makes
     * first); true when one may. For a caller that asks several lexicons at every token and can
     * pass a token by at once when none of them may start there.
     */
    public boolean mayStartAt(List<Token> tokens, int i) {
        return i < tokens.size() && mayStartAt(tokens.get(i));
    }

    /** False when no phrase can start at token {@code i} of the text (one bit test); true when one may. */
    public boolean mayStartAt(Text text, int i) {
        return nextStart(text, i, i) == i;
    }

    /**
     * The first token from {@code from} on where a phrase may start, or {@code text.size()}: at
     * every token in between {@link #longestAt} finds nothing, so a loop looking for this lexicon's
     * phrases goes from one such token to the next instead of asking at each.
     */
    public int nextStart(Text text, int from) {
        return nextStart(text, from, text.size() - 1);
    }

    /** The same within tokens {@code [from, last]}: {@code last + 1} when a phrase may start at none of them. */
    public int nextStart(Text text, int from, int last) {
        if (id < LexiconWords.LEXICONS) return text.nextLexiconStart(1L << id, from, last);
        List<Token> tokens = text.tokens();
        for (int i = from; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.QUOTE && t.kind() != Token.Kind.NEWLINE && mayStartWithAnyKey(t)) return i;
        }
        return last + 1;
    }

    private boolean mayStartWithAnyKey(Token t) {
        for (int k = 0; k < t.keyCount(); k++) {
            if (mayStartWith(t.keyHash(k))) return true;
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
        return longestAt(tokens, i, null, Integer.MAX_VALUE);
    }

    /**
     * The longest match starting at token {@code i}, a word token read only by {@code readings}:
     * some of its {@link Token#keys() keys} (a word's own text is always its first key); null for all of them.
     */
    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings) {
        return longestAt(tokens, i, readings, Integer.MAX_VALUE);
    }

    /** The longest match starting at token {@code i}, read by all its keys, ending at or before token {@code maxLast}. */
    public Match<V> longestAt(List<Token> tokens, int i, int maxLast) {
        return longestAt(tokens, i, null, maxLast);
    }

    /** The longest match starting at token {@code i} and ending at or before token {@code maxLast}. */
    public Match<V> longestAt(List<Token> tokens, int i, Function<Token, List<String>> readings, int maxLast) {
        if (i >= tokens.size() || tokens.get(i).kind() == Token.Kind.QUOTE) return null;
        // fast path: most tokens start no phrase at all, by any of their keys (readings are some of them)
        Token first = tokens.get(i);
        if (first.kind() == Token.Kind.NEWLINE || !mayStartAt(first)) return null;
        Best<V> best = new Best<>();
        search(tokens, i, root, i, readings, maxLast, best);
        return best.node == null ? null : new Match<>(i, best.last, best.node.frozen);
    }

    /** The longest match found so far: its last token and its trie node. */
    private static final class Best<V> {
        int last = -1;
        Node<V> node;
    }

    /**
     * Depth-first over the readings of each token from {@code next}: every reading of this token
     * is checked for a phrase ending here, in reading order, before any longer phrase; the longer
     * ones are followed from the last reading back to the first, and a match replaces the best
     * only when it ends later. {@code readings} null: all the token's keys (a word's own text
     * first); a token that is not a word is read only as its text.
     */
    private void search(List<Token> tokens, int i, Node<V> node, int next, Function<Token, List<String>> readings,
                        int maxLast, Best<V> best) {
        int j = next;
        while (j < tokens.size() && j > i && tokens.get(j).kind() == Token.Kind.QUOTE) j++;
        if (j >= tokens.size() || j > maxLast) return;
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.NEWLINE) return;
        // the numbers of the readings tried: the keys' (read off once), the caller's, or a non-word's text
        int[] ids;
        if (t.kind() != Token.Kind.WORD) {
            // a tokeniser's non-word has its text as its one key
            ids = t.keyCount() == 1 && t.key(0).equals(t.text()) ? t.keyWordIds() : new int[] {LexiconWords.idOf(t.text())};
        } else if (readings == null) {
            ids = t.keyWordIds();
        } else {
            List<String> keys = readings.apply(t);
            ids = new int[keys.size()];
            for (int k = 0; k < ids.length; k++) ids[k] = t.wordIdOf(keys.get(k));
        }
        int count = Math.min(ids.length, 64);
        // the readings whose node goes on, as bits (a word has a handful of readings): no array per step
        long longer = 0;
        for (int k = 0; k < count; k++) {
            int id = ids[k];
            if (id < 0) continue; // a reading no lexicon has is in no trie
            Node<V> child = node.child(id);
            if (child == null) continue;
            if (!child.values.isEmpty() && j > best.last) {
                best.last = j;
                best.node = child;
            }
            if (child.childCount > 0) longer |= 1L << k;
        }
        for (int k = count - 1; k >= 0; k--) {
            if ((longer & (1L << k)) != 0) search(tokens, i, node.child(ids[k]), j + 1, readings, maxLast, best);
        }
    }

    /** Every longest, non-overlapping match in the text, left to right. */
    public List<Match<V>> findAll(Text text) {
        List<Match<V>> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = nextStart(text, 0); i < tokens.size(); i = nextStart(text, i + 1)) {
            Match<V> m = longestAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.last;
            }
        }
        return out;
    }
}
