package org.qimma.recognise;

import java.util.Collection;

/**
 * Which consonant skeletons ({@link EntityDictionary#skeleton}) the knowledge base's one-word names
 * have, as a Bloom filter over the skeletons' hashes. A word's skeleton hash is computed letter by
 * letter without building the skeleton, so that the fuzzy spelling check at every long word of an
 * article turns away nearly all of them without allocating anything or looking anything up.
 */
final class SkeletonFilter {

    private final long[] bits;
    private final int shift;

    private SkeletonFilter(int slots) {
        int size = Math.max(64, Integer.highestOneBit(Math.max(1, slots - 1)) << 1);
        bits = new long[size / 64];
        shift = 32 - Integer.numberOfTrailingZeros(size);
    }

    /** A filter holding {@code skeletons}: about sixteen slots per skeleton, two bits each. */
    static SkeletonFilter of(Collection<String> skeletons) {
        SkeletonFilter f = new SkeletonFilter(skeletons.size() * 16);
        for (String s : skeletons) f.mark(s.hashCode());
        return f;
    }

    /** False when no known name has the skeleton of {@code word}; true when one may. */
    boolean mayContainSkeletonOf(String word) {
        int h = skeletonHash(word);
        int a = (h * 0x9E3779B9) >>> shift;
        int b = (h * 0xC2B2AE35) >>> shift;
        return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0;
    }

    private void mark(int h) {
        int a = (h * 0x9E3779B9) >>> shift;
        int b = (h * 0xC2B2AE35) >>> shift;
        bits[a >>> 6] |= 1L << a;
        bits[b >>> 6] |= 1L << b;
    }

    /** {@code EntityDictionary.skeleton(w).hashCode()}, letter by letter, the same rules. */
    static int skeletonHash(String w) {
        int h = 0;
        boolean any = false;
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء')) continue;
            if (any && last == c) continue;
            h = 31 * h + c;
            last = c;
            any = true;
        }
        return h;
    }
}
