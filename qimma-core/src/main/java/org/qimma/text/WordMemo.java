package org.qimma.text;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A value a stage works out from a word alone (its letters and readings), kept with the word's
 * shared readings so that it is worked out once for every article, not once per article: news
 * repeats its words, and most of an article's words are new to it but not to the articles before.
 * The value must depend on nothing but the token's text and the memo's owner (a dictionary, a
 * lexicon), which outlives the articles.
 *
 * <p>Memos are numbered; there are {@link #SLOTS} numbers, enough for the standard pipeline's few
 * memos. A memo made when none is left (a test building many dictionaries) still answers, working
 * its value out each time. Values are immutable and may be worked out twice by two threads at
 * once: both get equal values, one of them is kept.
 */
public final class WordMemo<V> {

    static final int SLOTS = 16;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int slot;
    private final Function<Token, V> compute;

    public WordMemo(Function<Token, V> compute) {
        this.compute = compute;
        int s = NEXT.getAndIncrement();
        this.slot = s < SLOTS ? s : -1;
    }

    /** The value for the token's text: kept from an earlier token of that text, or worked out now and kept. */
    @SuppressWarnings("unchecked")
    public V get(Token t) {
        if (slot < 0) return compute.apply(t);
        Object[] memos = t.memos();
        if (memos == null) return compute.apply(t);
        Object v = memos[slot];
        if (v == null) {
            v = compute.apply(t);
            memos[slot] = v;
        }
        return (V) v;
    }
}
